/**
 * train:ner — an averaged perceptron entity tagger (greedy, left to right) trained on the
 * Groningen Meaning Bank (../shared/data/ner/gmb-train.jsonl, mostly Voice of America news,
 * public domain), over the features of ner-features.ts, which read the name lists
 * (build:gazetteer) and word clusters (build:clusters); the number of passes chosen on
 * gmb-dev and conll2003-dev (evaluation only: never trained on). Writes
 * src/core/nlp/models/ner-model.bin. Deterministic.
 */
import { writeFileSync } from 'node:fs';
import { documents, readNer, type NerSentence } from '../bench/lib/ner-data';
import { scoreSpans } from '../bench/lib/ner-metrics';
import { seededRandom } from '../bench/lib/random';
import { tagDocument } from '../src/core/nlp/entity-rules';
import { packModel } from '../src/core/nlp/model-pack';
import { greedyTag, type NerModel, type NerModelFile, scorerByName } from '../src/core/nlp/ner-model';
import { encodeFeatureKeys } from '../src/core/nlp/feature-keys';
import { nerFeatures, sentenceView } from '../src/core/nlp/ner-features';
import { unpackGazetteer } from '../src/core/nlp/gazetteer';
import { loadLexicon, MODEL_FILE_PATHS } from '../src/core/nlp/language-engine';
import { shippedFileBytes } from '../bench/lib/shipped-models';
import { unpackWordClusters } from '../src/core/nlp/word-clusters';

const DATA = '../shared/data/ner';
const OUT = 'src/core/nlp/models/ner-model.bin';
const MAX_EPOCHS = Number(process.env.NER_EPOCHS ?? 6);
const SEED = 11;
/** Averaged weights smaller than this are dropped: 20k features instead of 160k keep the model file at 523 KB and its first analysis quick (the bundle timed in a web page on 2026-11-28's machines: under 50 ms), for about -0.004 F1. */
const MIN_WEIGHT = Number(process.env.NER_MIN_WEIGHT ?? 2.5);

const lexicon = loadLexicon({ gazetteer: unpackGazetteer(shippedFileBytes(MODEL_FILE_PATHS.gazetteer)), clusters: unpackWordClusters(shippedFileBytes(MODEL_FILE_PATHS.clusters)) });
const gmbTrain = readNer(`${DATA}/gmb-train.jsonl`);
const AUGMENT_INITIALS = Number(process.env.NER_AUG_INITIALS ?? 0.3);
const AUGMENT_UPPER = Number(process.env.NER_AUG_UPPER ?? 0.05);

/**
 * Extra training copies of what news text has and GMB lacks: first names cut to an
 * initial ("M. Butcher", common in bylines and sports reports) and sentences set in
 * capitals (headlines). Seeded, so training stays deterministic.
 */
function augmented(sentences: readonly NerSentence[]): NerSentence[] {
  const random = seededRandom(SEED + 1);
  const extra: NerSentence[] = [];
  for (const sentence of sentences) {
    const tokens = [...sentence.tokens];
    let changed = false;
    sentence.tags.forEach((tag, i) => {
      const isFirstName = tag === 'B-PER' && sentence.tags[i + 1] === 'I-PER' && /^\p{Lu}\p{Ll}+$/u.test(tokens[i]!);
      if (isFirstName && random() < AUGMENT_INITIALS) {
        tokens[i] = `${tokens[i]![0]}.`;
        changed = true;
      }
    });
    if (changed) extra.push({ tokens, tags: sentence.tags });
    if (random() < AUGMENT_UPPER) extra.push({ tokens: sentence.tokens.map((t) => t.toUpperCase()), tags: sentence.tags });
  }
  return [...sentences, ...extra];
}
const train = augmented(gmbTrain);
const dev = { gmb: readNer(`${DATA}/gmb-dev.jsonl`), conll: readNer(`${DATA}/conll2003-dev.jsonl`) };
const classes = ['O', ...new Set(gmbTrain.flatMap((s) => s.tags).filter((t) => t !== 'O'))].sort((a, b) => (a === 'O' ? -1 : b === 'O' ? 1 : a.localeCompare(b)));
const C = classes.length;
const classIndex = new Map(classes.map((c, i) => [c, i]));

// Averaged perceptron with lazy averaging: total += weight * (now - stamp) before each change.
const weights = new Map<string, Float64Array>();
const totals = new Map<string, Float64Array>();
const stamps = new Map<string, Float64Array>();
let now = 0;

function update(feature: string, c: number, delta: number): void {
  let w = weights.get(feature);
  if (!w) {
    w = new Float64Array(C);
    weights.set(feature, w);
    totals.set(feature, new Float64Array(C));
    stamps.set(feature, new Float64Array(C));
  }
  const total = totals.get(feature)!;
  const stamp = stamps.get(feature)!;
  total[c]! += w[c]! * (now - stamp[c]!);
  stamp[c] = now;
  w[c]! += delta;
}

/** The averaged weights that ship: rows with a weight of at least MIN_WEIGHT. */
function averaged(): Map<string, Float32Array> {
  const out = new Map<string, Float32Array>();
  for (const [feature, w] of weights) {
    const total = totals.get(feature)!;
    const stamp = stamps.get(feature)!;
    const row = new Float32Array(C);
    for (let c = 0; c < C; c++) row[c] = (total[c]! + w[c]! * (now - stamp[c]!)) / Math.max(1, now);
    if (row.some((v) => Math.abs(v) >= MIN_WEIGHT)) out.set(feature, row);
  }
  return out;
}

function trainSentence(sentence: NerSentence): void {
  const predicted: string[] = [];
  const view = sentenceView(sentence.tokens, lexicon);
  for (let i = 0; i < sentence.tokens.length; i++) {
    now++;
    const features = nerFeatures(view, i, predicted[i - 1] ?? '<s>', predicted[i - 2] ?? '<s>');
    const scores = new Float64Array(C);
    for (const f of features) {
      const w = weights.get(f);
      if (w) for (let c = 0; c < C; c++) scores[c]! += w[c]!;
    }
    let guess = 0;
    for (let c = 1; c < C; c++) if (scores[c]! > scores[guess]!) guess = c;
    const gold = classIndex.get(sentence.tags[i]!)!;
    if (guess !== gold) {
      for (const f of features) {
        update(f, gold, 1);
        update(f, guess, -1);
      }
    }
    predicted.push(classes[guess]!);
  }
}

/** F1 on each dev set of what ships: the pruned tagger and the rules after it, a document at a time. */
function evaluate(rows: Map<string, Float32Array>) {
  const addWeights = (feature: string, scores: Float64Array) => {
    const row = rows.get(feature);
    if (row) for (let c = 0; c < C; c++) scores[c]! += row[c]!;
  };
  const model: NerModel = { tag: (words) => greedyTag(words, classes, scorerByName(addWeights), lexicon), gazetteer: lexicon.gazetteer };
  return Object.fromEntries(
    Object.entries(dev).map(([name, sentences]) => {
      const predicted = documents(sentences).flatMap((doc) => tagDocument(model, doc.map((s) => s.tokens)));
      return [name, scoreSpans(sentences.map((s) => s.tags), predicted).f1];
    }),
  ) as Record<keyof typeof dev, number>;
}

const started = Date.now();
const random = seededRandom(SEED);
const order = train.map((_, i) => i);
let best: { epoch: number; mean: number; rows: Map<string, Float32Array> } | undefined;
for (let epoch = 1; epoch <= MAX_EPOCHS; epoch++) {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  for (const n of order) trainSentence(train[n]!);
  const rows = averaged();
  const f1 = evaluate(rows);
  const mean = (f1.gmb + f1.conll) / 2;
  console.log(`epoch ${epoch}: F1 gmb-dev ${f1.gmb.toFixed(3)}, conll2003-dev ${f1.conll.toFixed(3)} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  if (mean > (best?.mean ?? -1)) best = { epoch, mean, rows };
}

const kept = [...best!.rows.entries()];
let maxAbs = 0;
for (const [, row] of kept) for (const v of row) maxAbs = Math.max(maxAbs, Math.abs(v));
const scale = maxAbs / 32767;
// Rows follow the keys' order (feature-keys): the i-th row is the i-th key's.
const { keys, order: keyOrder } = encodeFeatureKeys(kept.map(([name]) => name));
const packed = new Int16Array(kept.length * C);
keyOrder.forEach((k, i) => kept[k]![1].forEach((v, c) => (packed[i * C + c] = Math.round(v / scale))));
const model: NerModelFile = {
  version: 3,
  classes,
  keys,
  weights: packed,
  scale,
  trainedOn: `Groningen Meaning Bank train (${train.length} sentences); averaged perceptron, ${best!.epoch} passes; ${kept.length} features`,
};
writeFileSync(OUT, packModel(model));
console.log(`chose ${best!.epoch} passes; kept ${kept.length} of ${weights.size} features; wrote ${OUT} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
