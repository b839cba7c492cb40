/**
 * bench:ner — Gloss's trained tagger against compromise (people/organizations/places) in
 * the same run: exact-span precision, recall and F1 per type and overall over PER, ORG and
 * LOC (GMB geo and gpe count as LOC), and tokens per second. The sets come tokenised; to
 * check how Gloss splits page text, each sentence is also written out as text and
 * tokenised again (Gloss's tokenizer against a plain letters-or-digits split).
 *   --data FILE.jsonl  (repeatable; the schema of ../shared/data/ner; default gmb-test and conll2003-dev)
 *   --no-browser       skip the background's cold start in Chromium (it builds dist/ and runs dist/chrome)
 *   --against DIR      time the cold start of another build beside this one's, runs alternating (median of 21): DIR is
 *                      another checkout, built (its dist/chrome is timed), or a built extension folder itself
 *   --json             last line of stdout: {"sentences", "gloss": {precision, recall, f1, perType, tokensPerSec}, "compromise": {...}}
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { tokenize } from '../src/core/nlp/tokenize';
import { tokenizerAgreement } from './lib/detokenize';
import { tagEntitiesWithCompromise } from './lib/compromise-tagger';
import { nerModel } from './lib/shipped-models';
import { tagDocument } from '../src/core/nlp/entity-rules';
import { parseArgs } from './lib/args';
import { type ColdStartSplit, timeBackgroundWakeUps } from './lib/background-wake';
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

/** The background's cold start, from the extension built from this source; never in the way of the accuracy figures above and below. */
async function reportColdStart(): Promise<void> {
  try {
    // Built here: a dist/ left from other code, or none, would be timed wrongly or not at all.
    execFileSync(process.execPath, ['build.mjs'], { stdio: 'ignore' });
    const againstDir = values.get('against')?.[0];
    // A checkout's root holds a manifest too (the source one, which no browser can load): its build is in dist/chrome.
    const against = againstDir && existsSync(join(againstDir, 'dist', 'chrome', 'manifest.json')) ? join(againstDir, 'dist', 'chrome') : againstDir;
    const builds = against ? [undefined, against] : [undefined];
    const timed = await timeBackgroundWakeUps(articleOf(readNer(files[0]!)), builds, against ? 21 : 9);
    const line = (runs: number[]) => `median ${round(median(runs), 1)} ms (runs: ${runs.map((ms) => round(ms, 0)).join(', ')})`;
    console.log('background cold start in Chromium (the built extension, its service worker stopped before each run), a 2,000-word article:');
    timed.forEach((times, i) => {
      if (against) console.log(i === 0 ? ' this build (dist/chrome):' : ` ${against}:`);
      console.log(`  wake-up, models loaded, entities and claims: ${line(times.wakeUpAndAnalysis)}`);
      console.log(`  wake-up alone (getSettings, no models; the baseline): ${line(times.wakeUp)}`);
      console.log(`  the same analysis again, warm: ${line(times.warmAnalysis)}`);
      if (times.coldSplits.length > 0) {
        const part = (key: keyof ColdStartSplit) => round(median(times.coldSplits.map((split) => split[key])), 1);
        console.log(
          `  the cold start's parts, medians of ${times.coldSplits.length} runs (from the worker's marks): the worker started ${part('workerStart')} ms after the message, ` +
            `its script run and the message dispatched ${part('scriptAndDispatch')}, model files read ${part('filesRead')}, ` +
            `models built ${part('modelsBuilt')}, analysis and answer ${part('analysisAndAnswer')}`,
        );
      }
    });
  } catch (error) {
    console.log(`background cold start not measured: ${String(error).slice(0, 300)}`);
  }
}

if (!flags.has('no-browser')) await reportColdStart();
if (flags.has('json')) console.log(JSON.stringify({ sentences: all.length, gloss: run(all, tagWithGloss), compromise: run(all, bySentence(tagWithCompromise)) }));
