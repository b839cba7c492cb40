import type { AnnotationTarget } from '../model/annotation';
import { LIMITS } from '../model/limits';
import { type Copy, findCopies, foldQuote, isFullCopy } from './copies';
import { editedCopies, requiredShare } from './resolve';
import { collapseWhitespace } from './whitespace-map';

/**
 * Describes text[start, end) by its quote, context and position, for re-anchoring later.
 * When the page holds the same passage (quote and context) more than once, it also notes
 * which of those copies this is, since nothing else will tell them apart later; when it
 * holds a look-alike (the same or a slightly different quote, much the same context), how
 * close that look-alike is: if the passage is later deleted, the look-alike must not win.
 */
export function describeSpan(text: string, start: number, end: number): AnnotationTarget {
  const quote = {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - LIMITS.CONTEXT), start),
    suffix: text.slice(end, end + LIMITS.CONTEXT),
  };
  const target: AnnotationTarget = { quote, position: { start, end } };
  const view = collapseWhitespace(text, false);
  const folded = foldQuote(quote.exact, quote.prefix, quote.suffix);
  const copies = findCopies(view, folded);
  const twins = copies.filter(isFullCopy);
  if (twins.length > 1) {
    const index = twins.findIndex((copy) => view.origin[copy.start]! >= start);
    if (index >= 0) target.occurrence = { index, count: twins.length };
    return target;
  }
  const own = copies.findIndex((copy) => view.origin[copy.start]! >= start);
  const ownCopy = copies[own];
  const isOwn = (hit: Copy) => ownCopy !== undefined && hit.start < ownCopy.end && hit.end > ownCopy.start;
  const lookAlikes = [...copies.filter((_, i) => i !== own), ...editedCopies(view, folded).filter((hit) => !isOwn(hit))];
  if (lookAlikes.length > 0) {
    // Once the passage is deleted, its context sits next to a look-alike within reach and
    // vouches for it ("…going to see a [quote]" in the lede, the quote gone from the body):
    // the look-alikes are weighed as they would stand then, too.
    const withoutPassage = collapseWhitespace(text.slice(0, start) + text.slice(end), false);
    lookAlikes.push(...findCopies(withoutPassage, folded), ...editedCopies(withoutPassage, folded));
  }
  const rival = Math.max(0, ...lookAlikes.map((copy) => copy.share));
  if (rival >= requiredShare(folded.quote.length)) target.rival = Math.round(rival * 1000) / 1000;
  return target;
}
