import { describe, expect, it } from 'vitest';
import { applySplices } from '../../../bench/lib/splices';

describe('applySplices', () => {
  const text = 'aaa QUOTE bbb';
  it('shifts a quote after an insertion before it, not after one at its end', () => {
    const edited = applySplices(text, [{ at: 0, remove: 0, insert: 'xx ' }, { at: 9, remove: 0, insert: '!' }]);
    expect(edited.text).toBe('xx aaa QUOTE! bbb');
    expect(edited.text.slice(edited.map(4, 'start')!, edited.map(9, 'end')!)).toBe('QUOTE');
  });

  it('tracks edits inside the quote and removals elsewhere', () => {
    const edited = applySplices(text, [{ at: 5, remove: 2, insert: 'UUUU' }, { at: 10, remove: 3, insert: '' }]);
    expect(edited.text).toBe('aaa QUUUUTE ');
    expect(edited.text.slice(edited.map(4, 'start')!, edited.map(9, 'end')!)).toBe('QUUUUTE');
    expect(edited.map(11, 'start')).toBeUndefined();
  });
});
