/**
 * Feature names as the models ship them: two 32-bit hashes per name, sorted, instead of
 * the names. A lookup hashes the name and binary-searches the first hashes; the second
 * confirms it. Nothing is split or inserted at load: building Maps of the two models'
 * 36,000 names was the largest part of loading them, and their text a sixth of the
 * bundle. A name the model lacks is mistaken for one it has only if both hashes collide
 * (one chance in 2^64 per stored name); the build scripts check that no two stored names
 * share both.
 */
/** Murmur3's finaliser: every input bit moves every output bit. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Both hashes of a name being read, and its length so far. */
interface RunningHash {
  first: number;
  second: number;
  length: number;
}

function startHash(running: RunningHash): void {
  running.first = 0x811c9dc5;
  running.second = 0x9747b28c;
  running.length = 0;
}

/** Reads the next piece of a name: FNV-1a and a second multiplicative hash over its UTF-16 units. */
function feedHash(running: RunningHash, piece: string): void {
  let { first, second } = running;
  for (let i = 0; i < piece.length; i++) {
    const unit = piece.charCodeAt(i);
    first = Math.imul(first ^ unit, 0x01000193);
    second = Math.imul(second ^ unit, 0x5bd1e995);
    second ^= second >>> 15;
  }
  running.first = first;
  running.second = second;
  running.length += piece.length;
}

function finishHash(running: RunningHash, out: Uint32Array): void {
  out[0] = mix(running.first);
  out[1] = mix(running.second ^ running.length);
}

const scratch: RunningHash = { first: 0, second: 0, length: 0 };

/** The two hashes of a name, written into `out`. */
export function hashName(name: string, out: Uint32Array): void {
  startHash(scratch);
  feedHash(scratch, name);
  finishHash(scratch, out);
}

/** Stored names: the row of a name, or -1. */
export interface FeatureKeys {
  rowOf(name: string): number;
  /**
   * The row of the name its pieces make, hashed piece by piece: the tagger's features are
   * a prefix and words ("w-1=" "the"), and joining them first was a third of tagging an
   * article on a cold start (each joined string is built, then flattened to be read).
   */
  rowOfPieces(a: string, b?: string, c?: string, d?: string, e?: string, f?: string): number;
}

/**
 * Encodes names (in row order) as keys (for the model file: first hashes, then second
 * hashes, each sorted by the first) and the order rows must take to follow them. Throws
 * when two names share both hashes.
 */
export function encodeFeatureKeys(names: readonly string[]): { keys: Uint32Array; order: number[] } {
  const hashes = new Uint32Array(2);
  const entries = names.map((name, row) => {
    hashName(name, hashes);
    return { first: hashes[0]!, second: hashes[1]!, row, name };
  });
  entries.sort((a, b) => a.first - b.first || a.second - b.second);
  for (let i = 1; i < entries.length; i++) {
    const [a, b] = [entries[i - 1]!, entries[i]!];
    if (a.first === b.first && a.second === b.second) throw new Error(`feature names "${a.name}" and "${b.name}" share both hashes`);
  }
  const table = new Uint32Array(entries.length * 2);
  entries.forEach((entry, i) => {
    table[i] = entry.first;
    table[entries.length + i] = entry.second;
  });
  return { keys: table, order: entries.map((entry) => entry.row) };
}

/** Reads keys written by encodeFeatureKeys: row i is the i-th key in sorted order. */
export function decodeFeatureKeys(table: Uint32Array): FeatureKeys {
  const size = table.length / 2;
  const hashes = new Uint32Array(2);
  const running: RunningHash = { first: 0, second: 0, length: 0 };
  const rowOfHashes = (): number => {
    const first = hashes[0]!;
    let low = 0;
    let high = size;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (table[middle]! < first) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < size && table[i] === first; i++) if (table[size + i] === hashes[1]) return i;
    return -1;
  };
  return {
    rowOf(name) {
      hashName(name, hashes);
      return rowOfHashes();
    },
    rowOfPieces(a, b, c, d, e, f) {
      startHash(running);
      feedHash(running, a);
      if (b !== undefined) feedHash(running, b);
      if (c !== undefined) feedHash(running, c);
      if (d !== undefined) feedHash(running, d);
      if (e !== undefined) feedHash(running, e);
      if (f !== undefined) feedHash(running, f);
      finishHash(running, hashes);
      return rowOfHashes();
    },
  };
}
