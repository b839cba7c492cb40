/**
 * One pass over the live DOM that turns elements into plain block descriptors for
 * core/article. No layout is read (no geometry, no computed style): that keeps it
 * near 2 ms even while the page is still changing.
 */
import type { BlockDescriptor } from '../../core/article/block';
import { SKIPPED_TAGS } from '../../core/article/hints';
import { isGlossNode } from '../shadow-ui/marker';

/** Most elements described; a page beyond this is treated as not an article. */
export const MAX_ELEMENTS = 60_000;

/** Descriptors and the elements they describe (same index). */
export interface CollectedBlocks {
  blocks: BlockDescriptor[];
  elements: Element[];
  truncated: boolean;
}

function collapsedLength(text: string): number {
  let length = 0;
  let inSpace = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || code === 10 || code === 9 || code === 13 || code === 12 || code === 160;
    if (!space) length++;
    else if (!inSpace) length++;
    inSpace = space;
  }
  return length;
}

/** Leads are kept for short elements only ("READ MORE:", "Advertisement"), and only their start. */
const LEAD_LENGTH = 40;
const MAX_LEAD_OWNER = 200;

const HEADING_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/** A heading's text, lower-cased, when short enough to be a section label. */
function headingLabel(element: Element): string {
  const text = element.textContent ?? '';
  return text.length > 120 ? '' : text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Hidden by attribute or inline style; read without touching layout. */
export function isHiddenElement(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Describes every element under `top` in document order; parents before children. */
export function collectBlocks(top: Element): CollectedBlocks {
  const blocks: BlockDescriptor[] = [];
  const elements: Element[] = [];
  const indexOf = new Map<Element, number>();
  const walker = top.ownerDocument.createTreeWalker(top, 1 /* NodeFilter.SHOW_ELEMENT */, {
    acceptNode: (node) => {
      const element = node as Element;
      return SKIPPED_TAGS.has(element.localName) || isGlossNode(element) ? 2 /* REJECT */ : 1 /* ACCEPT */;
    },
  });
  let truncated = false;
  for (let element: Element | null = top; element; element = walker.nextNode() as Element | null) {
    if (blocks.length >= MAX_ELEMENTS) {
      truncated = true;
      break;
    }
    let ownTextLength = 0;
    let ownCommas = 0;
    let lead = '';
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType !== 3) continue;
      const data = (child as Text).data;
      const length = collapsedLength(data);
      if (lead.length < LEAD_LENGTH && length > 0) lead += data;
      ownTextLength += length;
      for (let i = data.indexOf(','); i >= 0; i = data.indexOf(',', i + 1)) ownCommas++;
    }
    const parentElement = element === top ? null : element.parentElement;
    indexOf.set(element, blocks.length);
    elements.push(element);
    blocks.push({
      parent: parentElement ? (indexOf.get(parentElement) ?? -1) : -1,
      tag: element.localName,
      hints: `${typeof element.className === 'string' ? element.className : ''} ${element.id}`.toLowerCase().slice(0, 300).trim(),
      role: (element.getAttribute('role') ?? '').toLowerCase(),
      hidden: isHiddenElement(element),
      ownTextLength,
      ownCommas,
      label: HEADING_TAGS.has(element.localName) ? headingLabel(element) : '',
      lead: ownTextLength > 0 && ownTextLength < MAX_LEAD_OWNER ? lead.trimStart().slice(0, LEAD_LENGTH).toLowerCase() : '',
    });
  }
  return { blocks, elements, truncated };
}
