/**
 * bench:article — Gloss's article detector against @mozilla/readability on the same
 * pages in the same process: precision, recall, F1, accuracy (the benchmark's metric),
 * median and p95 ms per page, and the time ratio.
 *   --data DIR        a folder in the aeb-dev layout (default ../shared/data/articles/aeb-dev)
 *   --json            last line of stdout: {"pages", "gloss": {...}, "readability": {...}}
 *   --out FILE        writes {"<page id>": "<extracted text>"} (Gloss's; empty where it found no article)
 *   --browser chromium  the same comparison on the live pages in Debian Chromium
 *   --repeat N        with --browser: fresh loads per page and extractor, the median kept (default 4: even,
 *                     so that each side goes first as often)
 *   --phases          with --browser: where Gloss's time goes (its code run before, bare walks of the page)
 *                     beside Readability's, instead of the comparison
 *   --against DIR     with --browser: Gloss's extraction time against another checkout's (DIR, with its
 *                     node_modules), alternating fresh loads (--repeat each), instead of the comparison
 *   --extension chromium|firefox  Gloss's text as the built extension (dist/) answers getPageAnalysis in
 *                     that browser, against Readability in Node; no Gloss times
 *   --suite readability  Readability's test pages: text vs expected.html, metadata vs expected-metadata.json
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from './lib/args';
import { type AebPage, DEFAULT_AEB_DIR, loadAebPages } from './lib/aeb-data';
import { runAgainstInChromium, runInChromium, runPhasesInChromium } from './lib/article-chromium';
import { runThroughExtension } from './lib/article-extension';
import type { PhaseName } from './lib/extraction-phases';
import type { Engine } from '../test/helpers/browsers';
import { runInNode } from './lib/article-node';
import { type CorpusScore, scoreCorpus, scorePage } from './lib/extraction-metric';
import { runReadabilitySuite } from './lib/readability-suite';
import { median, p95, round } from './lib/stats';

export interface PageRun {
  id: string;
  truth: string;
  gloss: { text: string; ms: number; isArticle: boolean };
  readability: { text: string; ms: number; isArticle: boolean };
}

interface Summary extends CorpusScore {
  medianMs: number;
  p95Ms: number;
}

function summarize(runs: PageRun[], side: 'gloss' | 'readability'): Summary {
  const score = scoreCorpus(runs.map((run) => scorePage(run.truth, run[side].text)));
  const times = runs.map((run) => run[side].ms);
  return {
    precision: round(score.precision),
    recall: round(score.recall),
    f1: round(score.f1),
    accuracy: round(score.accuracy),
    medianMs: round(median(times), 2),
    p95Ms: round(p95(times), 2),
  };
}

/** What each phase costs on a live page, median over pages, and as a share of Readability's median. */
async function printPhases(pages: readonly AebPage[], repeat: number): Promise<void> {
  const phases = await runPhasesInChromium(pages, repeat);
  const readability = median(phases.readability.map((time) => time.ms));
  const what: Record<PhaseName, string> = {
    gloss: "Gloss's extraction, as in the comparison",
    glossWithCodeRunBefore: 'the same, its code run first on a small document',
    walkElements: 'a walk visiting every element, reading nothing',
    walkElementsAndText: 'a walk reading each element\'s class and own text',
    readability: 'Readability clone + parse',
  };
  console.log(`Where the time goes on ${pages.length} live pages in Chromium (each: median of ${repeat} fresh loads)`);
  console.table(
    Object.fromEntries(
      (Object.keys(what) as PhaseName[]).map((name) => {
        const ms = median(phases[name].map((time) => time.ms));
        return [name, { what: what[name], medianMs: round(ms, 2), shareOfReadability: round(ms / readability, 3) }];
      }),
    ),
  );
  console.log(`elements per page (median): ${median(phases.walkElements.map((time) => time.read))}`);
}

/** This source's extraction time against another checkout's, page by page. */
async function printAgainst(pages: readonly AebPage[], otherDir: string, repeat: number): Promise<void> {
  const runs = await runAgainstInChromium(pages, otherDir, repeat);
  const differing = runs.filter((run) => !run.sameText).map((run) => run.id.slice(0, 12));
  console.log(`Gloss's extraction on ${runs.length} live pages in Chromium, this source against ${otherDir} (each: median of ${repeat} fresh loads per side, alternating)`);
  console.log(`median ms: this source ${round(median(runs.map((run) => run.ms)), 2)}, ${otherDir} ${round(median(runs.map((run) => run.otherMs)), 2)}`);
  console.log(`median per-page ratio this/other: ${round(median(runs.map((run) => run.ms / run.otherMs)), 3)}`);
  console.log(`pages whose text differs: ${differing.length}${differing.length ? ` (${differing.join(', ')})` : ''}`);
}

async function main(): Promise<void> {
  const { flags, values } = parseArgs(process.argv.slice(2));
  if (values.get('suite')?.[0] === 'readability') {
    await runReadabilitySuite(values.get('data')?.[0], flags.has('json'));
    return;
  }
  const dir = values.get('data')?.[0] ?? DEFAULT_AEB_DIR;
  const pages = loadAebPages(dir);
  const engine = values.get('browser')?.[0];
  if (engine && engine !== 'chromium') throw new Error('--browser supports chromium');
  const extension = values.get('extension')?.[0] as Engine | undefined;
  if (extension && extension !== 'chromium' && extension !== 'firefox') throw new Error('--extension supports chromium and firefox');
  const repeat = Number(values.get('repeat')?.[0] ?? 4);
  if (engine && flags.has('phases')) {
    await printPhases(pages, repeat);
    return;
  }
  const against = values.get('against')?.[0];
  if (against && !engine) throw new Error('--against compares times in a browser: add --browser chromium');
  if (engine && against) {
    await printAgainst(pages, against, repeat);
    return;
  }
  const runs = extension
    ? await runThroughExtension(pages, extension)
    : engine
      ? await runInChromium(pages, repeat)
      : runInNode(pages);

  const gloss = summarize(runs, 'gloss');
  const readability = summarize(runs, 'readability');
  const where = extension ? `the built extension in ${extension} (Readability in Node)` : engine ? 'Chromium (live pages)' : 'Node (jsdom)';
  console.log(`Article extraction on ${runs.length} pages from ${dir}, ${where}`);
  // Through the extension Gloss's side has no times (a round trip is not the detector's time): shown as such, not as NaN.
  console.table({ gloss: extension ? { ...gloss, medianMs: '—', p95Ms: '—' } : gloss, readability });
  if (!extension) console.log(`time ratio gloss/readability (median): ${round(gloss.medianMs / readability.medianMs, 3)}`);
  const rejected = runs.filter((run) => !run.gloss.isArticle).map((run) => run.id.slice(0, 12));
  console.log(`pages Gloss judged "not an article": ${rejected.length}${rejected.length ? ` (${rejected.join(', ')})` : ''}`);
  console.log(`pages Readability returned nothing for: ${runs.filter((run) => !run.readability.isArticle).length}`);
  const worst = runs
    .map((run) => ({ id: run.id.slice(0, 12), ...scorePage(run.truth, run.gloss.text) }))
    .sort((a, b) => a.precision + a.recall - (b.precision + b.recall))
    .slice(0, 8);
  console.log('weakest pages for Gloss:');
  for (const page of worst) console.log(`  ${page.id}  P ${round(page.precision, 2)}  R ${round(page.recall, 2)}`);

  const out = values.get('out')?.[0];
  if (out) writeFileSync(out, JSON.stringify(Object.fromEntries(runs.map((run) => [run.id, run.gloss.text])), null, 1));
  if (flags.has('json')) console.log(JSON.stringify({ pages: runs.length, gloss, readability }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
