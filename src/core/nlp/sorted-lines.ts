/**
 * Lookups by binary search in a file's own sorted, "\n"-joined text: nothing is split or
 * hashed at load, which kept 30,000 names from adding 12 ms to the first analysis after
 * the background starts. Lines must be sorted in JavaScript's string order.
 */

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
 * character of a key (a tab does), so that lines sorted whole are sorted by key.
 */
function firstLineFrom(text: string, key: string, separator?: string): string | undefined {
  let low = 0;
  let high = text.length;
  let found: string | undefined;
  while (low < high) {
    const middle = (low + high) >> 1;
    const start = text.lastIndexOf('\n', middle - 1) + 1;
    const newline = text.indexOf('\n', middle);
    const end = newline < 0 ? text.length : newline;
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

/** Values in sorted lines of the form "key\tvalue" ("" for a line that is only its key). */
export function sortedTable(text: string): SortedTable {
  return {
    get(key) {
      const line = firstLineFrom(text, key, '\t');
      if (line === undefined || keyOf(line, '\t') !== key) return undefined;
      return line.slice(key.length + 1);
    },
  };
}
