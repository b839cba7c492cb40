/**
 * Launches Debian's Chromium or Firefox ESR with the built extension loaded
 * (../shared/docs/BROWSER-TESTING.md), and opens extension pages in tabs.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export type Engine = 'chromium' | 'firefox';

const EXECUTABLES: Record<Engine, string> = { chromium: '/usr/bin/chromium', firefox: '/usr/bin/firefox-esr' };
const GECKO_ID = 'gloss@example.org';
const FIREFOX_UUID = 'a1b2c3d4-0000-4000-8000-0123456789ab';

/** A launched browser with Gloss installed. */
export interface Launched {
  engine: Engine;
  browser: Browser;
  /** chrome-extension://ID/ or moz-extension://UUID/ */
  extensionBase: string;
}

/** True when the engine is installed; in CI a missing browser is a failure, elsewhere a skip. */
export function isEngineAvailable(engine: Engine): boolean {
  const available = existsSync(EXECUTABLES[engine]);
  if (!available && process.env.CI) throw new Error(`${EXECUTABLES[engine]} is missing: CI must install it (.ci/run)`);
  if (!available) console.warn(`e2e: ${EXECUTABLES[engine]} not found, skipping ${engine} (apt-get install chromium firefox-esr)`);
  return available;
}

/** The built extension folder for an engine; the tests need `npm run build` first. */
export function extensionDir(engine: Engine): string {
  const dir = resolve('dist', engine === 'chromium' ? 'chrome' : 'firefox');
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir} is missing: run npm run build first`);
  return dir;
}

/** How the browser presents itself to pages: `dark` makes prefers-color-scheme match dark. */
export interface LaunchOptions {
  colorScheme?: 'dark';
  /** Start without Gloss, to install it later with installGloss (as a reader does, tabs already open). */
  withoutGloss?: boolean;
  /** Load the extension from this folder instead of the engine's build (a damaged copy). */
  extension?: string;
}

export async function launch(engine: Engine, options: LaunchOptions = {}): Promise<Launched> {
  const dir = options.extension ?? extensionDir(engine);
  const dark = options.colorScheme === 'dark';
  if (engine === 'chromium') {
    const browser = await puppeteer.launch({
      executablePath: EXECUTABLES.chromium,
      headless: true,
      pipe: true,
      protocolTimeout: 15_000,
      enableExtensions: options.withoutGloss ? true : [dir],
      userDataDir: mkdtempSync(join(tmpdir(), 'gloss-chr-')),
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--window-size=1280,900', ...(dark ? ['--force-dark-mode'] : [])],
      defaultViewport: { width: 1280, height: 900 },
    });
    if (options.withoutGloss) return { engine, browser, extensionBase: '' };
    const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().endsWith('/background.js'), { timeout: 20_000 });
    return { engine, browser, extensionBase: `chrome-extension://${new URL(worker.url()).host}/` };
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: EXECUTABLES.firefox,
    headless: true,
    args: ['--remote-allow-system-access', '--width=1280', '--height=900'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // 0 = dark, 1 = light: the colour scheme pages see.
      ...(dark ? { 'layout.css.prefers-color-scheme.content-override': 0 } : {}),
    },
    defaultViewport: { width: 1280, height: 900 },
  });
  if (!options.withoutGloss) await browser.installExtension(dir);
  return { engine, browser, extensionBase: `moz-extension://${FIREFOX_UUID}/` };
}

/** Installs the built Gloss into a running browser, or installs it again (an update, as a store's would be). */
export async function installGloss(launched: Launched): Promise<Launched> {
  const id = await launched.browser.installExtension(extensionDir(launched.engine));
  return launched.engine === 'chromium' ? { ...launched, extensionBase: `chrome-extension://${id}/` } : launched;
}

/** Opens an extension page in a new tab (Firefox needs BiDi navigate: BROWSER-TESTING F2). */
export async function openExtensionPage(launched: Launched, path: string): Promise<Page> {
  const page = await launched.browser.newPage();
  const url = launched.extensionBase + path;
  if (launched.engine === 'chromium') await page.goto(url);
  else await (page.mainFrame() as unknown as { browsingContext: { navigate(url: string, wait: string): Promise<unknown> } }).browsingContext.navigate(url, 'complete');
  return page;
}

/** Opens a web page and waits until Gloss's content script has started in it. */
export async function openWebPage(launched: Launched, url: string): Promise<Page> {
  const page = await launched.browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('html[data-gloss-injected]', { timeout: 15_000 });
  return page;
}
