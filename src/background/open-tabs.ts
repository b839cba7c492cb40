/**
 * Starts Gloss in the tabs that were open when it was installed or updated. Chrome runs a
 * manifest's content scripts only in pages loaded afterwards: the article the reader had
 * open got no Gloss until reloaded, and after an update kept one cut off from the
 * extension. Firefox injects them itself, so a tab whose Gloss answers is left alone;
 * content/handover settles a race between the two.
 */
import { envelope } from '../messaging/envelope';
import { allTabs, injectContentScript, sendTabMessage } from '../platform/browser';

/** Pages a content script may run in (the manifest matches <all_urls>; browser pages refuse it anyway). */
const SCRIPTABLE = /^(https?|file):/;

export async function startGlossInOpenTabs(): Promise<void> {
  const tabs = (await allTabs()).filter((tab) => tab.id !== undefined && SCRIPTABLE.test(tab.url ?? ''));
  await Promise.all(
    tabs.map(async ({ id }) => {
      const answered = await sendTabMessage(id!, envelope('getPageState', {})).then(
        () => true,
        () => false,
      );
      // A page the browser will not script (a store, a file without file access) stays as it is.
      if (!answered) await injectContentScript(id!).catch(() => undefined);
    }),
  );
}
