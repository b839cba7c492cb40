/**
 * The background's cold start as a reader meets it: a built extension (dist/chrome) in
 * Chromium, its service worker stopped before each run (as the browser stops it after 30
 * seconds idle), then one message from an extension page, timed until its answer.
 * getSettings wakes the worker without its models (the baseline); analyzeText of an
 * article wakes it, loads the models from the package and analyses. Then the same
 * analysis again, the worker warm.
 */
import { launch, openExtensionPage } from '../../test/helpers/browsers';

export interface WakeUpTimes {
  wakeUp: number[];
  wakeUpAndAnalysis: number[];
  warmAnalysis: number[];
}

/** One built extension in a browser of its own, with a page that wakes its worker and times the answer. */
async function startProbe(extension: string | undefined) {
  const launched = await launch('chromium', extension ? { extension } : {});
  // The manifest, opened as an extension page: unlike the popup it keeps no port open, which would wake the worker again.
  const probe = await openExtensionPage(launched, 'manifest.json');
  const devtools = await probe.createCDPSession();
  await devtools.send('ServiceWorker.enable');
  const timed = (type: string, input: unknown) =>
    probe.evaluate(
      async (type, input) => {
        const started = performance.now();
        const reply = (await chrome.runtime.sendMessage({ ns: 'gloss', v: 1, type, input })) as { ok: boolean; error?: { message: string } };
        if (!reply?.ok) throw new Error(`${type}: ${reply?.error?.message ?? 'no answer'}`);
        return performance.now() - started;
      },
      type,
      input,
    );
  const asleep = async () => {
    await devtools.send('ServiceWorker.stopAllWorkers');
    await new Promise((resolve) => setTimeout(resolve, 300));
  };
  return { timed, asleep, close: () => launched.browser.close() };
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
    const times: WakeUpTimes[] = probes.map(() => ({ wakeUp: [], wakeUpAndAnalysis: [], warmAnalysis: [] }));
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
        times[i]!.wakeUpAndAnalysis.push(await probe.timed('analyzeText', { text: article }));
        times[i]!.warmAnalysis.push(await probe.timed('analyzeText', { text: article }));
      }
    }
    return times;
  } finally {
    for (const probe of probes) await probe.close();
  }
}
