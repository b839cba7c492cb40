/** A small seeded PRNG (mulberry32), so benchmarks and training are repeatable. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max). */
export const randomInt = (random: () => number, min: number, max: number) => min + Math.floor(random() * (max - min));

/** One element of a non-empty list. */
export const pick = <T>(random: () => number, items: readonly T[]): T => items[randomInt(random, 0, items.length)]!;
