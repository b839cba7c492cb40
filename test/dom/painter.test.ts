import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHighlightPainter } from '../../src/content/highlighting/painter';

afterEach(() => vi.unstubAllGlobals());

describe('the highlight painter', () => {
  it('tells when what it painted no longer lies on text in the page', () => {
    // happy-dom has no CSS Custom Highlight API: a registry and Highlight stand in for it.
    vi.stubGlobal('CSS', { highlights: new Map() });
    vi.stubGlobal('Highlight', class extends Set<Range> {
      priority = 0;
      constructor(...ranges: Range[]) {
        super(ranges);
      }
    });
    document.body.innerHTML = '<p>Mayor Helen Okafor said the barrier would be built.</p><p>Another paragraph.</p>';
    const painter = createHighlightPainter();
    const range = document.createRange();
    const text = document.querySelector('p')!.firstChild!;
    range.setStart(text, 6);
    range.setEnd(text, 18);
    painter.set('gloss-per', [range]);
    expect(painter.isIntact()).toBe(true);
    // Another paragraph rendered again leaves the painted one alone.
    const other = document.querySelectorAll('p')[1]!;
    other.replaceWith(other.cloneNode(true));
    expect(painter.isIntact()).toBe(true);
    // The painted paragraph rendered again: the same text, in new nodes.
    const painted = document.querySelector('p')!;
    painted.replaceWith(painted.cloneNode(true));
    expect(painter.isIntact()).toBe(false);
    painter.clear('gloss-');
    expect(painter.isIntact()).toBe(true);
  });
});
