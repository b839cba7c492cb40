import { describe, expect, it } from 'vitest';
import { scrollBehavior } from '../../src/content/features/page-api';

const viewPreferring = (reduce: boolean) => ({ matchMedia: (query: string) => ({ matches: reduce && query === '(prefers-reduced-motion: reduce)' }) as MediaQueryList });

describe('scrolling to a note, a mention or a claim', () => {
  it('jumps for a reader who asked the system for less motion, and glides otherwise', () => {
    expect(scrollBehavior(viewPreferring(true))).toBe('auto');
    expect(scrollBehavior(viewPreferring(false))).toBe('smooth');
    // A view without matchMedia, or none, still scrolls.
    expect(scrollBehavior({} as Window)).toBe('smooth');
    expect(scrollBehavior(null)).toBe('smooth');
  });
});
