/**
 * The background's cold start as a reader meets it: the built extension (dist/chrome) in
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

export async function timeBackgroundWakeUps(article: string, runs = 9): Promise<WakeUpTimes> {
  const launched = await launch('chromium');
  try {
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
    const times: WakeUpTimes = { wakeUp: [], wakeUpAndAnalysis: [], warmAnalysis: [] };
    // One round untimed: the first start after the browser's own also waits for the browser's start-up work.
    await asleep();
    await timed('analyzeText', { text: article });
    for (let r = 0; r < runs; r++) {
      await asleep();
      times.wakeUp.push(await timed('getSettings', {}));
      await asleep();
      times.wakeUpAndAnalysis.push(await timed('analyzeText', { text: article }));
      times.warmAnalysis.push(await timed('analyzeText', { text: article }));
    }
    return times;
  } finally {
    await launched.browser.close();
  }
}
