import { describe, expect, it } from 'vitest';
import { hasFurnitureHint } from '../../../../src/core/article/hints';

describe('hasFurnitureHint', () => {
  it('calls share bars, related lists and sidebars furniture', () => {
    for (const hints of ['share-bar', 'related-stories', 'sidebar', 'social-links', 'newsletter-signup']) expect(hasFurnitureHint(hints), hints).toBe(true);
  });

  it('lets a content hint rescue a weak furniture hint, but not a strong one', () => {
    expect(hasFurnitureHint('sidebar article-body')).toBe(false);
    expect(hasFurnitureHint('related-content')).toBe(true);
  });

  it('keeps embedded posts an article quotes, though their wrapper says social', () => {
    for (const hints of ['social-media-embed', 'twitter-tweet', 'instagram-media', 'embed social']) expect(hasFurnitureHint(hints), hints).toBe(false);
  });
});
