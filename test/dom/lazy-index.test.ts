import { describe, expect, it } from 'vitest';
import { buildTextIndex, lazyTextIndex } from '../../src/content/text-index/text-index';

describe('lazyTextIndex', () => {
  it('builds nothing until used, then behaves as the index it builds', () => {
    document.body.innerHTML = '<p>One paragraph.</p><p>Another one.</p>';
    let builds = 0;
    const lazy = lazyTextIndex(document.body, () => {
      builds++;
      return buildTextIndex(document.body);
    });
    expect(lazy.root).toBe(document.body);
    expect(builds).toBe(0);
    expect(lazy.text).toContain('Another one.');
    expect(lazy.rangeFromOffsets(0, 3)?.toString()).toBe('One');
    expect(builds).toBe(1);
  });
});
