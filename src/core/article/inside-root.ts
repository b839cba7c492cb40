/**
 * What inside the article root is not article text: boilerplate lines and link sections
 * found by what they say, link lists, furniture, and the headline, bylines and captions.
 */
import { type BlockDescriptor, type BlockTotals, isWrapper, linkDensity } from './block';
import { BOILERPLATE_LEADS, META_HINTS, RELATED_LABELS, isFurniture } from './hints';

const LINE_TAGS = new Set(['p', 'div', 'li', 'section', 'aside', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'blockquote', 'dd', 'dt', 'td']);

/** The nearest line-level block around an element (the <p> around a <strong>READ MORE:</strong>). */
function enclosingBlock(blocks: readonly BlockDescriptor[], i: number, root: number): number {
  for (let at = i; at > root; at = blocks[at]!.parent) if (LINE_TAGS.has(blocks[at]!.tag)) return at;
  return i;
}

/** A block whose text is nearly all one or more links ("<p><a>Other story</a></p>"). */
function isLinkLine(blocks: readonly BlockDescriptor[], totals: BlockTotals, i: number): boolean {
  const text = totals.textLength[i]!;
  return text > 0 && text < 200 && linkDensity(totals, i) >= 0.9 && LINE_TAGS.has(blocks[i]!.tag);
}

/**
 * A line of capitals that is all link: a promo for another story or the app ("GET FOX
 * BUSINESS ON THE GO BY CLICKING HERE"). Every element in it with text of its own is in capitals.
 */
function isShoutedLinkLine(blocks: readonly BlockDescriptor[], totals: BlockTotals, i: number): boolean {
  if (!isLinkLine(blocks, totals, i) || totals.textLength[i]! < 20) return false;
  for (let at = i; at < totals.subtreeEnd[i]!; at++) if (blocks[at]!.ownTextLength > 0 && !blocks[at]!.shouted) return false;
  return true;
}

/**
 * Boilerplate inside the article, found by what it says: lines that begin like
 * boilerplate ("READ MORE:", "Advertisement"), sections introduced by a "Related" /
 * "You may also like" cue with the link lines after it, runs of two or more lines
 * that are nothing but links, and single link lines in capitals.
 */
function boilerplateSections(blocks: readonly BlockDescriptor[], totals: BlockTotals, root: number): number[] {
  const out: number[] = [];
  for (let i = root + 1; i < totals.subtreeEnd[root]!; i++) {
    const block = blocks[i]!;
    if (block.lead && BOILERPLATE_LEADS.test(block.lead)) {
      const line = enclosingBlock(blocks, i, root);
      if (totals.textLength[line]! < 300) out.push(line);
      continue;
    }
    const cue = block.label || block.lead;
    if (!cue || !RELATED_LABELS.test(cue)) continue;
    const line = block.label ? i : enclosingBlock(blocks, i, root);
    if (totals.textLength[line]! > 120) continue; // a sentence that merely starts with "Latest", not a section title
    const parent = blocks[line]!.parent;
    if (parent !== root && linkDensity(totals, parent) > 0.25 && totals.textLength[parent]! < 0.3 * totals.textLength[root]!) {
      out.push(parent);
      continue;
    }
    out.push(line);
    const siblings = totals.children[parent]!;
    for (const sibling of siblings.slice(siblings.indexOf(line) + 1)) {
      if (blocks[sibling]!.label) break;
      if (linkDensity(totals, sibling) <= 0.25 && !['ul', 'ol'].includes(blocks[sibling]!.tag)) break;
      out.push(sibling);
    }
  }
  for (let i = root; i < totals.subtreeEnd[root]!; i++) {
    const children = totals.children[i]!;
    for (let k = 0; k < children.length; k++) {
      if (!isLinkLine(blocks, totals, children[k]!)) continue;
      let end = k;
      while (end + 1 < children.length && isLinkLine(blocks, totals, children[end + 1]!)) end++;
      if (end > k) out.push(...children.slice(k, end + 1));
      else if (isShoutedLinkLine(blocks, totals, children[k]!)) out.push(children[k]!);
      k = end;
    }
  }
  return out;
}

/** The headline (metadata, not body text) and bylines, datelines, captions, tag lists. */
function isMetaInside(block: BlockDescriptor): boolean {
  return block.tag === 'h1' || block.tag === 'figure' || block.tag === 'figcaption' || (block.hints !== '' && META_HINTS.test(block.hints));
}

const LIST_LIKE_TAGS = new Set(['ul', 'ol', 'div', 'section', 'nav', 'table']);

/**
 * The topmost blocks inside the article root to leave out: those already named (split-off
 * siblings, boilerplate sections), link lists, and furniture. A block inside one that is
 * out is not listed again, so its text is never subtracted twice.
 */
function furnitureInside(
  blocks: readonly BlockDescriptor[],
  totals: BlockTotals,
  root: number,
  named: readonly number[],
): number[] {
  const isNamed = new Set(named);
  const excluded: number[] = [];
  const isOut = new Array<boolean>(blocks.length).fill(false);
  for (let i = root + 1; i < totals.subtreeEnd[root]!; i++) {
    const block = blocks[i]!;
    if (isOut[block.parent]) {
      isOut[i] = true;
      continue;
    }
    const linky = LIST_LIKE_TAGS.has(block.tag) && totals.textLength[i]! > 0 && linkDensity(totals, i) > 0.5;
    const furniture = block.hidden || ((isFurniture(block) || linky || isMetaInside(block)) && !isWrapper(blocks, totals, i, root));
    if (isNamed.has(i) || furniture) {
      isOut[i] = true;
      excluded.push(i);
    }
  }
  return excluded;
}

/** The topmost blocks inside root to leave out of the text, with `leftOut` (split-off siblings) among them. */
export function excludedInside(blocks: readonly BlockDescriptor[], totals: BlockTotals, root: number, leftOut: readonly number[]): number[] {
  return furnitureInside(blocks, totals, root, [...leftOut, ...boilerplateSections(blocks, totals, root)]);
}
