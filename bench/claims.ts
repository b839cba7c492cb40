/**
 * bench:claims — the trained check-worthiness model against the rule scorer, in the same
 * run: precision, recall and F1 of label 1, average precision, sentences per second.
 *   --data FILE.jsonl   (repeatable; the schema of ../shared/data/claims; default claimbuster-dev and checkthat2024-dev)
 *   --json              last line of stdout: {"sentences", "gloss": {...}, "rules": {...}} over all files together
 */
import { basename } from 'node:path';
import { CLAIM_THRESHOLDS } from '../src/core/model/settings';
import { scoreSentence } from '../src/core/nlp/claim-rules';
import { claimModel as shippedClaimModel } from './lib/shipped-models';
import { parseArgs } from './lib/args';
import { binaryScores } from './lib/binary-metrics';
import { readJsonl } from './lib/jsonl';
import { round } from './lib/stats';

const DEFAULT_FILES = ['../shared/data/claims/claimbuster-dev.jsonl', '../shared/data/claims/checkthat2024-dev.jsonl'];

interface Row {
  text: string;
  label: number;
}

/** A row of the claims schema: a sentence and a 0/1 label (also read as true/false or "0"/"1"). */
const isRow = (row: unknown): row is Row => typeof (row as Row)?.text === 'string' && ['0', '1', 'true', 'false'].includes(String((row as Row).label));
const labelled = (row: Row): Row => ({ ...row, label: ['1', 'true'].includes(String(row.label)) ? 1 : 0 });

/** Scores every sentence, timing the whole pass (best of three). */
function run(rows: Row[], score: (text: string) => number): { scores: number[]; sentencesPerSec: number } {
  let scores: number[] = [];
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const started = performance.now();
    scores = rows.map((row) => score(row.text));
    best = Math.min(best, performance.now() - started);
  }
  return { scores, sentencesPerSec: Math.round((rows.length / best) * 1000) };
}

function summarize(rows: Row[], score: (text: string) => number, threshold: number) {
  const { scores, sentencesPerSec } = run(rows, score);
  const s = binaryScores(rows.map((r) => r.label), scores, threshold);
  return { precision: round(s.precision), recall: round(s.recall), f1: round(s.f1), averagePrecision: round(s.averagePrecision), sentencesPerSec };
}

const claimModel = shippedClaimModel();
const model = (text: string) => claimModel.score(text);
const rules = (text: string) => scoreSentence(text).score;

const { flags, values } = parseArgs(process.argv.slice(2));
const files = values.get('data') ?? DEFAULT_FILES;
const all: Row[] = [];
for (const file of files) {
  const rows = readJsonl(file, isRow).map(labelled);
  all.push(...rows);
  console.log(`${basename(file)}: ${rows.length} sentences, ${rows.filter((r) => r.label === 1).length} check-worthy`);
  console.table({ gloss: summarize(rows, model, claimModel.thresholds.balanced), rules: summarize(rows, rules, CLAIM_THRESHOLDS.balanced) });
}
if (flags.has('json')) {
  console.log(JSON.stringify({ sentences: all.length, gloss: summarize(all, model, claimModel.thresholds.balanced), rules: summarize(all, rules, CLAIM_THRESHOLDS.balanced) }));
}
