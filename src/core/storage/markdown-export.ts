/**
 * Notes as Markdown, for a notes app or a plain file: one section per page (the page with
 * the latest note first), its notes in reading order, each the quoted passage with the
 * reader's note, tags, colour and date below. The quoted passage and the page's title are
 * the website's text, so their Markdown characters are escaped and they read literally;
 * the reader's own note is kept as written (it may be Markdown on purpose).
 */
import { groupBy } from '../group-by';
import { siteAndAuthor } from '../model/byline';
import { safeLinkHref } from '../url/page-key';
import type { ExportedAnnotation, ExportFile } from './export-format';

/** Characters that would make a page's text Markdown: each gets a backslash. */
const INLINE_MARKUP = /[\\`*_[\]<>#|~]/g;
/** Line starts that would make a list item or a heading underline ("- ", "+", "="). */
const MARKER_START = /^(\s*)([-+=])/;
/** A line start that would make a numbered item ("1. ", "2)"). */
const NUMBER_START = /^(\s*\d+)([.)])/;

/** A page's text as literal Markdown, on one line or several. */
export function escapeMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(INLINE_MARKUP, '\\$&').replace(MARKER_START, '$1\\$2').replace(NUMBER_START, '$1\\$2'))
    .join('\n');
}

/** A page's heading: its title, linked when its address is http(s) (imported data may hold javascript: URLs). */
function pageHeading(title: string, url: string): string {
  const href = safeLinkHref(url);
  // In angle brackets a destination may hold parentheses; the URL parser has encoded spaces and brackets.
  return href ? `## [${title}](<${href}>)` : `## ${title}`;
}

/** A passage as a block quote, every line of it quoted. */
function blockQuote(text: string): string {
  return escapeMarkdown(text.trim())
    .split('\n')
    .map((line) => (line.trim() ? `> ${line}` : '>'))
    .join('\n');
}

function noteSection(item: ExportedAnnotation): string {
  const [quote] = item.target.selector;
  const note = item.body.find((body) => body.purpose === 'commenting')?.value.trim();
  const tags = item.body.filter((body) => body.purpose === 'tagging').map((body) => `#${body.value}`);
  const details = [...tags, item.gloss.color, item.modified.slice(0, 10)].join(' · ');
  return [blockQuote(quote.exact), note, details].filter(Boolean).join('\n\n');
}

const startOf = (item: ExportedAnnotation) => item.target.selector[1].start;

/** The whole export as one Markdown text. */
export function exportAsMarkdown(file: ExportFile): string {
  const pages = new Map(file.pages.map((page) => [page.key, page]));
  const byPage = groupBy(file.items, (item) => item.gloss.pageKey);
  const latest = (items: ExportedAnnotation[]) => items.reduce((max, item) => (item.modified > max ? item.modified : max), '');
  const sections = [...byPage.values()]
    .sort((a, b) => latest(b).localeCompare(latest(a)))
    .map((items) => {
      const first = items[0]!;
      const page = pages.get(first.gloss.pageKey);
      const title = escapeMarkdown(page?.title || first.gloss.title || first.target.source).replace(/\n/g, ' ');
      const about = [...siteAndAuthor(page?.siteName || page?.site || '', page?.byline ?? ''), page?.published].filter(Boolean).map((part) => escapeMarkdown(part!));
      const notes = [...items].sort((a, b) => startOf(a) - startOf(b)).map(noteSection);
      return [pageHeading(title, first.target.source), ...(about.length ? [about.join(' · ')] : []), ...notes].join('\n\n');
    });
  const count = `${file.items.length} ${file.items.length === 1 ? 'note' : 'notes'} on ${byPage.size} ${byPage.size === 1 ? 'page' : 'pages'}`;
  return `${[`# Gloss notes`, `Exported ${file.exported.slice(0, 10)} · ${count}`, ...sections].join('\n\n')}\n`;
}
