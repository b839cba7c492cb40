/**
 * Approximate search for a quote that was edited: seeds from exact pieces of the quote
 * (with k edits allowed, one of k + 1 pieces survives intact), then a semi-global edit
 * distance of the whole quote against the text around each seed.
 */

/** A place where the quote occurs with `distance` edits. */
export interface FuzzyHit {
  start: number;
  end: number;
  distance: number;
}

const MAX_SEED_HITS = 64;

/**
 * Edit distance of the whole `quote` against the best substring of `region`
 * (free start and end in the region), with where that substring lies.
 */
export function bestAlignment(quote: string, region: string): { distance: number; start: number; end: number } {
  const m = quote.length;
  const n = region.length;
  // cost[j]: distance of quote[0..i) ending at region[j]; from[j]: where that alignment started.
  let cost = new Array<number>(n + 1).fill(0);
  let from = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const nextCost = new Array<number>(n + 1);
    const nextFrom = new Array<number>(n + 1);
    nextCost[0] = i;
    nextFrom[0] = 0;
    const q = quote.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const substitute = cost[j - 1]! + (region.charCodeAt(j - 1) === q ? 0 : 1);
      const skipQuote = cost[j]! + 1;
      const skipRegion = nextCost[j - 1]! + 1;
      if (substitute <= skipQuote && substitute <= skipRegion) {
        nextCost[j] = substitute;
        nextFrom[j] = from[j - 1]!;
      } else if (skipQuote <= skipRegion) {
        nextCost[j] = skipQuote;
        nextFrom[j] = from[j]!;
      } else {
        nextCost[j] = skipRegion;
        nextFrom[j] = nextFrom[j - 1]!;
      }
    }
    cost = nextCost;
    from = nextFrom;
  }
  let best = 0;
  for (let j = 1; j <= n; j++) if (cost[j]! < cost[best]!) best = j;
  return { distance: cost[best]!, start: from[best]!, end: best };
}

/** Every place the quote occurs in text with at most maxEdits edits, best first. */
export function findApproximate(text: string, quote: string, maxEdits: number): FuzzyHit[] {
  const pieces = maxEdits + 1;
  const pieceLength = Math.floor(quote.length / pieces);
  if (pieceLength < 4) return [];
  const seeds = new Set<number>();
  for (let p = 0; p < pieces; p++) {
    const offset = p * pieceLength;
    const piece = quote.slice(offset, offset + pieceLength);
    let found = 0;
    for (let at = text.indexOf(piece); at >= 0 && found < MAX_SEED_HITS; at = text.indexOf(piece, at + 1), found++) {
      seeds.add(Math.max(0, at - offset));
    }
  }
  const hits: FuzzyHit[] = [];
  const covered: [number, number][] = [];
  for (const seed of [...seeds].sort((a, b) => a - b)) {
    if (covered.some(([from, to]) => seed >= from && seed <= to)) continue;
    const regionStart = Math.max(0, seed - maxEdits);
    const regionEnd = Math.min(text.length, seed + quote.length + maxEdits);
    const alignment = bestAlignment(quote, text.slice(regionStart, regionEnd));
    covered.push([seed - maxEdits, seed + maxEdits]);
    if (alignment.distance <= maxEdits) {
      hits.push({ start: regionStart + alignment.start, end: regionStart + alignment.end, distance: alignment.distance });
    }
  }
  return hits.sort((a, b) => a.distance - b.distance);
}
