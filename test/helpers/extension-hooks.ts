/// <reference types="chrome" />
/**
 * Talks to Gloss's content scripts the way the acceptance checks do: from an extension
 * page, with tabs.sendMessage and the documented envelope.
 */
import type { Page } from 'puppeteer-core';

/** Result envelope of a hook call. */
export type HookReply<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/**
 * The tab showing pageUrl: the one whose content script says it shows it (`askGloss`), or the
 * one whose address it is, for documents where Gloss does not answer. Waits up to 5 s.
 */
async function findTab(probe: Page, pageUrl: string, askGloss: boolean): Promise<number> {
  const id = await probe.evaluate(
    // Sent to the page as source: no named function inside, which tsx (the benchmarks) would
    // wrap in a __name() call that the page does not have.
    async (url: string, ask: boolean) => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      for (let attempt = 0; attempt < 50; attempt++) {
        for (const tab of await api.tabs.query({})) {
          if (tab.id === undefined) continue;
          if (!ask) {
            if (tab.url === url) return tab.id;
            continue;
          }
          // A tab without Gloss has no one to answer: the message fails.
          const reply = (await api.tabs.sendMessage(tab.id, { ns: 'gloss', v: 1, type: 'getPageState', input: {} }).catch(() => undefined)) as
            | { ok: boolean; value?: { page?: { url: string } } }
            | undefined;
          if (reply?.ok === true && reply.value?.page?.url === url) return tab.id;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return -1;
    },
    pageUrl,
    askGloss,
  );
  if (id < 0) throw new Error(askGloss ? `no tab with Gloss shows ${pageUrl}` : `no tab shows ${pageUrl}`);
  return id;
}

/** Finds the tab showing pageUrl by asking each tab's content script for its page. */
export const findTabId = (probe: Page, pageUrl: string): Promise<number> => findTab(probe, pageUrl, true);

/** Finds the tab showing pageUrl by its address alone, for documents where Gloss does not answer. */
export const findTabByUrl = (probe: Page, pageUrl: string): Promise<number> => findTab(probe, pageUrl, false);

/** Sends one protocol message to a tab's content script and returns its reply. */
export async function sendToTab<T>(probe: Page, tabId: number, type: string, input: object = {}): Promise<HookReply<T>> {
  return probe.evaluate(
    async (id: number, messageType: string, messageInput: object) => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      return api.tabs.sendMessage(id, { ns: 'gloss', v: 1, type: messageType, input: messageInput });
    },
    tabId,
    type,
    input,
  ) as Promise<HookReply<T>>;
}

/** Sends one protocol message to the background from an extension page. */
export async function sendToBackground<T>(probe: Page, type: string, input: object = {}): Promise<HookReply<T>> {
  return probe.evaluate(
    async (messageType: string, messageInput: object) => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      return api.runtime.sendMessage({ ns: 'gloss', v: 1, type: messageType, input: messageInput });
    },
    type,
    input,
  ) as Promise<HookReply<T>>;
}
