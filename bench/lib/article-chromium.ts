/**
 * The article comparison on live pages in Debian Chromium: each page is served from
 * 127.0.0.1 with page scripts off (the captures were taken with JavaScript off) and no
 * subresources, then each extractor runs once on its own fresh load of the page: a
 * content script meets each page once, so the first run is the one readers feel. Loads
 * alternate between the two extractors, four of each per page by default, each going
 * first in half the rounds.
 */
import { resolve } from 'node:path';
import type { PageRun } from '../article';
import type { AebPage } from './aeb-data';
import { bundleForPage, launchChromium } from './chromium';
import { servePages } from './page-server';
import { PHASES, type PhaseName, type PhaseTime } from './extraction-phases';
import { median } from './stats';
import type { Extraction } from './extractors';

/** Runs `name` from the `script`-th bundled script's `__glossBench` on a fresh load of page `id`. */
type RunOnFreshLoad = <T>(id: string, name: string, script?: number) => Promise<T>;

/**
 * Serves the pages, opens Chromium, and gives `body` a way to run a bundled source (one
 * of `sources`) on a fresh load of any page.
 */
async function withLivePages<T>(pages: readonly AebPage[], sources: readonly string[], body: (runOnFreshLoad: RunOnFreshLoad) => Promise<T>): Promise<T> {
  const scripts = await Promise.all(sources.map(bundleForPage));
  // Cross-origin isolation gives performance.now() 5 µs steps instead of 100 µs ones.
  const server = await servePages(pages, { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' });
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage();
    await tab.setRequestInterception(true);
    tab.on('request', (request) => void (request.isNavigationRequest() && request.url().startsWith(server.origin) ? request.continue() : request.abort()));
    return await body(async <R>(id: string, name: string, script = 0): Promise<R> => {
      await tab.goto(server.urlOf(id), { waitUntil: 'domcontentloaded' });
      await tab.evaluate(scripts[script]!);
      return tab.evaluate((run) => (globalThis as unknown as { __glossBench: Record<string, () => R> }).__glossBench[run]!(), name) as Promise<R>;
    });
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * `repeat` rounds of one fresh load per side, the sides going first in turn (the order
 * reversed every other round): in a scratch harness whose one side went first in two
 * loads of three, two identical sides came out 18% apart (median per-page ratio 0.817),
 * and 4% apart with four loads each going first in turn. An even `repeat` balances the order.
 */
async function loadsInTurn<S extends string, R>(sides: readonly S[], repeat: number, load: (side: S) => Promise<R>): Promise<Record<S, R[]>> {
  const loads = Object.fromEntries(sides.map((side) => [side, [] as R[]])) as Record<S, R[]>;
  for (let r = 0; r < repeat; r++) {
    for (const side of r % 2 === 0 ? sides : [...sides].reverse()) loads[side].push(await load(side));
  }
  return loads;
}

/** Each page's time is the median of `repeat` fresh loads per extractor (the text is the same each time). */
export async function runInChromium(pages: readonly AebPage[], repeat = 4): Promise<PageRun[]> {
  const source = `import { extractWithGloss, extractWithReadability } from './bench/lib/extractors';
    globalThis.__glossBench = { gloss: () => extractWithGloss(document, () => performance.now()), readability: () => extractWithReadability(document, () => performance.now()) };`;
  return withLivePages(pages, [source], async (runOnFreshLoad) => {
    const runs: PageRun[] = [];
    for (const page of pages) {
      const loads = await loadsInTurn(['gloss', 'readability'] as const, repeat, (side) => runOnFreshLoad<Extraction>(page.id, side));
      const gloss = { ...loads.gloss[0]!, ms: median(loads.gloss.map((run) => run.ms)) };
      const readability = { ...loads.readability[0]!, ms: median(loads.readability.map((run) => run.ms)) };
      runs.push({ id: page.id, truth: page.truth, gloss, readability });
    }
    return runs;
  });
}

/** For each phase, each page's median over `repeat` fresh loads (phases take turns, as the extractors do). */
export async function runPhasesInChromium(pages: readonly AebPage[], repeat = 4): Promise<Record<PhaseName, PhaseTime[]>> {
  const source = `import { PHASES } from './bench/lib/extraction-phases';
    globalThis.__glossBench = Object.fromEntries(Object.entries(PHASES).map(([name, phase]) => [name, () => phase(document, () => performance.now())]));`;
  const names = Object.keys(PHASES) as PhaseName[];
  return withLivePages(pages, [source], async (runOnFreshLoad) => {
    const times = Object.fromEntries(names.map((name) => [name, [] as PhaseTime[]])) as Record<PhaseName, PhaseTime[]>;
    for (const page of pages) {
      const loads = await loadsInTurn(names, repeat, (name) => runOnFreshLoad<PhaseTime>(page.id, name));
      for (const name of names) times[name].push({ ms: median(loads[name].map((load) => load.ms)), read: loads[name][0]!.read });
    }
    return times;
  });
}

/** One page's extraction by this source and by another checkout's: medians of their fresh loads, and whether their texts agree. */
export interface PageAgainst {
  id: string;
  ms: number;
  otherMs: number;
  sameText: boolean;
}

/**
 * Gloss's extraction in this source against another checkout's (`otherDir`, with its
 * node_modules), each page loaded afresh `repeat` times per side, the sides alternating
 * and taking turns to go first. Each side is a script of its own, as a content script is.
 * Cold loads vary: two copies of one source have come out up to 9% apart.
 */
export async function runAgainstInChromium(pages: readonly AebPage[], otherDir: string, repeat = 4): Promise<PageAgainst[]> {
  const sourceFrom = (extractors: string) => `import { extractWithGloss } from ${JSON.stringify(extractors)};
    globalThis.__glossBench = { gloss: () => extractWithGloss(document, () => performance.now()) };`;
  const sources = [sourceFrom('./bench/lib/extractors'), sourceFrom(resolve(otherDir, 'bench/lib/extractors'))];
  return withLivePages(pages, sources, async (runOnFreshLoad) => {
    const runs: PageAgainst[] = [];
    for (const page of pages) {
      const sides = await loadsInTurn(['gloss', 'other'] as const, repeat, (side) => runOnFreshLoad<Extraction>(page.id, 'gloss', side === 'gloss' ? 0 : 1));
      const ms = (side: Extraction[]) => median(side.map((run) => run.ms));
      runs.push({ id: page.id, ms: ms(sides.gloss), otherMs: ms(sides.other), sameText: sides.gloss[0]!.text === sides.other[0]!.text });
    }
    return runs;
  });
}
