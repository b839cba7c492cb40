/**
 * bench:ner — Gloss's trained tagger against compromise (people/organizations/places) in
 * the same run: exact-span precision, recall and F1 per type and overall over PER, ORG and
 * LOC (GMB geo and gpe count as LOC), and tokens per second. The sets come tokenised; to
 * check how Gloss splits page text, each sentence is also written out as text and
 * tokenised again (Gloss's tokenizer against a plain letters-or-digits split).
 *   --data FILE.jsonl  (repeatable; the schema of ../shared/data/ner; default gmb-test and conll2003-dev)
 *   --no-browser       skip the Chromium timing of model load + analysis
 *   --json             last line of stdout: {"sentences", "gloss": {precision, recall, f1, perType, tokensPerSec}, "compromise": {...}}
 */
import { basename } from 'node:path';
import { tokenize } from '../src/core/nlp/tokenize';
import { tokenizerAgreement } from './lib/detokenize';
import { tagEntitiesWithCompromise } from './lib/compromise-tagger';
import { nerModel } from '../src/core/nlp/shipped-models';
import { tagDocument } from '../src/core/nlp/entity-rules';
import { parseArgs } from './lib/args';
import { bundleForPage, launchChromium } from './lib/chromium';
import { documents, type NerSentence, readNer } from './lib/ner-data';
import { type PRF, SCORED_TYPES, scoreSpans } from './lib/ner-metrics';
import { median, round } from './lib/stats';

const DEFAULT_FILES = ['../shared/data/ner/gmb-test.jsonl', '../shared/data/ner/conll2003-dev.jsonl'];

/** compromise on the sentence's words joined by spaces, its spans mapped back to tokens as BIO tags. */
function tagWithCompromise(tokens: readonly string[]): string[] {
  const starts: number[] = [];
  let text = '';
  for (const token of tokens) {
    starts.push(text.length);
    text += `${token} `;
  }
  const tags = tokens.map(() => 'O');
  for (const entity of tagEntitiesWithCompromise(text)) {
    const first = starts.indexOf(entity.start);
    const last = starts.findIndex((s, i) => s + tokens[i]!.length === entity.end);
    if (first < 0 || last < first) continue; // not on token boundaries: cannot be an exact match
    for (let i = first; i <= last; i++) tags[i] = `${i === first ? 'B' : 'I'}-${entity.type}`;
  }
  return tags;
}

const model = nerModel();

/** Gloss tags a document at a time (it passes surnames between sentences), as it does an article. */
const tagWithGloss = (sentences: readonly NerSentence[]) => documents(sentences).flatMap((doc) => tagDocument(model, doc.map((s) => s.tokens)));
const bySentence = (tag: (tokens: readonly string[]) => string[]) => (sentences: readonly NerSentence[]) => sentences.map((s) => tag(s.tokens));

function run(sentences: NerSentence[], tagAll: (sentences: readonly NerSentence[]) => string[][]) {
  const started = performance.now();
  const predicted = tagAll(sentences);
  const seconds = (performance.now() - started) / 1000;
  const tokens = sentences.reduce((sum, s) => sum + s.tokens.length, 0);
  const scores = scoreSpans(sentences.map((s) => s.tags), predicted);
  const r = (p: PRF) => ({ precision: round(p.precision, 4), recall: round(p.recall, 4), f1: round(p.f1, 4) });
  return { ...r(scores), perType: Object.fromEntries(Object.entries(scores.perType).map(([t, p]) => [t, r(p)])), tokensPerSec: Math.round(tokens / seconds) };
}

const { flags, values } = parseArgs(process.argv.slice(2));
const files = values.get('data') ?? DEFAULT_FILES;
const all: NerSentence[] = [];
for (const file of files) {
  const sentences = readNer(file);
  all.push(...sentences);
  const gloss = run(sentences, tagWithGloss);
  const compromise = run(sentences, bySentence(tagWithCompromise));
  console.log(`${basename(file)}: ${sentences.length} sentences`);
  const row = (r: ReturnType<typeof run>) => ({ P: r.precision, R: r.recall, F1: r.f1, ...Object.fromEntries(SCORED_TYPES.map((t) => [`${t} F1`, r.perType[t]!.f1])), 'tokens/s': r.tokensPerSec });
  console.table({ gloss: row(gloss), compromise: row(compromise) });
  const percent = (share: number) => `${round(share * 100, 1)}%`;
  const ours = tokenizerAgreement(sentences, (text) => tokenize(text).map((t) => t.text));
  const plain = tokenizerAgreement(sentences, (text) => text.match(/[\p{L}\p{N}]+|\S/gu) ?? []);
  console.log(`sentences written out as text and tokenised back exactly as the set: gloss ${percent(ours)}, plain letters-or-digits split ${percent(plain)}`);
}
/** A 2,000-word article from the first file's sentences, words joined by spaces. */
function articleOf(sentences: readonly NerSentence[]): string {
  const words: string[] = [];
  for (const s of sentences) {
    if (words.length >= 2000) break;
    words.push(...s.tokens);
  }
  return words.slice(0, 2000).join(' ');
}

/**
 * Background cost users wait for: compiling and evaluating the bundle (both models decoded)
 * plus entities and claims of one article, on a fresh page each time; the median of seven.
 * The bundle's source is handed to the page first and compiled inside the timed span
 * (indirect eval): parsing its 3 MB, most of it the models' text, is part of loading them.
 */
async function timeInChromium(article: string): Promise<{ median: number; runs: number[] }> {
  const script = await bundleForPage(`import { shippedLanguageEngine } from './src/core/nlp/shipped-models';
    globalThis.__analyze = (text) => { shippedLanguageEngine()(text, 0.35); return performance.now() - globalThis.__started; };`);
  const browser = await launchChromium();
  try {
    const runs: number[] = [];
    for (let r = 0; r < 7; r++) {
      const page = await browser.newPage();
      await page.evaluate(
        ([text, source]) => void Object.assign(globalThis, { __text: text, __source: source }),
        [article, script],
      );
      // One evaluation from clock start to result: no round trip inside the timed span.
      runs.push((await page.evaluate('globalThis.__started = performance.now(); (0, eval)(globalThis.__source); globalThis.__analyze(globalThis.__text)')) as number);
      await page.close();
    }
    return { median: median(runs), runs };
  } finally {
    await browser.close();
  }
}

if (!flags.has('no-browser')) {
  const { median, runs } = await timeInChromium(articleOf(readNer(files[0]!)));
  console.log(`bundle compiled and evaluated (both models loaded) + entities and claims of a 2,000-word article, fresh page, Chromium: median ${round(median, 1)} ms (runs: ${runs.map((ms) => round(ms, 1)).join(', ')})`);
}
if (flags.has('json')) console.log(JSON.stringify({ sentences: all.length, gloss: run(all, tagWithGloss), compromise: run(all, bySentence(tagWithCompromise)) }));
