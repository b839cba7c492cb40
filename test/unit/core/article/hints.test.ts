import { describe, expect, it } from 'vitest';
import { BOILERPLATE_LEADS, HEADING_SLUG, classTokens, hasFurnitureHint } from '../../../../src/core/article/hints';
import { seededRandom } from '../../../../bench/lib/random';

describe('hasFurnitureHint', () => {
  it('calls share bars, related lists and sidebars furniture', () => {
    for (const hints of ['share-bar', 'related-stories', 'sidebar', 'social-links', 'newsletter-signup', 'jp-relatedposts', 'relatedarticles']) expect(hasFurnitureHint(hints), hints).toBe(true);
  });

  it('calls links to the previous and next story furniture', () => {
    for (const hints of ['grid-container next-prev', 'prev-next', 'prevnext', 'pager']) expect(hasFurnitureHint(hints), hints).toBe(true);
    for (const hints of ['next-steps', 'preview', 'pagerank-story']) expect(hasFurnitureHint(hints), hints).toBe(false);
  });

  it('lets a content hint rescue a weak furniture hint, but not a strong one', () => {
    expect(hasFurnitureHint('sidebar article-body')).toBe(false);
    expect(hasFurnitureHint('related-content')).toBe(true);
  });

  it('keeps embedded posts an article quotes, though their wrapper says social', () => {
    for (const hints of ['social-media-embed', 'twitter-tweet', 'instagram-media', 'embed social']) expect(hasFurnitureHint(hints), hints).toBe(false);
  });
});

describe('classTokens', () => {
  it('answers as the form that consumes the delimiters around the word', () => {
    const words = 'ad|ads|comment-\\w+|read-?more|tags?|header-nav|sr-only';
    const consuming = new RegExp(`(^|[\\s_-])(${words})($|[\\s_-])`);
    const tokens = classTokens(words);
    const pieces = ['ad', 'ads', 'add', 'comment', 'comment-list', 'read', 'more', 'readmore', 'tag', 'tags', 'header', 'nav', 'sr', 'only', 'x', 'body', ' ', '  ', '_', '-', '--', '\t'];
    const random = seededRandom(3);
    let matched = 0;
    for (let n = 0; n < 20_000; n++) {
      let hints = '';
      const length = 1 + Math.floor(random() * 6);
      for (let k = 0; k < length; k++) hints += pieces[Math.floor(random() * pieces.length)];
      expect(tokens.test(hints), hints).toBe(consuming.test(hints));
      if (consuming.test(hints)) matched++;
    }
    // Both answers occur often, so the comparison covers each.
    expect(matched).toBeGreaterThan(2_000);
    expect(matched).toBeLessThan(18_000);
  });
});

describe('BOILERPLATE_LEADS', () => {
  it('knows how boilerplate lines begin in English and in other European languages', () => {
    for (const lead of ['read more: the budget', 'advertisement', 'have a tip? amy may be reached at', 'contact the reporter at', '- publicado por: ana silva', 'à lire aussi', 'lesen sie auch', 'publicité', 'veja também', 'kommentare', 'image 1 of 5', 'photo 3/12'])
      expect(BOILERPLATE_LEADS.test(lead), lead).toBe(true);
  });

  it('does not take prose that merely starts with the same letters', () => {
    for (const lead of ['adding to the pressure', 'readers wrote in', 'having a tipple', 'publicités et marketing', 'publicada ontem', 'werbungskosten', 'photo 1 of 5 shows the dam']) expect(BOILERPLATE_LEADS.test(lead), lead).toBe(false);
  });
});

describe('HEADING_SLUG', () => {
  it("knows an id made of a heading's words", () => {
    for (const id of ['sharing-with-a-single-developer', 'how-to-share-a-file', 'comments-on-the-draft-law', 'Related-Work-In-Progress-of-Team']) expect(HEADING_SLUG.test(id), id).toBe(true);
  });

  it('leaves furniture ids and short ids alone', () => {
    for (const id of ['share-bar', 'related-posts-widget-area', 'comments', 'social-share-buttons-top', 'sharing-with', 'gigya-share-btns-2_gig_containerParent', '']) expect(HEADING_SLUG.test(id), id).toBe(false);
  });
});
