import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findArticle } from '../../src/content/article/find-article';
import { extractMetadata } from '../../src/core/article/metadata';
import { buildTextIndex } from '../../src/content/text-index/text-index';
import { collectBlocks } from '../../src/content/article/collect-blocks';
import { computeTotals } from '../../src/core/article/block';

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

  it('leaves out hidden parts of the article, among what it excludes (the page watch reads them again if shown)', () => {
    const prose = (n: number) => `<p>${'The council met on Tuesday, and the vote was close, as expected by most. '.repeat(n)}</p>`;
    document.body.innerHTML = `<nav><a href="/">Home</a></nav><div class="story">${prose(4)}${prose(3)}<div id="rest" hidden>${prose(3)}</div><div id="more" style="display: none">${prose(2)}</div></div>`;
    const found = findArticle(document)!;
    expect(found.isArticle).toBe(true);
    expect(found.excluded).toContain(document.getElementById('rest'));
    expect(found.excluded).toContain(document.getElementById('more'));
  });

  it('leaves out a single link line in capitals (a promo), keeping link lines in ordinary case', () => {
    const prose = (n: number) => `<p>${'The council met on Tuesday, and the vote was close, as expected by most. '.repeat(n)}</p>`;
    document.body.innerHTML = `<nav><a href="/">Home</a></nav><div class="story">${prose(4)}<p><strong><a href="/app">GET THE COURIER APP BY CLICKING HERE</a></strong></p>${prose(3)}<p><a href="/report">The full report on the flood barrier</a></p>${prose(5)}<p><a href="/x">FLOOD</a></p>${prose(2)}</div>`;
    const found = findArticle(document)!;
    const text = buildTextIndex(found.root, found.excluded).text;
    expect(text).toContain('The council met');
    expect(text).not.toContain('GET THE COURIER APP');
    expect(text).toContain('The full report on the flood barrier');
    expect(text).toContain('FLOOD'); // too short to tell from an acronym
  });

  it('takes a page declared Chinese, in short lines, for the article it is', () => {
    const line = '一波波接續性低溫寒流報到，已將新竹尖石鄉後山一帶層層山巒披上嫣紅的彩衣。';
    document.body.innerHTML = `<nav><a href="/">首頁</a></nav><div class="article-content">${`<p>${line}</p>`.repeat(8)}</div>`;
    expect(findArticle(document)!.isArticle).toBe(false);
    document.documentElement.lang = 'zh-TW';
    expect(findArticle(document)!.isArticle).toBe(true);
    document.documentElement.lang = '';
  });

  it('says a search page is not an article', () => {
    load('non-article.html');
    expect(findArticle(document)?.isArticle).toBe(false);
    expect(findArticle(document)?.tooLarge).toBe(false);
  });

  it('copes with an empty page', () => {
    document.documentElement.innerHTML = '<head></head><body></body>';
    expect(findArticle(document)?.isArticle ?? false).toBe(false);
  });
});

describe('findArticle on hostile pages', () => {
  // happy-dom takes about 2 s to build 70,000 elements, and more on a busy machine: this
  // test checks what Gloss decides, not how fast (bench:article times detection).
  it('gives up on a giant DOM instead of walking it all, and says it is not an article', { timeout: 30_000 }, () => {
    const rows = Array.from({ length: 70_000 }, () => '<span>x</span>').join('');
    document.documentElement.innerHTML = `<head></head><body><div>${rows}</div></body>`;
    const found = findArticle(document)!;
    expect(found.isArticle).toBe(false);
    expect(found.tooLarge).toBe(true);
    expect(found.root).toBe(document.body);
  });
});

describe('collectBlocks', () => {
  const prose = (n: number) => Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} of the story, long enough to count as prose, with a comma, and more words here.</p>`).join('');

  it('describes a small furniture subtree as one block that still carries its text and link text', () => {
    document.body.innerHTML = `<nav><ul><li><a href="/a">Home page</a></li><li><a href="/b">World, news</a></li></ul></nav><article>${prose(3)}</article>`;
    const { blocks, elements } = collectBlocks(document.body);
    const nav = blocks[elements.findIndex((e) => e.localName === 'nav')]!;
    expect(elements.some((e) => e.localName === 'li')).toBe(false);
    expect(nav.ownTextLength).toBe('Home pageWorld, news'.length);
    expect(nav.summarizedLinkTextLength).toBe(nav.ownTextLength);
    expect(nav.ownCommas).toBe(1);
    expect(computeTotals(blocks).linkTextLength[0]).toBe(nav.ownTextLength);
  });

  it('reads inside furniture that holds too much text to be summarized, and everything when asked', () => {
    const long = 'word '.repeat(300);
    document.body.innerHTML = `<aside><p>${long}</p></aside><footer><a href="/x">About</a></footer>`;
    expect(collectBlocks(document.body).elements.map((e) => e.localName)).toEqual(['body', 'aside', 'p', 'footer']);
    expect(collectBlocks(document.body, false).elements.map((e) => e.localName)).toEqual(['body', 'aside', 'p', 'footer', 'a']);
  });

  it('finds a byline marked itemprop=author inside summarized furniture when the walk saw none', () => {
    document.body.innerHTML = `<aside><span itemprop="author"><span itemprop="name">Jane Doe</span></span></aside><article>${prose(4)}</article>`;
    expect(findArticle(document)!.metadataSource.bylineText).toBe('Jane Doe');
  });

  it('keeps the words of a byline apart where its blocks and line breaks part them', () => {
    document.body.innerHTML = `<article><div class="byline"><div>By DANICA KIRKA</div><div>Associated Press</div></div>${prose(4)}</article>`;
    expect(findArticle(document)!.metadataSource.bylineText).toMatch(/^By DANICA KIRKA\s+Associated Press$/);
    document.body.innerHTML = `<article><h3 class="byline">by Jeff Foust<br><span>Monday</span></h3>${prose(4)}</article>`;
    expect(findArticle(document)!.metadataSource.bylineText).toMatch(/^by Jeff Foust\s+Monday$/);
  });

  it('prefers a rel=author link the walk noted, even inside summarized furniture', () => {
    document.body.innerHTML = `<nav><a href="/">Home</a></nav><footer><a rel="author" href="/jo">Jo Reporter</a></footer><article>${prose(4)}</article>`;
    expect(findArticle(document)!.metadataSource.bylineText).toBe('Jo Reporter');
  });

  it("keeps a section whose id is made of its heading's words, though they say sharing", () => {
    document.body.innerHTML = `<nav><a href="/">Home</a></nav><div class="document"><div class="section" id="introduction">${prose(3)}</div><div class="section" id="sharing-with-a-single-developer"><h2>Sharing with a single developer</h2>${prose(3)}</div></div>`;
    const found = findArticle(document)!;
    expect(found.root.className).toBe('document');
    expect([...found.excluded].map((e) => e.id)).not.toContain('sharing-with-a-single-developer');
  });

  it('still finds an article inside a wrapper whose class says sidebar, by reading it in full', () => {
    document.body.innerHTML = `<nav><a href="/">Home</a></nav><div class="sidebar-layout"><div class="story">${prose(6)}</div></div>`;
    const found = findArticle(document)!;
    expect(found.isArticle).toBe(true);
    expect(found.root.className).toBe('story');
  });
});
