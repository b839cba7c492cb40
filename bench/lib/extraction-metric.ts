/**
 * The article-extraction benchmark's metric, exactly as ../shared/data/README.md
 * defines it: 4-token shingles as multisets, per-page scores normalised so each page
 * weighs the same, corpus precision and recall as means, F1 of those means.
 */

const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Contiguous 4-token windows as a multiset; 1-3 tokens give one shorter shingle, none give none. */
export function shingles(tokens: readonly string[], size = 4): Map<string, number> {
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  if (tokens.length < size) add(tokens.join('\u0000'));
  else for (let i = 0; i + size <= tokens.length; i++) add(tokens.slice(i, i + size).join('\u0000'));
  return counts;
}

/** One page's normalised counts and scores. */
export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  exact: boolean;
}

export function scorePage(truth: string, predicted: string): PageScore {
  const trueTokens = tokenize(truth);
  const predTokens = tokenize(predicted);
  const t = shingles(trueTokens);
  const p = shingles(predTokens);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, cPred] of p) {
    const cTrue = t.get(key) ?? 0;
    tp += Math.min(cTrue, cPred);
    fp += Math.max(0, cPred - cTrue);
  }
  for (const [key, cTrue] of t) fn += Math.max(0, cTrue - (p.get(key) ?? 0));
  const total = tp + fp + fn;
  if (total > 0) {
    tp /= total;
    fp /= total;
    fn /= total;
  }
  const precision = fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp);
  const recall = fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn);
  const exact = trueTokens.length === predTokens.length && trueTokens.every((token, i) => token === predTokens[i]);
  return { tp, fp, fn, precision, recall, exact };
}

/** Corpus scores: means over pages that qualify, F1 of the means, accuracy = share of exact pages. */
export interface CorpusScore {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

export function scoreCorpus(pages: readonly PageScore[]): CorpusScore {
  const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);
  const precision = mean(pages.filter((p) => p.tp + p.fp > 0).map((p) => p.precision));
  const recall = mean(pages.filter((p) => p.tp + p.fn > 0).map((p) => p.recall));
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const accuracy = pages.length === 0 ? 0 : pages.filter((p) => p.exact).length / pages.length;
  return { precision, recall, f1, accuracy };
}
