/**
 * One pass over the live DOM that turns elements into plain block descriptors for
 * core/article. No layout is read (no geometry, no computed style): that keeps it
 * near 2 ms even while the page is still changing.
 */
import type { BlockDescriptor } from '../../core/article/block';
import { LIMITS } from '../../core/model/limits';
import { squashedLength, squashWhitespace } from '../../core/model/whitespace';
import { HEADING_SLUG, isFurniture, isFurnitureByHintsOnly, SKIPPED_TAGS } from '../../core/article/hints';
import { UI_HOST_TAG } from '../shadow-ui/marker';

/** Descriptors and the elements they describe (same index). */
export interface CollectedBlocks {
  blocks: BlockDescriptor[];
  elements: Element[];
  truncated: boolean;
  /** Furniture by class, id or role alone that was summarized, holding this much text at most. */
  largestSummarizedByHints: number;
  /** The first walked element marked rel=author or itemprop=author (a byline candidate). */
  authorMarked: Element | undefined;
}

/**
 * rel=author or itemprop=author, read during the walk. Inside summarized furniture only
 * links are read (for rel=author): an attribute query there, or over the whole page, cost
 * more than the whole walk in jsdom.
 */
function isAuthorMarked(element: Element, tag: string): boolean {
  if ((element.getAttribute('itemprop') ?? '').includes('author')) return true;
  return tag === 'a' && element.getAttribute('rel') === 'author';
}

/**
 * Furniture holding less text than this is described as one block, its inside unread:
 * detection never looks inside furniture, and below this much text it cannot be the
 * page-wide wrapper that detection treats as content (core/article/detect isWrapper).
 */
const SUMMARY_LIMIT = 1000;

/** What summarizing a furniture subtree found inside it. */
interface Summary {
  /** Its first link marked rel=author. */
  authorLink: Element | undefined;
}

/**
 * Describes small furniture as one block: its whole subtree's text, link text and commas
 * read natively (textContent), its descendants neither walked nor listed. Reading inside
 * menus, share bars and sidebars node by node was most of the walk's time. Undefined (and
 * the block untouched) when it holds too much text to be summarized.
 */
function summarizeFurniture(element: Element, block: BlockDescriptor): Summary | undefined {
  const text = element.textContent ?? '';
  const textLength = squashedLength(text);
  if (!block.hidden && textLength >= SUMMARY_LIMIT) return undefined;
  let linkText = 0;
  let authorLink: Element | undefined;
  const links = element.getElementsByTagName('a');
  // item(i), not links[i]: indexing a collection goes through a proxy in jsdom, at ten times the cost.
  for (let i = 0; i < links.length; i++) {
    const link = links.item(i)!;
    linkText += squashedLength(link.textContent ?? '');
    if (!authorLink && link.getAttribute('rel') === 'author') authorLink = link;
  }
  block.ownTextLength = textLength;
  block.summarizedLinkTextLength = Math.min(linkText, block.ownTextLength);
  block.ownCommas = 0;
  for (let i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) block.ownCommas++;
  block.lead = '';
  return { authorLink };
}

/** Leads are kept for short elements only ("READ MORE:", "Advertisement"), and only their start. */
const LEAD_LENGTH = 40;
const MAX_LEAD_OWNER = 200;

const HEADING_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/** A heading's text, lower-cased, when short enough to be a section label. */
function headingLabel(element: Element): string {
  const text = element.textContent ?? '';
  return text.length > 120 ? '' : squashWhitespace(text).toLowerCase();
}

/** Hidden by attribute or inline style; read without touching layout. */
export function isHiddenElement(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Lower-case class and id, for boilerplate hints; an id made of a heading's words says nothing. */
function hintsOf(element: Element): string {
  const className = typeof element.className === 'string' ? element.className : '';
  const id = element.id;
  const hints = id && !HEADING_SLUG.test(id) ? `${className} ${id}` : className;
  return hints.toLowerCase().slice(0, 300).trim();
}

/** One element's descriptor: its own text (trimmed length, commas, start), hints and visibility. */
function describe(element: Element, tag: string, parent: number, bare: boolean): BlockDescriptor {
  let ownTextLength = 0;
  let ownCommas = 0;
  let start = '';
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType !== 3) continue;
    const data = (child as Text).data;
    // Trimmed length: source indentation and line breaks around text are not text.
    const length = data.trim().length;
    if (length === 0) continue;
    if (start.length < LEAD_LENGTH) start += data;
    ownTextLength += length;
    for (let i = data.indexOf(','); i >= 0; i = data.indexOf(',', i + 1)) ownCommas++;
  }
  start = ownTextLength > 0 && ownTextLength < MAX_LEAD_OWNER ? start.trimStart().slice(0, LEAD_LENGTH) : '';
  const lead = start.toLowerCase();
  return {
    parent,
    tag,
    hints: bare ? '' : hintsOf(element),
    role: bare ? '' : (element.getAttribute('role') ?? '').toLowerCase(),
    hidden: !bare && isHiddenElement(element),
    ownTextLength,
    ownCommas,
    label: HEADING_TAGS.has(tag) ? headingLabel(element) : '',
    lead,
    // Set in capitals ("GET THE APP BY CLICKING HERE"): it has capital letters and no small ones.
    shouted: lead !== start && start === start.toUpperCase(),
  };
}

/**
 * Describes every element under `top` in document order, parents before children; with
 * `summarizeFurniture`, small furniture subtrees as single blocks.
 */
export function collectBlocks(top: Element, summarizeSmallFurniture = true): CollectedBlocks {
  const blocks: BlockDescriptor[] = [];
  const elements: Element[] = [];
  // A hand-written preorder walk: a TreeWalker with a filter calls back into JS for every
  // node, which made this pass twice as slow in Chromium.
  const parents: number[] = [];
  let truncated = false;
  let largestSummarizedByHints = 0;
  let authorMarked: Element | undefined;
  let node: Element | null = top;
  while (node) {
    if (blocks.length >= LIMITS.PAGE_ELEMENTS) {
      truncated = true;
      break;
    }
    // Read once: each read of localName is a call into the browser.
    const tag = node.localName;
    const skipped = node !== top && (SKIPPED_TAGS.has(tag) || tag === UI_HOST_TAG);
    if (!skipped) {
      const index = blocks.length;
      // Most elements carry no attributes at all: skip every attribute read for them.
      const bare = !node.hasAttributes();
      const block = describe(node, tag, parents.at(-1) ?? -1, bare);
      if (!bare && !authorMarked && isAuthorMarked(node, tag)) authorMarked = node;
      elements.push(node);
      blocks.push(block);
      const summary: Summary | undefined = summarizeSmallFurniture && node !== top && isFurniture(block) ? summarizeFurniture(node, block) : undefined;
      if (summary && isFurnitureByHintsOnly(block)) largestSummarizedByHints = Math.max(largestSummarizedByHints, block.ownTextLength);
      authorMarked ??= summary?.authorLink;
      const child: Element | null = summary ? null : node.firstElementChild;
      if (child) {
        parents.push(index);
        node = child;
        continue;
      }
    }
    let next: Element | null = null;
    while (node && node !== top && !(next = node.nextElementSibling)) {
      node = node.parentElement;
      parents.pop();
    }
    node = node && node !== top ? next : null;
  }
  return { blocks, elements, truncated, largestSummarizedByHints, authorMarked };
}
