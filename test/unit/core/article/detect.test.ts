import { describe, expect, it } from 'vitest';
import { computeTotals } from '../../../../src/core/article/block';
import { detectArticle } from '../../../../src/core/article/detect';
import { type BlockSpec, buildBlocks, linkList, para } from '../../../helpers/blocks';

function page(main: BlockSpec): BlockSpec {
  return {
    tag: 'body',
    children: [
      { tag: 'header', children: [{ tag: 'nav', children: [linkList('menu', 8)] }] },
      main,
      { tag: 'aside', hints: 'sidebar', children: [linkList('most-popular', 6), para(200)] },
      { tag: 'footer', children: [para(150)] },
    ],
  };
}

const tagAt = (blocks: ReturnType<typeof buildBlocks>, i: number | undefined) => (i === undefined ? undefined : blocks[i]);

describe('detectArticle', () => {
  it('picks the container of the paragraphs, not the page furniture', () => {
    const blocks = buildBlocks(page({ tag: 'div', hints: 'story-body', children: [para(400), para(600), para(300), para(500)] }));
    const detection = detectArticle(blocks)!;
    expect(tagAt(blocks, detection.root)?.hints).toBe('story-body');
    expect(detection.isArticle).toBe(true);
  });

  it('leaves out related-link lists and share bars inside the article', () => {
    const blocks = buildBlocks(
      page({
        tag: 'article',
        children: [para(400), { tag: 'div', hints: 'share-bar', children: [{ tag: 'a', text: 20 }] }, para(500), linkList('read-also'), para(450)],
      }),
    );
    const detection = detectArticle(blocks)!;
    const excludedHints = detection.excluded.map((i) => blocks[i]!.hints);
    expect(excludedHints).toEqual(expect.arrayContaining(['share-bar', 'read-also']));
  });

  it('lists only the topmost block of nested furniture, so its text is not counted out twice', () => {
    const blocks = buildBlocks(
      page({ tag: 'article', children: [para(400), { tag: 'aside', hints: 'related', children: [linkList('read-also'), linkList('more-stories')] }, para(500), para(450)] }),
    );
    const detection = detectArticle(blocks)!;
    const excluded = detection.excluded.map((i) => blocks[i]!);
    expect(excluded.map((b) => b.hints)).toEqual(['related']);
  });

  it('joins sibling blocks of a split article body', () => {
    const blocks = buildBlocks(
      page({
        tag: 'div',
        hints: 'wrapper',
        children: [
          { tag: 'div', hints: 'content-part', children: [para(500), para(500), para(400)] },
          { tag: 'div', hints: 'content-part', children: [para(500), para(450), para(300)] },
          linkList('related'),
        ],
      }),
    );
    const detection = detectArticle(blocks)!;
    expect(blocks[detection.root]!.hints).toBe('wrapper');
    expect(detection.excluded.map((i) => blocks[i]!.hints)).toContain('related');
  });

  it('never reads a sidebar as a wrapper, however much text its live feed holds', () => {
    // A live item is one div of text, scored whole; the article's paragraphs sit a level deeper (as on liberation.fr).
    const liveItem = (): BlockSpec => ({ tag: 'li', children: [{ tag: 'div', hints: 'live-item-content', text: 600, commas: 6 }] });
    const blocks = buildBlocks({
      tag: 'body',
      children: [
        { tag: 'div', hints: 'article-body', children: [{ tag: 'div', children: [para(500, 1), para(500, 1), para(450, 1)] }] },
        { tag: 'aside', hints: 'sidebar', children: [{ tag: 'ul', hints: 'live-feed', children: Array.from({ length: 6 }, liveItem) }] },
      ],
    });
    expect(blocks[detectArticle(blocks)!.root]!.hints).toBe('article-body');
  });

  it('takes the container of an article split into separately wrapped parts (the steps of a how-to)', () => {
    const step = (text: number): BlockSpec => ({ tag: 'div', hints: 'step', children: [{ tag: 'h3', text: 20 }, { tag: 'div', hints: 'step-content', text, commas: 3 }] });
    const blocks = buildBlocks(page({ tag: 'div', hints: 'steps', children: [step(520), step(480), step(450), step(500)] }));
    const detection = detectArticle(blocks)!;
    expect(blocks[detection.root]!.hints).toBe('steps');
  });

  it("does not take the best candidate's own wrappers for the parts of a split article", () => {
    // Short paragraphs without commas inside wrappers whose class says content: every wrapper
    // scores close to the story (a Japanese Yahoo page), yet the text is all in one place.
    const story = { tag: 'div', hints: 'article-text', children: [para(150, 0), para(150, 0), para(150, 0)] };
    const wrap = (hints: string, child: BlockSpec): BlockSpec => ({ tag: 'div', hints, children: [child, { tag: 'div', hints: 'teaser', text: 30 }] });
    const blocks = buildBlocks(page(wrap('page-box', wrap('main-box', wrap('article-box', wrap('content-box', story))))));
    expect(blocks[detectArticle(blocks)!.root]!.hints).toBe('article-text');
  });

  it('reads short lines of Chinese, Japanese or Korean as the prose they are', () => {
    // Eight lines of 40 characters: a full story in Chinese, too short for a Latin-text article.
    const blocks = buildBlocks(page({ tag: 'div', hints: 'article-content', children: Array.from({ length: 8 }, () => para(40, 0)) }));
    expect(detectArticle(blocks)!.isArticle).toBe(false);
    expect(detectArticle(blocks, true)!.isArticle).toBe(true);
  });

  it('does not climb from the story to its page through ever weaker wrappers', () => {
    // story (strong) < wrap-a (weaker) < wrap-b (weaker still) < page (teasers make it outscore wrap-b).
    const teaser = (): BlockSpec => ({ tag: 'div', hints: 'teaser', children: [para(120, 1)] });
    const story = { tag: 'div', hints: 'story', children: [para(500, 4), para(480, 4), para(450, 4), para(520, 4)] };
    const wrapA: BlockSpec = { tag: 'div', hints: 'wrap-a', children: [story] };
    const wrapB: BlockSpec = { tag: 'div', hints: 'wrap-b', children: [{ tag: 'div', hints: 'wrap-c', children: [wrapA] }] };
    const blocks = buildBlocks({ tag: 'body', children: [{ tag: 'div', hints: 'page', children: [wrapB, ...Array.from({ length: 12 }, teaser)] }] });
    expect(blocks[detectArticle(blocks)!.root]!.hints).toBe('story');
  });

  it("joins the parts of an article that are siblings of the top candidate's wrapper (Medium's sections)", () => {
    const part = (paragraphs: number[]): BlockSpec => ({ tag: 'div', hints: 'section-wrap', children: [{ tag: 'div', hints: 'section-inner', children: paragraphs.map((n) => para(n, 3)) }] });
    const blocks = buildBlocks(page({ tag: 'section', hints: 'sections', children: [part([500, 480, 450, 520, 400, 460]), part([300, 280]), part([260, 240])] }));
    expect(blocks[detectArticle(blocks)!.root]!.hints).toBe('sections');
  });

  it("joins a weak sibling that shares the top candidate's class, and leaves an unlike one", () => {
    const blocks = buildBlocks(
      page({
        tag: 'section',
        hints: 'parts',
        children: [
          { tag: 'div', hints: 'part', children: [500, 480, 450, 520, 400, 460].map((n) => para(n, 3)) },
          { tag: 'div', hints: 'part', children: [para(70, 0)] },
          { tag: 'div', hints: 'aside-note', children: [para(70, 0)] },
        ],
      }),
    );
    const detection = detectArticle(blocks)!;
    expect(blocks[detection.root]!.hints).toBe('parts');
    expect(detection.excluded.map((i) => blocks[i]!.hints)).toEqual(['aside-note']);
  });

  it('reads list items of prose as paragraphs: a post written as bullet points is found', () => {
    const notes = (items: number[]): BlockSpec => ({ tag: 'ul', children: items.map((n) => ({ tag: 'li', text: n, commas: 1 })) });
    const comment: BlockSpec = { tag: 'li', hints: 'comment', children: [{ tag: 'blockquote', hints: 'entry-content', text: 420, commas: 2 }] };
    const blocks = buildBlocks(
      page({
        tag: 'div',
        hints: 'site-wrap',
        children: [
          { tag: 'article', hints: 'post', children: [{ tag: 'h3', text: 10 }, notes([180, 220, 150]), { tag: 'h3', text: 12 }, notes([200, 170, 240, 160])] },
          { tag: 'section', hints: 'comments', children: [{ tag: 'ol', children: [comment] }] },
        ],
      }),
    );
    const detection = detectArticle(blocks)!;
    // Without list items as paragraphs the article gives its ancestors no score: the page's wrapper was taken.
    expect(blocks[detection.root]!.hints).toBe('post');
    expect(detection.isArticle).toBe(true);
  });

  it("joins a part of the article's template whose paragraphs sit too deep to score it (the opening of a long read)", () => {
    const content = (paragraphs: number): BlockSpec => ({ tag: 'div', hints: 'content-section', children: [{ tag: 'div', hints: 'post-content', children: Array.from({ length: paragraphs }, () => para(450, 4)) }] });
    const section = (paragraphs: number): BlockSpec => ({ tag: 'section', hints: 'outer', children: [{ tag: 'div', hints: 'flex', children: [content(paragraphs)] }] });
    const opening: BlockSpec = { tag: 'div', hints: 'acf-content', children: [{ tag: 'div', hints: 'wrapper', children: [{ tag: 'div', hints: 'container', children: [{ tag: 'div', hints: 'inner', children: [section(4)] }] }] }] };
    const part = (paragraphs: number): BlockSpec => ({ tag: 'div', hints: 'acf-content', children: [section(paragraphs)] });
    const figure: BlockSpec = { tag: 'figure', children: [{ tag: 'figcaption', text: 80 }] };
    const blocks = buildBlocks(page({ tag: 'div', hints: 'post-body', children: [opening, figure, part(6), figure, part(5)] }));
    const detection = detectArticle(blocks)!;
    const openingAt = blocks.findIndex((b) => b.hints === 'acf-content');
    expect(blocks[detection.root]!.hints).toBe('post-body');
    expect(detection.excluded).not.toContain(openingAt);
  });

  it('joins the parts of a story that the page wraps one by one in repeated markup (cousins, not siblings)', () => {
    const part = (n: number, paragraphs: number): BlockSpec => ({
      tag: 'div',
      hints: 'story-body-supplemental',
      children: [
        { tag: 'div', hints: `story-body story-body-${n}`, children: Array.from({ length: paragraphs }, () => para(450, 4)) },
        { tag: 'div', hints: `supplemental supplemental-${n}`, children: [{ tag: 'a', text: 300 }] },
      ],
    });
    const blocks = buildBlocks(page({ tag: 'article', hints: 'story', children: [{ tag: 'h1', text: 60 }, part(1, 4), part(2, 12)] }));
    const detection = detectArticle(blocks)!;
    const firstPart = blocks.findIndex((b) => b.hints === 'story-body story-body-1');
    // The first part is inside the root, and not left out of it.
    expect(firstPart).toBeGreaterThan(detection.root);
    expect(firstPart).toBeLessThan(computeTotals(blocks).subtreeEnd[detection.root]!);
    expect(detection.excluded.some((i) => i === firstPart || blocks[firstPart]!.parent === i)).toBe(false);
  });

  it('says a page of links is not an article', () => {
    const blocks = buildBlocks(page({ tag: 'main', children: [linkList('results', 12), { tag: 'p', text: 60 }] }));
    expect(detectArticle(blocks)?.isArticle ?? false).toBe(false);
  });

  it('takes a short article that is all prose for an article: a brief, a paywall stub, a one-paragraph post', () => {
    // A paywall's first two paragraphs (120 + 240 characters), and a post of one 380-character paragraph.
    const stub = buildBlocks(page({ tag: 'div', hints: 'article-body', children: [para(120), para(240), { tag: 'p', text: 6 }] }));
    expect(detectArticle(stub)!.isArticle).toBe(true);
    const post = buildBlocks(page({ tag: 'div', hints: 'entry-content', children: [para(380)] }));
    expect(detectArticle(post)!.isArticle).toBe(true);
    // Too little prose is still no article: two short lines, or one paragraph with a caption.
    const lines = buildBlocks(page({ tag: 'div', hints: 'article-body', children: [para(110), para(120)] }));
    expect(detectArticle(lines)?.isArticle ?? false).toBe(false);
    const blurb = buildBlocks(page({ tag: 'div', hints: 'article-body', children: [para(200), { tag: 'figcaption', text: 50 }, { tag: 'p', text: 50 }] }));
    expect(detectArticle(blurb)?.isArticle ?? false).toBe(false);
  });

  it('ignores hidden paragraphs', () => {
    const blocks = buildBlocks(page({ tag: 'div', hints: 'story', children: [{ tag: 'p', hidden: true, text: 3000, commas: 20 }, para(100)] }));
    expect(detectArticle(blocks)?.isArticle ?? false).toBe(false);
  });

  it('returns nothing for an empty page', () => {
    expect(detectArticle([])).toBeUndefined();
    expect(detectArticle(buildBlocks({ tag: 'body' }))).toBeUndefined();
  });
});

describe('computeTotals', () => {
  it('gives each block the end of its subtree, so a preorder loop can stop there', () => {
    // body > [div > [p, p], aside > [ul > [li]]]
    const blocks = buildBlocks({ tag: 'body', children: [{ tag: 'div', children: [para(100), para(50)] }, { tag: 'aside', children: [{ tag: 'ul', children: [{ tag: 'li', text: 10 }] }] }] });
    expect(computeTotals(blocks).subtreeEnd).toEqual([7, 4, 3, 4, 7, 7, 7]);
  });
});
