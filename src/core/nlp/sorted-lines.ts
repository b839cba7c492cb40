/**
 * Lookups by binary search in a file's own sorted text of lines: nothing is split or
 * hashed at load, which kept 30,000 names from adding 12 ms to the first analysis after
 * the background starts. Lines must be sorted in JavaScript's string order.
 */

/**
 * Ends each line. Not "\n": the bundle writes a line break as an escape, and Chromium
 * compiled the 1.8 MB word-cluster string, escapes and all, in 5-7 ms, against 3 ms
 * without them. No entry may contain it (the build scripts leave such entries out).
 */
export const LINE_END = '|';

/** Ends a table line's key; it sorts before every character a key may hold. */
export const KEY_END = ' ';

/** What an entry may not hold: the line end, and what a bundled string would escape. */
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

/** A lookup of the value stored after a key. */
export interface SortedTable {
  get(key: string): string | undefined;
}

/** A line's key: up to its first `separator`, or the whole line. */
function keyOf(line: string, separator: string | undefined): string {
  const cut = separator === undefined ? -1 : line.indexOf(separator);
  return cut < 0 ? line : line.slice(0, cut);
}

/**
 * The first line whose key is not below `key` in string order, or undefined past the
 * last. A line's key ends at its first `separator`, which must sort before every
 * character of a key, so that lines sorted whole are sorted by key.
 */
function firstLineFrom(text: string, key: string, separator?: string): string | undefined {
  let low = 0;
  let high = text.length;
  let found: string | undefined;
  while (low < high) {
    const middle = (low + high) >> 1;
    const start = text.lastIndexOf(LINE_END, middle - 1) + 1;
    const lineEnd = text.indexOf(LINE_END, middle);
    const end = lineEnd < 0 ? text.length : lineEnd;
    const line = text.slice(start, end);
    if (keyOf(line, separator) < key) low = end + 1;
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

/** Values in sorted lines of the form "key value" (KEY_END between; "" for a line that is only its key). */
export function sortedTable(text: string): SortedTable {
  return {
    get(key) {
      const line = firstLineFrom(text, key, KEY_END);
      if (line === undefined || keyOf(line, KEY_END) !== key) return undefined;
      return line.slice(key.length + 1);
    },
  };
}
