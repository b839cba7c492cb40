/**
 * Sentence boundaries in news text: block boundaries (blank lines) always end a
 * sentence; . ! ? end one unless they close an abbreviation, an initial or a number, or
 * stand inside a quotation that closes in the same paragraph. A dateline ("WASHINGTON —")
 * is not part of the first sentence.
 */
import { type TextRange, trimRange } from '../model/text-range';

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms mx dr prof sen rep gov gen col lt sgt capt cmdr adm maj st jr sr rev hon pres supt insp det ' +
    'inc corp co ltd llc plc bros dept univ assn est approx vs etc al fig no nos vol pp ed eds ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'ave blvd rd mt ft ca cf e.g i.e u.s u.k u.n e.u a.m p.m d.c n.y l.a'
  ).split(' '),
);

/** Words whose final period may still end the sentence when a capital follows ("in the U.S. The ..."). */
const SENTENCE_FINAL_ABBREVIATIONS = new Set(['u.s', 'u.k', 'u.n', 'e.u', 'etc', 'a.m', 'p.m', 'd.c']);

const BOUNDARY = /[.!?]+["'”’)\]]*(?=\s)/g;

function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && /[\p{L}\p{N}.]/u.test(text[start - 1]!)) start--;
  return text.slice(start, end);
}

const SENTENCE_STARTERS = /^(The|A|An|It|He|She|They|We|I|In|But|And|This|That|These|Those|There|His|Her|Its|Their|Our|My|On|At|As|If|When|What|Who|How|Why|Where|Then|However|After|While|Although|For|To)\b/;

/** A rank in a list run into one paragraph: the number after "results:", a comma or the block's start ("1. Falilat Ogunkoya, 2. Jearl Miles"). */
const RANK = /(?:^|[,:;]\s*)\d{1,2}$/;

/** True when the period at dotAt closes an abbreviation, an initial or a rank rather than the sentence. */
function isAbbreviationDot(text: string, dotAt: number, next: string): boolean {
  const word = wordBefore(text, dotAt).toLowerCase();
  if (!word) return false;
  // An initial ("J. Smith", "J. A. Smith"), unless a sentence's first word follows: a
  // variable or a part's number ends the sentence ("the matrix B. This", "Part I. What").
  if (/^\p{L}$/u.test(word)) return !SENTENCE_STARTERS.test(next) || /^\p{L}\./u.test(next);
  // Six characters hold a separator, a space and the number; "^" in RANK is the block's start only when the slice begins there.
  if (RANK.test(text.slice(Math.max(0, dotAt - 6), dotAt))) return true;
  // "in the U.S. The ..." ends a sentence; "U.S. Army" does not.
  if (SENTENCE_FINAL_ABBREVIATIONS.has(word)) return !SENTENCE_STARTERS.test(next);
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true; // "e.g", "i.e", "N.Y"
  return ABBREVIATIONS.has(word);
}

/** A news dateline opening a paragraph: "WASHINGTON —", "LONDON (Reuters) -", "PARIS, Nov. 3 (AP) —". */
const DATELINE = /^\s*[\p{Lu}][\p{Lu}\p{M} .,'’-]{1,40}(?:,[^—–\-()]{1,20})?(?:\s*\([^)]{1,30}\))?\s*[—–-]{1,2}\s+/u;

/**
 * Offsets (in the block) of quotations that close within the block: sentence ends inside
 * them do not end the sentence ("We will rebuild. We always have," she said.).
 */
function closedQuotations(block: string): [number, number][] {
  const spans: [number, number][] = [];
  const pairs = /“[^“”]*”|"[^"\n]*"/g;
  for (const match of block.matchAll(pairs)) spans.push([match.index!, match.index! + match[0].length]);
  return spans;
}

function splitBlock(text: string, blockStart: number, blockEnd: number, out: TextRange[]): void {
  const block = text.slice(blockStart, blockEnd);
  const dateline = DATELINE.exec(block);
  // A dateline is followed by the sentence proper, which starts with a capital.
  let sentenceStart = dateline && /^["“']?\p{Lu}/u.test(block.slice(dateline[0].length)) ? dateline[0].length : 0;
  const quotations = closedQuotations(block);
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(block); match; match = BOUNDARY.exec(block)) {
    const end = match.index + match[0].length;
    const rest = block.slice(end).trimStart();
    const next = rest.slice(0, 12);
    if (!next) break;
    const punct = block[match.index]!;
    if (punct === '.' && match[0].length === 1 && isAbbreviationDot(block, match.index, next)) continue;
    if (/^[a-z]/.test(next)) continue; // "said the U.S. official" or an ellipsis mid-sentence
    if (quotations.some(([from, to]) => match!.index > from && end < to)) continue; // inside a quotation
    const range = trimRange(text, blockStart + sentenceStart, blockStart + end);
    if (range.end > range.start) out.push(range);
    sentenceStart = end;
  }
  const last = trimRange(text, blockStart + sentenceStart, blockEnd);
  if (last.end > last.start) out.push(last);
}

/** Splits text into sentence ranges; a blank line (block boundary) always ends one. */
export function splitSentences(text: string): TextRange[] {
  const out: TextRange[] = [];
  const blockBreak = /\n[^\S\n]*\n\s*/g;
  let blockStart = 0;
  for (let match = blockBreak.exec(text); match; match = blockBreak.exec(text)) {
    splitBlock(text, blockStart, match.index, out);
    blockStart = match.index + match[0].length;
  }
  splitBlock(text, blockStart, text.length, out);
  return out;
}
