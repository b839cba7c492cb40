import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findArticle } from '../../src/content/article/find-article';
import { extractMetadata } from '../../src/core/article/metadata';
import { buildTextIndex } from '../../src/content/text-index/text-index';

function load(name: string): void {
  const html = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'pages', name), 'utf8');
  document.documentElement.innerHTML = html.replace(/^<!doctype html>/i, '').replace(/<\/?html[^>]*>/g, '');
}

describe('findArticle on fixture pages', () => {
  it('finds the article body and its metadata, leaving out furniture', () => {
    load('article.html');
    const found = findArticle(document)!;
    expect(found.isArticle).toBe(true);
    expect(found.root.className).toBe('article-body');
    expect(extractMetadata(found.metadataSource)).toMatchObject({
      title: 'City council approves flood barrier after record rainfall',
      byline: 'Maria Delgado',
      published: '2026-03-14T08:30:00Z',
      site: 'The Riverside Courier',
    });
    const text = buildTextIndex(found.root, found.excluded).text;
    expect(text).toContain('Mayor Helen Okafor said');
    for (const furniture of ['Read also', 'Share on Facebook', 'Most popular', 'Post comment']) expect(text).not.toContain(furniture);
  });

  it('says a search page is not an article', () => {
    load('non-article.html');
    expect(findArticle(document)?.isArticle).toBe(false);
  });

  it('copes with an empty page', () => {
    document.documentElement.innerHTML = '<head></head><body></body>';
    expect(findArticle(document)?.isArticle ?? false).toBe(false);
  });
});

describe('findArticle on hostile pages', () => {
  it('gives up on a giant DOM instead of walking it all, and says it is not an article', () => {
    const rows = Array.from({ length: 70_000 }, () => '<span>x</span>').join('');
    document.documentElement.innerHTML = `<head></head><body><div>${rows}</div></body>`;
    const found = findArticle(document)!;
    expect(found.isArticle).toBe(false);
    expect(found.root).toBe(document.body);
  });
});
