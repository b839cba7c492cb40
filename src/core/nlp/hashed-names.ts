/**
 * A list of names kept as their hashes (feature-keys): each name's first hash whole and 8
 * bits of its second, sorted. The names themselves are not shipped: the hashes take less
 * room, and a lookup needs neither decoding nor string comparisons. A name not listed
 * passes for a listed one once in 2^40 / (the list's length) lookups: once in 10 million
 * for 100,000 names. The word clusters and the name lists use it.
 */
import { hashName } from './feature-keys';

export interface HashedNames {
  /** First hashes, ascending; names sharing one follow in the order of their checks. */
  hashes: Uint32Array;
  /** The low 8 bits of each name's second hash. */
  checks: Uint8Array;
}

/** A name's hash and check, written into `out`. */
function hashAndCheck(name: string, out: Uint32Array): void {
  hashName(name, out);
  out[1] = out[1]! & 0xff;
}

/**
 * The hashed list of `names` (build scripts), and for each of its entries the index of
 * its name in `names`. Of names that share both hash and check, the first is kept.
 */
export function hashNames(names: readonly string[]): HashedNames & { from: number[] } {
  const out = new Uint32Array(2);
  const byKey = new Map<string, { hash: number; check: number; from: number }>();
  names.forEach((name, from) => {
    hashAndCheck(name, out);
    const key = `${out[0]} ${out[1]}`;
    if (!byKey.has(key)) byKey.set(key, { hash: out[0]!, check: out[1]!, from });
  });
  const entries = [...byKey.values()].sort((a, b) => a.hash - b.hash || a.check - b.check);
  return {
    hashes: Uint32Array.from(entries, (entry) => entry.hash),
    checks: Uint8Array.from(entries, (entry) => entry.check),
    from: entries.map((entry) => entry.from),
  };
}

const scratch = new Uint32Array(2);

/** The index of `name`'s entry in the list, or -1 when it is not listed. */
export function indexOfName({ hashes, checks }: HashedNames, name: string): number {
  hashAndCheck(name, scratch);
  const hash = scratch[0]!;
  const check = scratch[1]!;
  let low = 0;
  let high = hashes.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (hashes[middle]! < hash) low = middle + 1;
    else high = middle;
  }
  for (let i = low; i < hashes.length && hashes[i] === hash; i++) if (checks[i] === check) return i;
  return -1;
}
