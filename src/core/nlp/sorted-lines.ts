/**
 * Lookups by binary search in a file's own sorted text of lines: nothing is split or
 * hashed at load, which kept 30,000 names from adding 12 ms to the first analysis after
 * the background starts. Lines must be sorted in JavaScript's string order.
 */

/**
 * Ends each line. Not "\n", which a JSON file writes as an escape (these lists were once
 * strings of the bundle, where escapes cost compile time). No entry may contain it (the
 * build scripts leave such entries out).
 */
export const LINE_END = '|';

/** What an entry may not hold: the line end, and quotes, backslashes and control characters, which no name needs. */
export const UNSTORABLE = /[|"`\\\p{Cc}]/u;

/** The text of sorted lines for a model file (build scripts): entries that can be stored, sorted, joined. */
export function sortedText(entries: Iterable<string>): string {
  return [...entries]
    .filter((entry) => !UNSTORABLE.test(entry))
    .sort()
    .join(LINE_END);
}

/** A membership test over a list. */
export interface NameList {
  has(name: string): boolean;
}

/** A list that also tells whether any entry begins with a prefix. */
export interface PrefixList extends NameList {
  hasPrefix(prefix: string): boolean;
}

/** The first line not below `key` in string order, or undefined past the last. */
function firstLineFrom(text: string, key: string): string | undefined {
  let low = 0;
  let high = text.length;
  let found: string | undefined;
  while (low < high) {
    const middle = (low + high) >> 1;
    const start = text.lastIndexOf(LINE_END, middle - 1) + 1;
    const lineEnd = text.indexOf(LINE_END, middle);
    const end = lineEnd < 0 ? text.length : lineEnd;
    const line = text.slice(start, end);
    if (line < key) low = end + 1;
    else {
      found = line;
      high = start;
    }
  }
  return found;
}

/** Membership in sorted lines, each a whole entry ("new york"). */
export function sortedLines(text: string): PrefixList {
  return {
    has: (name) => firstLineFrom(text, name) === name,
    hasPrefix: (prefix) => firstLineFrom(text, prefix)?.startsWith(prefix) ?? false,
  };
}
