import { describe, expect, it } from 'vitest';
import { buildExport } from '../../../../src/core/storage/export-format';
import { escapeMarkdown, exportAsMarkdown } from '../../../../src/core/storage/markdown-export';
import { pageMeta, storedAnnotation } from '../../../helpers/builders';

const DAY = 86_400_000;
// The byline as a page may write it: the export shows the author alone.
const page = (key: string, title: string) => ({ ...pageMeta({ key, url: key, title, byline: 'By Maria Delgado — March 14, 2026', published: '2026-03-14' }), firstSeen: 0, lastSeen: 0 });

describe('exportAsMarkdown', () => {
  it('writes one section per page, the latest first, its notes in reading order, under its site, author and date', () => {
    const annotations = [
      storedAnnotation({ id: 'late', target: { quote: { exact: 'second passage', prefix: '', suffix: '' }, position: { start: 500, end: 514 } }, note: 'Later in the text', updated: 3 * DAY }),
      storedAnnotation({ id: 'early', note: 'Check this', tags: ['figures', 'flood'], color: 'blue', updated: 2 * DAY }),
      storedAnnotation({ id: 'other', pageKey: 'https://other.example/a', url: 'https://other.example/a', title: 'Other', note: '', tags: [], updated: DAY }),
    ];
    const markdown = exportAsMarkdown(buildExport(annotations, [page('https://news.example/story', 'A story')], 4 * DAY, 'test'));
    expect(markdown).toBe(
      [
        '# Gloss notes',
        'Exported 1970-01-05 · 3 notes on 2 pages',
        '## [A story](<https://news.example/story?utm_source=x>)',
        'News · Maria Delgado · 2026-03-14',
        '> protect homes',
        'Check this',
        '#figures · #flood · blue · 1970-01-03',
        '> second passage',
        'Later in the text',
        '#figures · yellow · 1970-01-04',
        '## [Other](<https://other.example/a>)',
        '> protect homes',
        'yellow · 1970-01-02',
      ].join('\n\n') + '\n',
    );
  });

  it("reads the page's text literally, quotes every line of a passage, and keeps the reader's Markdown", () => {
    const annotations = [
      storedAnnotation({
        title: 'Why [this] *matters* <script>',
        target: { quote: { exact: '# Not a heading\n\n1. Not a list\n- nor this', prefix: '', suffix: '' }, position: { start: 0, end: 40 } },
        note: '**Important**',
        url: 'https://news.example/a b>c',
      }),
    ];
    const markdown = exportAsMarkdown(buildExport(annotations, [], 0, 'test'));
    expect(markdown).toContain('## [Why \\[this\\] \\*matters\\* \\<script\\>](<https://news.example/a%20b%3Ec>)');
    expect(markdown).toContain('> \\# Not a heading\n>\n> 1\\. Not a list\n> \\- nor this');
    expect(markdown).toContain('\n\n**Important**\n\n');
  });

  it('links a page only when its address is http or https', () => {
    const markdown = exportAsMarkdown(buildExport([storedAnnotation({ url: 'javascript:alert(1)', title: 'Other' })], [], 0, 'test'));
    expect(markdown).toContain('\n## Other\n');
    expect(markdown).not.toContain('javascript:');
  });

  it('names the site once when the byline is only its name', () => {
    const bbc = { ...pageMeta({ key: 'https://bbc.example/s', url: 'https://bbc.example/s', title: 'S', siteName: 'BBC News', byline: 'BBC News', published: '2015-07-24' }), firstSeen: 0, lastSeen: 0 };
    const markdown = exportAsMarkdown(buildExport([storedAnnotation({ pageKey: bbc.key, url: bbc.url })], [bbc], 0, 'test'));
    expect(markdown).toContain('\n\nBBC News · 2015-07-24\n\n');
  });

  it('says so when there is nothing to export', () => {
    expect(exportAsMarkdown(buildExport([], [], 0, 'test'))).toBe('# Gloss notes\n\nExported 1970-01-01 · 0 notes on 0 pages\n');
  });
});

describe('escapeMarkdown', () => {
  it('escapes inline markup anywhere and block markers only at line starts', () => {
    expect(escapeMarkdown('C# and a_b | x')).toBe('C\\# and a\\_b \\| x');
    expect(escapeMarkdown('2019. A year - and 3.5')).toBe('2019\\. A year - and 3.5');
    expect(escapeMarkdown('+1 today')).toBe('\\+1 today');
  });
});
