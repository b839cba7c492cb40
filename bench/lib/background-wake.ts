/**
 * The background's cold start as a reader meets it: a built extension (dist/chrome) in
 * Chromium, its service worker stopped before each run (as the browser stops it after 30
 * seconds idle), then one message from an extension page, timed until its answer.
 * getSettings wakes the worker without its models (the baseline); analyzeText of an
 * article wakes it, loads the models from the package and analyses. Then the same
 * analysis again, the worker warm.
 */
import type { Browser } from 'puppeteer-core';
import { ENGINE_LOAD_MARKS } from '../../src/background/language';
import { launch, openExtensionPage } from '../../test/helpers/browsers';

/** Where the time of one cold analysis went, in milliseconds, from the marks the worker leaves (src/background/language). */
export interface ColdStartSplit {
  /** From the message sent to the worker's start (its time origin): the browser starting it. */
  workerStart: number;
  /** From its start to the first analysis asking for the models: the script's evaluation and the message's dispatch. */
  scriptAndDispatch: number;
  /** The four model files read from the package. */
  filesRead: number;
  /** The engine built from their bytes. */
  modelsBuilt: number;
  /** The analysis itself and the answer's way back to the page. */
  analysisAndAnswer: number;
}

export interface WakeUpTimes {
  wakeUp: number[];
  wakeUpAndAnalysis: number[];
  warmAnalysis: number[];
  /** One per cold analysis, where the build leaves the marks (another checkout's may not). */
  coldSplits: ColdStartSplit[];
}

/** Epoch milliseconds at which a message left the page and its answer came back. */
interface Exchange {
  sentAt: number;
  answeredAt: number;
}

/** The running worker's time origin and engine-load marks, as epoch milliseconds; undefined when it left none. */
async function engineLoadMarks(browser: Browser): Promise<{ origin: number; marks: Map<string, number> } | undefined> {
  // The split is an extra: a worker the browser does not show leaves the timings as they were.
  const target = await browser.waitForTarget((t) => t.type() === 'service_worker', { timeout: 5000 }).catch(() => undefined);
  if (!target) return undefined;
  const session = await target.createCDPSession();
  try {
    const expression = 'JSON.stringify({ origin: performance.timeOrigin, marks: performance.getEntriesByType("mark").map((m) => [m.name, m.startTime]) })';
    const { result } = await session.send('Runtime.evaluate', { expression, returnByValue: true });
    const { origin, marks } = JSON.parse(String(result.value)) as { origin: number; marks: [string, number][] };
    const byName = new Map(marks.map(([name, at]) => [name, origin + at]));
    return Object.values(ENGINE_LOAD_MARKS).every((name) => byName.has(name)) ? { origin, marks: byName } : undefined;
  } finally {
    await session.detach();
  }
}

/** The split of one cold exchange; undefined unless its moments follow in order (a worker started again since would not). */
function splitOf({ sentAt, answeredAt }: Exchange, { origin, marks }: { origin: number; marks: Map<string, number> }): ColdStartSplit | undefined {
  const at = (name: string) => marks.get(name)!;
  const moments = [sentAt, origin, at(ENGINE_LOAD_MARKS.requested), at(ENGINE_LOAD_MARKS.read), at(ENGINE_LOAD_MARKS.ready), answeredAt];
  if (moments.some((moment, i) => i > 0 && moment < moments[i - 1]!)) return undefined;
  return {
    workerStart: origin - sentAt,
    scriptAndDispatch: at(ENGINE_LOAD_MARKS.requested) - origin,
    filesRead: at(ENGINE_LOAD_MARKS.read) - at(ENGINE_LOAD_MARKS.requested),
    modelsBuilt: at(ENGINE_LOAD_MARKS.ready) - at(ENGINE_LOAD_MARKS.read),
    analysisAndAnswer: answeredAt - at(ENGINE_LOAD_MARKS.ready),
  };
}

/** One built extension in a browser of its own, with a page that wakes its worker and times the answer. */
async function startProbe(extension: string | undefined) {
  const launched = await launch('chromium', extension ? { extension } : {});
  // The manifest, opened as an extension page: unlike the popup it keeps no port open, which would wake the worker again.
  const probe = await openExtensionPage(launched, 'manifest.json');
  const devtools = await probe.createCDPSession();
  await devtools.send('ServiceWorker.enable');
  const exchange = (type: string, input: unknown): Promise<Exchange> =>
    probe.evaluate(
      async (type, input) => {
        // Epoch times, comparable with the worker's own (its time origin and marks).
        const sentAt = performance.timeOrigin + performance.now();
        const reply = (await chrome.runtime.sendMessage({ ns: 'gloss', v: 1, type, input })) as { ok: boolean; error?: { message: string } };
        if (!reply?.ok) throw new Error(`${type}: ${reply?.error?.message ?? 'no answer'}`);
        return { sentAt, answeredAt: performance.timeOrigin + performance.now() };
      },
      type,
      input,
    );
  const timed = async (type: string, input: unknown) => {
    const { sentAt, answeredAt } = await exchange(type, input);
    return answeredAt - sentAt;
  };
  const asleep = async () => {
    await devtools.send('ServiceWorker.stopAllWorkers');
    await new Promise((resolve) => setTimeout(resolve, 300));
  };
  return { exchange, timed, asleep, workerMarks: () => engineLoadMarks(launched.browser), close: () => launched.browser.close() };
}

/**
 * Times each extension's wake-ups, `runs` rounds, alternating between them round by round
 * (and which goes first), so that both meet the same machine. Each has a browser of its
 * own: two extensions' pages in one browser are not timed alike, as only one is in front.
 * Undefined stands for this source's build.
 */
export async function timeBackgroundWakeUps(article: string, extensions: readonly (string | undefined)[] = [undefined], runs = 9): Promise<WakeUpTimes[]> {
  const probes = [];
  try {
    for (const extension of extensions) probes.push(await startProbe(extension));
    const times: WakeUpTimes[] = probes.map(() => ({ wakeUp: [], wakeUpAndAnalysis: [], warmAnalysis: [], coldSplits: [] }));
    // One round untimed: the first start after the browser's own also waits for the browser's start-up work.
    for (const probe of probes) {
      await probe.asleep();
      await probe.timed('analyzeText', { text: article });
    }
    for (let r = 0; r < runs; r++) {
      const order = probes.map((_, i) => i);
      if (r % 2 === 1) order.reverse();
      for (const i of order) {
        const probe = probes[i]!;
        await probe.asleep();
        times[i]!.wakeUp.push(await probe.timed('getSettings', {}));
        await probe.asleep();
        const cold = await probe.exchange('analyzeText', { text: article });
        times[i]!.wakeUpAndAnalysis.push(cold.answeredAt - cold.sentAt);
        times[i]!.warmAnalysis.push(await probe.timed('analyzeText', { text: article }));
        // Read after both analyses, so that attaching to the worker times neither.
        const marks = await probe.workerMarks();
        const split = marks && splitOf(cold, marks);
        if (split) times[i]!.coldSplits.push(split);
      }
    }
    return times;
  } finally {
    for (const probe of probes) await probe.close();
  }
}
