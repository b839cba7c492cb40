/**
 * Article metadata from what a page says about itself: JSON-LD first, then
 * OpenGraph and meta tags, then the DOM. Pure: the content script collects the raw
 * strings, this module decides.
 */
import { isRecord } from '../model/guards';

/** Raw metadata strings collected from the page. */
export interface MetadataSource {
  documentTitle: string;
  /** meta tags by lower-case name or property; the first of each wins. */
  meta: Record<string, string>;
  /** Parsed JSON-LD blocks. */
  jsonLd: unknown[];
  /** Texts of h1 elements, those inside the article first. */
  headings: string[];
  /** Text of the first byline-like element (rel=author, .byline, itemprop=author). */
  bylineText: string;
  /** datetime of the first time element in the article. */
  timeText: string;
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

const ARTICLE_TYPES = /Article|BlogPosting|NewsArticle|Report|WebPage|LiveBlogPosting/;

function clean(text: unknown): string {
  return typeof text === 'string' ? text.replace(/\s+/g, ' ').trim() : '';
}

/** Flattens JSON-LD (arrays and @graph) into its objects. */
function jsonLdObjects(blocks: unknown[]): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 4) return;
    if (Array.isArray(value)) value.forEach((v) => visit(v, depth + 1));
    else if (isRecord(value)) {
      out.push(value);
      if (Array.isArray(value['@graph'])) visit(value['@graph'], depth + 1);
    }
  };
  visit(blocks, 0);
  return out;
}

function typeOf(object: Record<string, unknown>): string {
  const type = object['@type'];
  return Array.isArray(type) ? type.join(' ') : clean(type);
}

/** Names of people from a JSON-LD author value (string, object or list). */
function authorNames(value: unknown): string[] {
  if (typeof value === 'string') return [clean(value)];
  if (Array.isArray(value)) return value.flatMap(authorNames);
  if (isRecord(value)) return [clean(value.name)];
  return [];
}

/** Drops the site name a title often carries ("Headline | Site", "Site - Headline"). */
export function cleanTitle(title: string, site: string): string {
  const parts = title.split(/\s+[|\-–—·:»]\s+/);
  if (parts.length < 2) return title;
  const siteLower = site.toLowerCase();
  const kept = parts.filter((part) => part.toLowerCase() !== siteLower);
  if (kept.length < parts.length) return kept.join(' - ');
  // Without a known site name, the longest part is usually the headline.
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  return longest.split(/\s+/).length >= 4 ? longest : title;
}

/** Reads metadata in order of trust: JSON-LD, meta tags, then the DOM. */
export function extractMetadata(source: MetadataSource): ArticleMetadata {
  const article = jsonLdObjects(source.jsonLd).find((o) => ARTICLE_TYPES.test(typeOf(o)));
  const meta = (...names: string[]): string => names.map((n) => clean(source.meta[n])).find(Boolean) ?? '';
  const publisher = article && isRecord(article.publisher) ? clean(article.publisher.name) : '';

  const site = meta('og:site_name', 'application-name') || publisher || source.hostname.replace(/^www\./, '');
  const rawTitle =
    clean(article?.headline) || meta('og:title', 'twitter:title', 'dc.title') || clean(source.headings[0]) || clean(source.documentTitle);
  const byline =
    (article ? authorNames(article.author).filter(Boolean).join(', ') : '') ||
    meta('author', 'article:author', 'byl', 'dc.creator', 'parsely-author', 'sailthru.author') ||
    clean(source.bylineText).replace(/^by\s+/i, '');
  const published =
    clean(article?.datePublished) ||
    meta('article:published_time', 'datepublished', 'publishdate', 'pubdate', 'date', 'dc.date', 'parsely-pub-date', 'sailthru.date') ||
    clean(source.timeText);
  return {
    title: cleanTitle(rawTitle, site),
    byline: /^https?:/.test(byline) ? '' : byline,
    published,
    site,
    lang: clean(source.lang) || meta('og:locale', 'language'),
  };
}
