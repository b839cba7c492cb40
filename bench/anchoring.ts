/**
 * bench:anchoring — creates annotations at random spans of real article texts (word
 * spans, repeated short phrases, spans across paragraph boundaries), applies edit
 * scenarios, re-anchors, and counts per scenario how many landed at the true new place
 * (correct), were orphaned, or were wrong (elsewhere, or anchored when the text is gone).
 * Baseline in the same run: anchoring by position and exact search only, with no
 * context check (what most annotation tools do before their fuzzy step).
 *   --data DIR   a folder in the aeb-dev layout (default ../shared/data/articles/aeb-dev)
 *   --json       last line of stdout: {"scenarios": {"<name>": {annotations, correct, orphaned, wrong}}, "msPer1000": N}
 *   --explain S  prints each wrong anchor of scenario S
 *   --seed N     another draw of spans and edits (default 20261128)
 *   --no-browser times in Node only (msPer1000 is Chromium's otherwise)
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { describeSpan } from '../src/core/anchoring/describe';
import { type Anchor, createResolver } from '../src/core/anchoring/resolve';
import type { AnnotationTarget } from '../src/core/model/annotation';
import { findArticle } from '../src/content/article/find-article';
import { buildTextIndex } from '../src/content/text-index/text-index';
import { parseArgs } from './lib/args';
import { DEFAULT_AEB_DIR, loadAebPages } from './lib/aeb-data';
import { withoutStyles } from './lib/article-node';
import { QUOTE_INTACT, SCENARIOS, type Span } from './lib/anchoring-scenarios';
import { bundleForPage, launchChromium } from './lib/chromium';
import { pick, randomInt, seededRandom } from './lib/random';
import { round } from './lib/stats';

const DEFAULT_SEED = 20261128;
const PER_PAGE = { words: 8, repeated: 4, crossing: 3 };

interface Tally {
  annotations: number;
  correct: number;
  orphaned: number;
  wrong: number;
}

function articleTexts(dir: string): string[] {
  const quiet = new VirtualConsole();
  return loadAebPages(dir)
    .map((page) => {
      const document = new JSDOM(withoutStyles(page.html), { url: page.url, virtualConsole: quiet }).window.document;
      const found = findArticle(document);
      return found ? buildTextIndex(found.root, found.excluded).text : '';
    })
    .filter((text) => text.split(/\s+/).length > 80);
}

/** Word-aligned spans: random runs of words, repeated 2-3 word phrases, and spans across a paragraph break. */
function pickSpans(text: string, random: () => number): Span[] {
  const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const spans: Span[] = [];
  for (let i = 0; i < PER_PAGE.words; i++) {
    const first = randomInt(random, 0, words.length - 1);
    const last = Math.min(words.length - 1, first + randomInt(random, 1, 25));
    spans.push({ start: words[first]!.start, end: words[last]!.end });
  }
  const phrases = new Map<string, number[]>();
  for (let i = 0; i + 1 < words.length; i++) {
    const phrase = text.slice(words[i]!.start, words[i + 1]!.end);
    if (/^[\p{L} ]+$/u.test(phrase)) phrases.set(phrase, [...(phrases.get(phrase) ?? []), words[i]!.start]);
  }
  const repeated = [...phrases.entries()].filter(([, at]) => at.length >= 2);
  for (let i = 0; i < PER_PAGE.repeated && repeated.length > 0; i++) {
    const [phrase, at] = pick(random, repeated);
    const start = pick(random, at);
    spans.push({ start, end: start + phrase.length });
  }
  const breaks = [...text.matchAll(/\n\s*\n/g)].map((m) => m.index!);
  for (let i = 0; i < PER_PAGE.crossing && breaks.length > 0; i++) {
    const at = pick(random, breaks);
    const before = words.filter((w) => w.end <= at).slice(-randomInt(random, 2, 8))[0];
    const after = words.filter((w) => w.start > at).slice(0, randomInt(random, 2, 8)).at(-1);
    if (before && after) spans.push({ start: before.start, end: after.end });
  }
  return spans;
}

/** Hypothesis-style baseline without its fuzzy step: position if the text matches, else the first exact copy. */
function baselineResolve(text: string, target: AnnotationTarget): Anchor {
  const { exact } = target.quote;
  const { start, end } = target.position;
  if (text.slice(start, end) === exact) return { status: 'anchored', start, end, confidence: 1, method: 'position' };
  const at = text.indexOf(exact);
  return at < 0 ? { status: 'orphaned' } : { status: 'anchored', start: at, end: at + exact.length, confidence: 1, method: 'exact' };
}

function judge(anchor: Anchor, expected: Span | undefined, tally: Tally): void {
  tally.annotations++;
  if (anchor.status === 'orphaned') {
    if (expected) tally.orphaned++;
    else tally.correct++;
    return;
  }
  if (!expected) {
    tally.wrong++;
    return;
  }
  const overlap = Math.max(0, Math.min(anchor.end, expected.end) - Math.max(anchor.start, expected.start));
  const union = Math.max(anchor.end, expected.end) - Math.min(anchor.start, expected.start);
  if (overlap / union >= 0.9) tally.correct++;
  else tally.wrong++;
}

/** A text of about 10,000 words, 1,000 targets described on it, and the text after paragraphs were inserted. */
function timingCase(texts: string[], random: () => number): { edited: string; targets: AnnotationTarget[] } {
  let long = '';
  for (const text of texts) {
    if (long.split(/\s+/).length >= 10_000) break;
    long += `${text}\n\n`;
  }
  const targets: AnnotationTarget[] = [];
  while (targets.length < 1000) for (const span of pickSpans(long, random)) targets.push(describeSpan(long, span.start, span.end));
  const edited = SCENARIOS['paragraphs-inserted']!(long, { start: 0, end: 1 }, random, texts.map((t) => t.slice(0, 300)))!.text;
  return { edited, targets: targets.slice(0, 1000) };
}

/** Best of five: ms to build a resolver for the edited text and re-anchor all targets. */
function timeResolving(edited: string, targets: AnnotationTarget[], now: () => number): number {
  const runs: number[] = [];
  for (let r = 0; r < 5; r++) {
    const started = now();
    const resolve = createResolver(edited);
    for (const target of targets) resolve(target);
    runs.push(now() - started);
  }
  return Math.min(...runs);
}

/** The same timing inside Debian Chromium, on the code bundled as the extension bundles it. */
async function timeInChromium(edited: string, targets: AnnotationTarget[]): Promise<number> {
  const script = await bundleForPage(`import { createResolver } from './src/core/anchoring/resolve';
    globalThis.__time = (text, targets) => { const runs = []; for (let r = 0; r < 5; r++) { const t0 = performance.now(); const resolve = createResolver(text); for (const t of targets) resolve(t); runs.push(performance.now() - t0); } return Math.min(...runs); };`);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.evaluate(script);
    return await page.evaluate((text, list) => (globalThis as unknown as { __time: (t: string, l: unknown[]) => number }).__time(text, list), edited, targets);
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const { flags, values } = parseArgs(process.argv.slice(2));
  const dir = values.get('data')?.[0] ?? DEFAULT_AEB_DIR;
  const explain = values.get('explain')?.[0];
  const texts = articleTexts(dir);
  const seed = Number(values.get('seed')?.[0] ?? DEFAULT_SEED);
  const random = seededRandom(seed);
  // Inserted paragraphs come from other articles: a copy of the page's own paragraph would be a duplicate, not an insertion.
  const paragraphsOf = (text: string) => text.split(/\n\s*\n/).filter((p) => p.length > 80).map((p) => p.trim());
  const gloss: Record<string, Tally> = {};
  const baseline: Record<string, Tally> = {};
  texts.forEach((text, index) => {
    const filler = paragraphsOf(texts[(index + 1) % texts.length]!).concat(paragraphsOf(texts[(index + 2) % texts.length]!));
    for (const span of pickSpans(text, random)) {
      const target = describeSpan(text, span.start, span.end);
      for (const [name, scenario] of Object.entries(SCENARIOS)) {
        const result = scenario(text, span, random, filler);
        if (!result) continue;
        const tally = (gloss[name] ??= { annotations: 0, correct: 0, orphaned: 0, wrong: 0 });
        const wrongBefore = tally.wrong;
        const anchor = createResolver(result.text)(target);
        judge(anchor, result.expected, tally);
        if (explain === name && tally.wrong > wrongBefore && anchor.status === 'anchored') {
          console.log(JSON.stringify({ quote: target.quote, rival: target.rival, occurrence: target.occurrence, was: target.position, length: result.text.length, expected: result.expected, got: anchor, around: result.text.slice(anchor.start - 30, anchor.end + 30) }));
        }
        judge(baselineResolve(result.text, target), result.expected, (baseline[name] ??= { annotations: 0, correct: 0, orphaned: 0, wrong: 0 }));
      }
    }
  });
  const timing = timingCase(texts, random);
  const nodeMs = round(timeResolving(timing.edited, timing.targets, () => performance.now()), 1);
  const chromiumMs = flags.has('no-browser') ? undefined : round(await timeInChromium(timing.edited, timing.targets), 1);
  const msPer1000 = chromiumMs ?? nodeMs;
  const share = (t: Tally) => `${round((100 * t.correct) / t.annotations, 1)}%`;
  console.log(`Anchoring on ${texts.length} article texts from ${dir} (seed ${seed})`);
  console.table(
    Object.fromEntries(
      Object.entries(gloss).map(([name, t]) => [name, { ...t, 'correct %': share(t), 'baseline correct %': share(baseline[name]!), 'baseline wrong': baseline[name]!.wrong }]),
    ),
  );
  const intact = QUOTE_INTACT.map((name) => gloss[name]!).reduce((a, t) => ({ annotations: a.annotations + t.annotations, correct: a.correct + t.correct, orphaned: 0, wrong: 0 }), { annotations: 0, correct: 0, orphaned: 0, wrong: 0 });
  console.log(`correct over scenarios that leave the quote intact: ${share(intact)}`);
  console.log(`wrong anchors in all scenarios: ${Object.values(gloss).reduce((sum, t) => sum + t.wrong, 0)} (baseline ${Object.values(baseline).reduce((sum, t) => sum + t.wrong, 0)})`);
  console.log(`time per 1,000 annotations on a 10,000-word article: Node ${nodeMs} ms, ${chromiumMs === undefined ? 'Chromium not run' : `Chromium ${chromiumMs} ms`}`);
  if (flags.has('json')) console.log(JSON.stringify({ scenarios: gloss, msPer1000 }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
