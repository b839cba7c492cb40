/**
 * A plain description of one element of the page, built by the content script in a
 * single pass without layout reads. The detector works on these alone, so it is
 * tested in Node and could run anywhere.
 */
export interface BlockDescriptor {
  /** Index of the parent descriptor, or -1 for the top. Parents come before children. */
  parent: number;
  /** Lower-case tag name. */
  tag: string;
  /** Lower-case class and id, space-separated, for boilerplate hints. */
  hints: string;
  /** The role attribute, lower-case. */
  role: string;
  /** Hidden by attribute or inline style (hidden, aria-hidden, display:none). */
  hidden: boolean;
  /** Whitespace-collapsed length of the element's own text-node children. */
  ownTextLength: number;
  /** Commas in the element's own text. */
  ownCommas: number;
  /**
   * Set on a furniture element described as one block, its descendants not listed (a
   * small menu or share bar): then ownTextLength and ownCommas cover its whole subtree,
   * and this is the part of that text inside links.
   */
  summarizedLinkTextLength?: number;
  /** Lower-case text of a short heading (h2-h6), else empty: "related stories" marks a link section. */
  label?: string;
  /** Lower-case start of the own text of a short element ("read more:", "advertisement"), else empty. */
  lead?: string;
  /** The own text of a short element is in capitals (it has capital letters and no small ones). */
  shouted?: boolean;
}

/** Totals over each descriptor's subtree, computed once. */
export interface BlockTotals {
  textLength: number[];
  linkTextLength: number[];
  commas: number[];
  children: number[][];
  /** Just past each block's subtree: its descendants are the blocks from i + 1 up to this (preorder). */
  subtreeEnd: number[];
}

/** Sums text, link text and commas over every subtree (children come after parents). */
export function computeTotals(blocks: readonly BlockDescriptor[]): BlockTotals {
  const n = blocks.length;
  // Plain loops, not map(): this runs once per page, on code not yet warmed up, where a
  // callback per block costs several times the loop.
  const textLength = new Array<number>(n);
  const commas = new Array<number>(n);
  const linkTextLength = new Array<number>(n);
  const children = new Array<number[]>(n);
  const subtreeEnd = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const block = blocks[i]!;
    textLength[i] = block.ownTextLength;
    commas[i] = block.ownCommas;
    linkTextLength[i] = 0;
    children[i] = [];
    subtreeEnd[i] = i + 1;
    if (block.parent >= 0) children[block.parent]!.push(i);
  }
  for (let i = n - 1; i >= 0; i--) {
    const block = blocks[i]!;
    if (block.tag === 'a') linkTextLength[i] = textLength[i]!;
    else if (block.summarizedLinkTextLength !== undefined) linkTextLength[i] = block.summarizedLinkTextLength;
    const parent = block.parent;
    if (parent < 0) continue;
    subtreeEnd[parent] = Math.max(subtreeEnd[parent]!, subtreeEnd[i]!);
    textLength[parent]! += textLength[i]!;
    commas[parent]! += commas[i]!;
    linkTextLength[parent]! += linkTextLength[i]!;
  }
  return { textLength, linkTextLength, commas, children, subtreeEnd };
}

/** Share of an element's text that sits inside links. */
export function linkDensity(totals: BlockTotals, index: number): number {
  const text = totals.textLength[index]!;
  return text === 0 ? 0 : Math.min(1, totals.linkTextLength[index]! / text);
}

/** Tags of blocks that hold a paragraph of text. */
export const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'blockquote', 'dd']);

/** Furniture by its very tag: however much text it holds, it is no wrapper (a live feed in an <aside> can outweigh the article). */
const NEVER_WRAPPERS = new Set(['aside', 'nav', 'footer']);

/**
 * A "furniture" element that holds most of the text around it is a wrapper (an ASP.NET
 * page-wide <form>, a "sidebar-layout" div around the content), not furniture.
 */
export function isWrapper(blocks: readonly BlockDescriptor[], totals: BlockTotals, i: number, around: number): boolean {
  if (NEVER_WRAPPERS.has(blocks[i]!.tag)) return false;
  const text = totals.textLength[i]!;
  return text > 1000 && text >= 0.5 * totals.textLength[around]!;
}
