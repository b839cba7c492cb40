/**
 * The two extractors compared on one document: Gloss's live-DOM detector (no clone,
 * no mutation) and Readability (clone, then parse). Both return plain text with block
 * boundaries as whitespace. Runs in Node (jsdom) and, bundled, inside Chromium.
 */
import { Readability } from '@mozilla/readability';
import { extractMetadata } from '../../src/core/article/metadata';
import { findArticle } from '../../src/content/article/find-article';
import { buildTextIndex } from '../../src/content/text-index/text-index';

export interface Extraction {
  text: string;
  ms: number;
  isArticle: boolean;
  title: string;
  byline: string;
  published: string;
  siteName: string;
}

export function extractWithGloss(document: Document, now: () => number): Extraction {
  const start = now();
  const found = findArticle(document);
  // A page Gloss judges no article gets no text, as in the extension (getPageAnalysis's article is null).
  const text = found?.isArticle ? buildTextIndex(found.root, found.excluded).text : '';
  // Metadata is decided in the background, but it is part of the work: it is timed too.
  const meta = found ? extractMetadata(found.metadataSource) : undefined;
  const ms = now() - start;
  return { text, ms, isArticle: found?.isArticle ?? false, title: meta?.title ?? '', byline: meta?.byline ?? '', published: meta?.published ?? '', siteName: meta?.site ?? '' };
}

export function extractWithReadability(document: Document, now: () => number): Extraction {
  const start = now();
  const clone = document.cloneNode(true) as Document;
  const article = new Readability(clone).parse();
  const ms = now() - start;
  return {
    text: article?.textContent ?? '',
    ms,
    isArticle: article !== null,
    title: article?.title ?? '',
    byline: article?.byline ?? '',
    published: article?.publishedTime ?? '',
    siteName: article?.siteName ?? '',
  };
}
