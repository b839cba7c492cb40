/// <reference types="chrome" />
/**
 * Talks to Gloss's content scripts the way the acceptance checks do: from an extension
 * page, with tabs.sendMessage and the documented envelope.
 */
import type { Page } from 'puppeteer-core';

/** Result envelope of a hook call. */
export type HookReply<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/** Finds the tab showing pageUrl by asking each tab's content script for its page. */
export async function findTabId(probe: Page, pageUrl: string): Promise<number> {
  const id = await probe.evaluate(async (url: string) => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    for (let attempt = 0; attempt < 50; attempt++) {
      for (const tab of await api.tabs.query({})) {
        if (tab.id === undefined) continue;
        try {
          const reply = (await api.tabs.sendMessage(tab.id, { ns: 'gloss', v: 1, type: 'getPageState', input: {} })) as
            | { ok: boolean; value?: { page?: { url: string } } }
            | undefined;
          if (reply?.ok && reply.value?.page?.url === url) return tab.id;
        } catch {
          // no Gloss in this tab
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return -1;
  }, pageUrl);
  if (id < 0) throw new Error(`no tab with Gloss shows ${pageUrl}`);
  return id;
}

/** Finds the tab showing pageUrl by its address alone, for documents where Gloss does not answer. */
export async function findTabByUrl(probe: Page, pageUrl: string): Promise<number> {
  const id = await probe.evaluate(async (url: string) => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    for (let attempt = 0; attempt < 50; attempt++) {
      const tab = (await api.tabs.query({})).find((candidate) => candidate.url === url);
      if (tab?.id !== undefined) return tab.id;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return -1;
  }, pageUrl);
  if (id < 0) throw new Error(`no tab shows ${pageUrl}`);
  return id;
}

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
