import { describe, expect, it } from 'vitest';
import { articleTitle, extractMetadata, isMetadataSource, type MetadataSource, unescapeEntities } from '../../../../src/core/article/metadata';

const source = (overrides: Partial<MetadataSource>): MetadataSource => ({
  documentTitle: '',
  metaTags: [],
  jsonLd: [],
  headings: [],
  bylineText: '',
  hostname: 'www.news.example',
  lang: '',
  ...overrides,
});
const meta = (property: string, name: string, content: string) => ({ property, name, content });

describe('extractMetadata', () => {
  it('prefers schema.org JSON-LD, inside @graph too', () => {
    const jsonLd = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'WebSite' }, { '@type': 'NewsArticle', headline: 'Barrier approved', author: [{ name: 'A. Writer' }, { name: 'B. Writer' }], datePublished: '2026-03-14', publisher: { name: 'The Courier' } }],
    });
    expect(extractMetadata(source({ jsonLd: [jsonLd], metaTags: [meta('og:title', '', 'Other title')] }))).toMatchObject({
      title: 'Barrier approved',
      byline: 'A. Writer, B. Writer',
      published: '2026-03-14',
      site: 'The Courier',
    });
  });

  it('reads JSON-LD whose strings hold raw line breaks or tabs, as many sites write it', () => {
    const jsonLd = '{"@context": "https://schema.org", "@type": "NewsArticle", "description": "Two lines,\nand\ta tab",\n "author": {"@type": "Person", "name": "Jose Altoveros"}}';
    expect(() => JSON.parse(jsonLd)).toThrow();
    expect(extractMetadata(source({ jsonLd: [jsonLd], bylineText: 'Jose AltoverosView More Articles' })).byline).toBe('Jose Altoveros');
  });

  it('collapses the whitespace of a page byline written over several lines', () => {
    expect(extractMetadata(source({ bylineText: 'By DANICA KIRKA\n\nAssociated Press' })).byline).toBe('By DANICA KIRKA Associated Press');
  });

  it('reads meta tags by property and by name, then the title and the page byline', () => {
    expect(extractMetadata(source({ metaTags: [meta('og:title', '', 'T'), meta('', 'author', 'M. D.'), meta('article:published_time', '', '2026-01-01'), meta('og:site_name', '', 'News')] }))).toMatchObject({
      title: 'T',
      byline: 'M. D.',
      published: '2026-01-01',
      site: 'News',
    });
    expect(extractMetadata(source({ documentTitle: 'Flood barrier approved after record rain | The Courier', bylineText: 'By Jane Roe' }))).toMatchObject({
      title: 'Flood barrier approved after record rain',
      byline: 'By Jane Roe',
    });
  });

  it('ignores an article:author that is a URL, and decodes double-escaped entities', () => {
    const result = extractMetadata(source({ metaTags: [meta('article:author', '', 'https://facebook.com/someone'), meta('og:title', '', 'Q&amp;A: the barrier')] }));
    expect(result.byline).toBe('');
    expect(result.title).toBe('Q&A: the barrier');
    expect(unescapeEntities('&#x41;&#66;&quot;')).toBe('AB"');
  });
});

describe('articleTitle (Readability rules)', () => {
  it.each([
    ['Barrier approved after record rain | The Courier', 'Barrier approved after record rain'],
    ['The Courier - Barrier approved after record rain', 'Barrier approved after record rain'],
    ['Short | Site', 'Short | Site'],
  ])('%s -> %s', (documentTitle, expected) => {
    expect(articleTitle({ documentTitle, headings: [] })).toBe(expected);
  });

  it('uses the single h1 when the title is too short', () => {
    expect(articleTitle({ documentTitle: 'Courier', headings: [{ tag: 'h1', text: 'Barrier approved after record rain' }] })).toBe('Barrier approved after record rain');
  });
});

describe('isMetadataSource', () => {
  it('accepts collected metadata and refuses oversized or malformed input', () => {
    expect(isMetadataSource(source({ metaTags: [meta('og:title', '', 'T')] }))).toBe(true);
    expect(isMetadataSource({ ...source({}), documentTitle: 'x'.repeat(3000) })).toBe(false);
    expect(isMetadataSource({ ...source({}), headings: [{ tag: 'h3', text: 'x' }] })).toBe(false);
    expect(isMetadataSource({ ...source({}), extra: 1 })).toBe(false);
  });
});
