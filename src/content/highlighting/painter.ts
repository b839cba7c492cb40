/**
 * Paints ranges through the CSS Custom Highlight API, which never touches the page's
 * DOM or layout. Each style has its own named highlight ("gloss-per", "gloss-note-blue");
 * content.css gives each a look that differs by more than colour.
 */

/** A painter for named highlight styles. */
export interface Painter {
  /** Replaces every range painted with this style. */
  set(style: string, ranges: readonly Range[]): void;
  /** Removes every style starting with prefix ("gloss-note-"). */
  clear(prefix: string): void;
  readonly supported: boolean;
}

/** Highlight priorities: notes above entities above claims. */
const PRIORITIES: [string, number][] = [
  ['gloss-note-', 30],
  ['gloss-focus', 40],
  ['gloss-claim', 10],
  ['gloss-', 20],
];

function priorityOf(style: string): number {
  return PRIORITIES.find(([prefix]) => style.startsWith(prefix))?.[1] ?? 0;
}

/** A painter over CSS.highlights; where the API is missing it paints nothing and says so. */
export function createHighlightPainter(): Painter {
  const registry = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : undefined;
  const owned = new Set<string>();
  return {
    supported: registry !== undefined && typeof Highlight === 'function',
    set(style, ranges) {
      if (!registry) return;
      if (ranges.length === 0) {
        registry.delete(style);
        owned.delete(style);
        return;
      }
      const highlight = new Highlight(...ranges);
      highlight.priority = priorityOf(style);
      registry.set(style, highlight);
      owned.add(style);
    },
    clear(prefix) {
      for (const style of [...owned]) {
        if (!style.startsWith(prefix)) continue;
        registry?.delete(style);
        owned.delete(style);
      }
    },
  };
}
