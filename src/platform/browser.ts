/**
 * The only importer of webextension-polyfill: a narrow facade over the browser APIs
 * Gloss uses, so the polyfill (frozen upstream) can be dropped in one place.
 */
import browser, { type Menus, type Runtime, type Tabs } from 'webextension-polyfill';

export type { Tabs };

/** A listener in webextension-polyfill's shape: undefined = not mine; a Promise = my answer. */
export type RawListener = (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined;

/** This extension's id. */
export function extensionId(): string {
  return browser.runtime.id;
}

/** The extension's own origin, with a trailing slash ("chrome-extension://id/"). */
export function extensionOrigin(): string {
  return browser.runtime.getURL('');
}

/** Sends a message to the background (and any open extension page). */
export function sendRuntimeMessage(message: unknown): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

/**
 * Runs a self-contained function in a tab (top frame, the extension's isolated world) and
 * returns its answer; undefined where Gloss may not run. The function is sent as its source:
 * it may use nothing from outside its body.
 */
export async function askPage<T>(tabId: number, question: () => T): Promise<T | undefined> {
  try {
    const [first] = await browser.scripting.executeScript({ target: { tabId }, func: question });
    return first?.result as T | undefined;
  } catch {
    return undefined;
  }
}

/** Sends a message to the content script of a tab (top frame). */
export function sendTabMessage(tabId: number, message: unknown): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message, { frameId: 0 });
}

/** Registers a runtime message listener; returns its remover. */
export function onRuntimeMessage(listener: RawListener): () => void {
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** The active tab of the window the caller lives in. */
export async function activeTab(): Promise<Tabs.Tab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** Every tab (url is present only where host permissions allow). */
export function allTabs(): Promise<Tabs.Tab[]> {
  return browser.tabs.query({});
}

/** Creates (or re-creates, after an update) a context-menu entry for selected text. */
export function createSelectionMenu(id: string, title: string): void {
  // The worker starts many times; removing first avoids a duplicate-id error.
  browser.contextMenus
    .removeAll()
    .then(() => browser.contextMenus.create({ id, title, contexts: ['selection'] }))
    .catch((error: unknown) => console.error('Gloss: context menu', error));
}

/** Calls back with the tab when one of our context-menu entries is clicked. */
export function onMenuClicked(listener: (menuId: string, tab: Tabs.Tab | undefined) => void): void {
  browser.contextMenus.onClicked.addListener((info: Menus.OnClickData, tab?: Tabs.Tab) => listener(String(info.menuItemId), tab));
}

/** Calls back when a keyboard command of the manifest is pressed. */
export function onCommand(listener: (command: string, tab: Tabs.Tab | undefined) => void): void {
  browser.commands.onCommand.addListener((command: string, tab?: Tabs.Tab) => listener(command, tab));
}

/** Calls back when Gloss is installed or updated (not when the browser itself is). */
export function onInstalledOrUpdated(listener: () => void): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update') listener();
  });
}

/** Runs the manifest's content script and stylesheet in a tab's top frame, as the browser does at page load. */
export async function injectContentScript(tabId: number): Promise<void> {
  await browser.scripting.insertCSS({ target: { tabId }, files: ['content.css'] });
  await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
}

/** Runs the in-page UI's bundle (build.mjs entry 'inpage-ui') in one frame of a tab, in the world of Gloss's content script there. */
export async function injectInPageUi(tabId: number, frameId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['inpage-ui.js'] });
}

/** The manifest version string, for export metadata. */
export function extensionVersion(): string {
  return browser.runtime.getManifest().version;
}

/** The bytes of a file shipped inside the extension package (the language models); a failure names the file. */
export async function readPackagedFile(path: string): Promise<ArrayBuffer> {
  try {
    const response = await fetch(browser.runtime.getURL(path));
    if (!response.ok) throw new Error(String(response.status));
    return await response.arrayBuffer();
  } catch (error) {
    // Firefox fails a missing file with "The operation was aborted.": say which file.
    throw new Error(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
