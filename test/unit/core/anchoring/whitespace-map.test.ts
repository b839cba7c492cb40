import { describe, expect, it } from 'vitest';
import { collapseWhitespace, originalRange } from '../../../../src/core/anchoring/whitespace-map';

describe('collapseWhitespace', () => {
  it('collapses runs, trims, and maps offsets back to the source', () => {
    const source = '  one \n\n two   three ';
    const collapsed = collapseWhitespace(source);
    expect(collapsed.text).toBe('one two three');
    const at = collapsed.text.indexOf('two three');
    const range = originalRange(collapsed, at, at + 'two three'.length);
    expect(source.slice(range.start, range.end)).toBe('two   three');
  });
});
