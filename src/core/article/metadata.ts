/**
 * Article metadata from what a page says about itself: JSON-LD first, then meta tags, then
 * the document title and headings, then a byline found in the page. The order and the
 * rules follow Mozilla Readability's (Apache-2.0), so the popup shows what reader views
 * show. Pure: the content script collects the raw strings; the background decides.
 */
import { hasOnlyKeys, isBoundedString, isRecord } from '../model/guards';
import { METADATA_LIMITS } from '../model/limits';
import { squashWhitespace } from '../model/whitespace';

/** A meta tag as the page wrote it. */
export interface MetaTag {
  property: string;
  name: string;
  content: string;
}

/** Raw strings collected from the page. */
export interface MetadataSource {
  documentTitle: string;
  metaTags: MetaTag[];
  /** Texts of application/ld+json scripts. */
  jsonLd: string[];
  /** Texts of the page's h1 and h2 elements, in order, with their tag. */
  headings: { tag: 'h1' | 'h2'; text: string }[];
  /** Text of the first byline-like element (rel=author, itemprop=author, a byline class). */
  bylineText: string;
  hostname: string;
  lang: string;
}

/** Title, byline, date, site and language of an article. */
export interface ArticleMetadata {
  title: string;
  byline: string;
  published: string;
  site: string;
  lang: string;
}

const JSON_LD_ARTICLE_TYPES =
  /^Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference$/;
const PROPERTY_PATTERN = /\s*(article|dc|dcterm|og|twitter)\s*:\s*(author|creator|description|published_time|title|site_name)\s*/gi;
const NAME_PATTERN = /^\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\s*[-.:]\s*)?(author|creator|pub-date|description|title|site_name)\s*$/i;
const SEPARATORS = / [|\-–\\/>»] /;

const normalizeSpace = (text: string) => text.replace(/\s{2,}/g, ' ').trim();
const wordCount = (text: string) => text.split(/\s+/).length;
const isUrl = (text: string) => /^https?:\/\/\S+$/i.test(text.trim());

/** Decodes the HTML entities a page sometimes double-escapes in attributes and JSON-LD. */
export function unescapeEntities(text: string): string {
  const named: Record<string, string> = { quot: '"', amp: '&', apos: "'", lt: '<', gt: '>' };
  return text
    .replace(/&(quot|amp|apos|lt|gt);/g, (_, name: string) => named[name]!)
    .replace(/&#(?:x([0-9a-f]+)|([0-9]+));/gi, (_, hex: string | undefined, dec: string | undefined) => {
      const code = parseInt(hex ?? dec ?? '0', hex ? 16 : 10);
      return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\uFFFD' : String.fromCodePoint(code);
    });
}

/** Share of b's words also found in a (Readability's _textSimilarity). */
function textSimilarity(a: string, b: string): number {
  const tokensA = a.toLowerCase().split(/\W+/).filter(Boolean);
  const tokensB = b.toLowerCase().split(/\W+/).filter(Boolean);
  if (!tokensA.length || !tokensB.length) return 0;
  const uniqueB = tokensB.filter((token) => !tokensA.includes(token));
  return 1 - uniqueB.join(' ').length / tokensB.join(' ').length;
}

/** The document title with the site's name taken off, or the single h1 (Readability's _getArticleTitle). */
export function articleTitle(source: Pick<MetadataSource, 'documentTitle' | 'headings'>): string {
  const original = source.documentTitle.trim();
  let title = original;
  let hadHierarchicalSeparators = false;
  if (SEPARATORS.test(title)) {
    hadHierarchicalSeparators = / [\\/>»] /.test(title);
    const separators = [...original.matchAll(/ [|\-–\\/>»] /g)];
    title = original.slice(0, separators.at(-1)!.index);
    if (wordCount(title) < 3) title = original.replace(/^[^|\-–\\/>»]*[|\-–\\/>»]/, '');
  } else if (title.includes(': ')) {
    if (!source.headings.some((h) => h.text.trim() === title)) {
      title = original.slice(original.lastIndexOf(':') + 1);
      if (wordCount(title) < 3) title = original.slice(original.indexOf(':') + 1);
      else if (wordCount(original.slice(0, original.indexOf(':'))) > 5) title = original;
    }
  } else if (title.length > 150 || title.length < 15) {
    const h1s = source.headings.filter((h) => h.tag === 'h1');
    if (h1s.length === 1) title = h1s[0]!.text;
  }
  title = normalizeSpace(title);
  const words = wordCount(title);
  if (words <= 4 && (!hadHierarchicalSeparators || words !== wordCount(original.replace(/[|\-–\\/>»]+/g, '')) - 1)) title = original;
  return title;
}

interface JsonLdMetadata {
  title?: string;
  byline?: string;
  siteName?: string;
  datePublished?: string;
}

function authorNames(author: unknown): string | undefined {
  if (isRecord(author) && typeof author.name === 'string') return author.name.trim();
  if (Array.isArray(author) && author.length > 0 && isRecord(author[0]) && typeof author[0].name === 'string') {
    return author
      .filter((a): a is Record<string, unknown> => isRecord(a) && typeof a.name === 'string')
      .map((a) => (a.name as string).trim())
      .join(', ');
  }
  return undefined;
}

/** The first schema.org article object of the page's JSON-LD (Readability's _getJSONLD). */
function readJsonLd(source: MetadataSource): JsonLdMetadata {
  for (const raw of source.jsonLd) {
    let parsed: unknown;
    try {
      // Raw line breaks and tabs inside strings are invalid JSON that many sites write (and
      // Readability then skips); between tokens they are whitespace, so a space reads the same.
      // eslint-disable-next-line no-control-regex -- control characters are what it replaces
      parsed = JSON.parse(raw.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '').replace(/[\u0000-\u001f]/g, ' '));
    } catch {
      continue;
    }
    if (Array.isArray(parsed)) parsed = parsed.find((item) => isRecord(item) && typeof item['@type'] === 'string' && JSON_LD_ARTICLE_TYPES.test(item['@type']));
    if (!isRecord(parsed)) continue;
    const context = parsed['@context'];
    const contextOk = (value: unknown) => typeof value === 'string' && /^https?:\/\/schema\.org\/?$/.test(value);
    if (!(contextOk(context) || (isRecord(context) && contextOk(context['@vocab'])))) continue;
    if (!parsed['@type'] && Array.isArray(parsed['@graph'])) {
      parsed = parsed['@graph'].find((item: unknown) => isRecord(item) && typeof item['@type'] === 'string' && JSON_LD_ARTICLE_TYPES.test(item['@type']));
    }
    if (!isRecord(parsed) || typeof parsed['@type'] !== 'string' || !JSON_LD_ARTICLE_TYPES.test(parsed['@type'])) continue;
    const result: JsonLdMetadata = {};
    const { name, headline } = parsed;
    if (typeof name === 'string' && typeof headline === 'string' && name !== headline) {
      const title = articleTitle(source);
      const nameMatches = textSimilarity(name, title) > 0.75;
      const headlineMatches = textSimilarity(headline, title) > 0.75;
      result.title = headlineMatches && !nameMatches ? headline : name;
    } else if (typeof name === 'string') result.title = name.trim();
    else if (typeof headline === 'string') result.title = headline.trim();
    result.byline = authorNames(parsed.author);
    if (isRecord(parsed.publisher) && typeof parsed.publisher.name === 'string') result.siteName = parsed.publisher.name.trim();
    if (typeof parsed.datePublished === 'string') result.datePublished = parsed.datePublished.trim();
    return result;
  }
  return {};
}

/** Meta tag values by Readability's normalised keys ("og:title", "dc:creator", "author"). */
function metaValues(tags: readonly MetaTag[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const { property, name, content } of tags) {
    if (!content) continue;
    let matched = false;
    if (property) {
      for (const match of property.matchAll(PROPERTY_PATTERN)) {
        values[match[0].toLowerCase().replace(/\s/g, '')] = content.trim();
        matched = true;
      }
    }
    if (!matched && name && NAME_PATTERN.test(name)) values[name.toLowerCase().replace(/\s/g, '').replace(/\./g, ':')] = content.trim();
  }
  return values;
}

/** Reads metadata in Readability's order of trust: JSON-LD, meta tags, title and headings, then the page's byline. */
export function extractMetadata(source: MetadataSource): ArticleMetadata {
  const jsonLd = readJsonLd(source);
  const values = metaValues(source.metaTags);
  const first = (...candidates: (string | undefined)[]) => candidates.find((c) => typeof c === 'string' && c.trim() !== '') ?? '';
  const title =
    first(jsonLd.title, values['dc:title'], values['dcterm:title'], values['og:title'], values['weibo:article:title'], values['weibo:webpage:title'], values.title, values['twitter:title'], values['parsely-title']) ||
    articleTitle(source);
  const articleAuthor = values['article:author'] && !isUrl(values['article:author']) ? values['article:author'] : undefined;
  const byline = first(jsonLd.byline, values['dc:creator'], values['dcterm:creator'], values.author, values['parsely-author'], articleAuthor) || squashWhitespace(source.bylineText);
  return {
    title: unescapeEntities(title),
    byline: unescapeEntities(byline),
    published: unescapeEntities(first(jsonLd.datePublished, values['article:published_time'], values['parsely-pub-date'])),
    site: unescapeEntities(first(jsonLd.siteName, values['og:site_name'])),
    lang: source.lang.trim(),
  };
}

/** Validates raw metadata from a content script: every string and list bounded. */
export function isMetadataSource(value: unknown): value is MetadataSource {
  const text = (v: unknown) => isBoundedString(v, METADATA_LIMITS.TEXT);
  const list = (v: unknown, item: (i: unknown) => boolean) => Array.isArray(v) && v.length <= METADATA_LIMITS.ITEMS && v.every(item);
  return (
    isRecord(value) &&
    hasOnlyKeys(value, ['documentTitle', 'metaTags', 'jsonLd', 'headings', 'bylineText', 'hostname', 'lang']) &&
    text(value.documentTitle) &&
    list(value.metaTags, (t) => isRecord(t) && text(t.property) && text(t.name) && text(t.content)) &&
    list(value.jsonLd, (j) => isBoundedString(j, METADATA_LIMITS.JSON_LD)) &&
    list(value.headings, (h) => isRecord(h) && (h.tag === 'h1' || h.tag === 'h2') && text(h.text)) &&
    text(value.bylineText) &&
    text(value.hostname) &&
    text(value.lang)
  );
}
