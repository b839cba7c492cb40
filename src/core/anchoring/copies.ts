/** Copies of a quote in a whitespace-folded text, each with how much of its stored context it repeats. */
import { foldSpaces } from '../model/whitespace';
import { contextShare } from './context';
import type { CollapsedText } from './whitespace-map';
import { collapseWhitespace } from './whitespace-map';

/** One copy, in folded-text offsets. */
export interface Copy {
  start: number;
  end: number;
  share: number;
}

/** A quote and its context as the folded text spells them. */
export interface FoldedQuote {
  quote: string;
  prefix: string;
  suffix: string;
}

/** Folds a stored quote the way the text is folded; context keeps its edge spaces. */
export function foldQuote(exact: string, prefix: string, suffix: string): FoldedQuote {
  return { quote: collapseWhitespace(exact).text, prefix: foldSpaces(prefix), suffix: foldSpaces(suffix) };
}

/** Every copy of the folded quote in the folded text, in document order. */
export function findCopies(view: CollapsedText, folded: FoldedQuote): Copy[] {
  const copies: Copy[] = [];
  const { quote, prefix, suffix } = folded;
  if (!quote) return copies;
  for (let at = view.text.indexOf(quote); at >= 0; at = view.text.indexOf(quote, at + 1)) {
    copies.push({ start: at, end: at + quote.length, share: contextShare(view.text, at, at + quote.length, prefix, suffix) });
  }
  return copies;
}

/** True when a copy repeats all of its stored context. */
export const isFullCopy = (copy: Copy) => copy.share >= 0.999;
