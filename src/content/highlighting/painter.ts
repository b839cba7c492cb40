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
  /**
   * True while every painted range still lies on text in the page. A page that renders the
   * article again (hydration, a re-render) puts the same text in new nodes, and ranges on
   * the removed ones show nothing.
   */
  isIntact(): boolean;
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

/** Both ends of the range are in text nodes still in the page (a removed node's range ends move to its parent). */
function isOnLiveText(range: Range): boolean {
  const isLiveText = (node: Node) => node.nodeType === Node.TEXT_NODE && node.isConnected;
  return isLiveText(range.startContainer) && isLiveText(range.endContainer);
}

/** A painter over CSS.highlights; where the API is missing it paints nothing and says so. */
export function createHighlightPainter(): Painter {
  const registry = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : undefined;
  const owned = new Map<string, readonly Range[]>();
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
      owned.set(style, ranges);
    },
    clear(prefix) {
      for (const style of [...owned.keys()]) {
        if (!style.startsWith(prefix)) continue;
        registry?.delete(style);
        owned.delete(style);
      }
    },
    isIntact: () => [...owned.values()].every((ranges) => ranges.every(isOnLiveText)),
  };
}
