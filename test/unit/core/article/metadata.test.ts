import { describe, expect, it } from 'vitest';
import { cleanTitle, extractMetadata, type MetadataSource } from '../../../../src/core/article/metadata';

const source = (overrides: Partial<MetadataSource>): MetadataSource => ({
  documentTitle: '',
  meta: {},
  jsonLd: [],
  headings: [],
  bylineText: '',
  timeText: '',
  hostname: 'www.news.example',
  lang: '',
  ...overrides,
});

describe('extractMetadata', () => {
  it('prefers JSON-LD, inside @graph too', () => {
    const meta = extractMetadata(
      source({
        jsonLd: [{ '@graph': [{ '@type': 'WebSite' }, { '@type': 'NewsArticle', headline: 'Barrier approved', author: [{ name: 'A. Writer' }, { name: 'B. Writer' }], datePublished: '2026-03-14', publisher: { name: 'The Courier' } }] }],
        meta: { 'og:title': 'Other title' },
      }),
    );
    expect(meta).toMatchObject({ title: 'Barrier approved', byline: 'A. Writer, B. Writer', published: '2026-03-14', site: 'The Courier' });
  });

  it('falls back to meta tags, then the DOM', () => {
    expect(extractMetadata(source({ meta: { 'og:title': 'T', author: 'M. D.', 'article:published_time': '2026-01-01' } }))).toMatchObject({ title: 'T', byline: 'M. D.', published: '2026-01-01', site: 'news.example' });
    expect(extractMetadata(source({ documentTitle: 'Doc', headings: ['Heading'], bylineText: 'By Jane Roe', timeText: '2026-02-02' }))).toMatchObject({ title: 'Heading', byline: 'Jane Roe', published: '2026-02-02' });
  });

  it('drops a byline that is a URL', () => {
    expect(extractMetadata(source({ meta: { author: 'https://facebook.com/someone' } })).byline).toBe('');
  });
});

describe('cleanTitle', () => {
  it('removes the site name from either end', () => {
    expect(cleanTitle('Barrier approved after record rain | The Courier', 'The Courier')).toBe('Barrier approved after record rain');
    expect(cleanTitle('The Courier - Barrier approved after record rain', 'The Courier')).toBe('Barrier approved after record rain');
    expect(cleanTitle('Q&A: what the barrier means', 'The Courier')).toBe('Q&A: what the barrier means');
  });
});
