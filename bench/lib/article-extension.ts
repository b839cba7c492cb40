/**
 * The article comparison through the built extension, as a reader (and the acceptance
 * checks) get it: each page is served from 127.0.0.1 with page scripts off, opened in
 * Chromium or Firefox with dist/ loaded, and Gloss's text is what its content script
 * answers to getPageAnalysis (empty where it finds no article). Readability runs in Node
 * on the same pages as the baseline. No times: a round trip through the extension is not
 * the detector's time (use --browser chromium for that).
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { type Engine, launch, openExtensionPage, openWebPage } from '../../test/helpers/browsers';
import { findTabId, sendToTab } from '../../test/helpers/extension-hooks';
import type { PageRun } from '../article';
import type { AebPage } from './aeb-data';
import { withoutStyles } from './article-node';
import { servePages } from './page-server';
import { extractWithReadability } from './extractors';

interface PageAnalysis {
  article: { text: string } | null;
}

export async function runThroughExtension(pages: readonly AebPage[], engine: Engine): Promise<PageRun[]> {
  const server = await servePages(pages);
  const launched = await launch(engine);
  const quiet = new VirtualConsole();
  try {
    const probe = await openExtensionPage(launched, 'popup.html');
    const runs: PageRun[] = [];
    let failures = 0;
    for (const page of pages) {
      let text = '';
      try {
        const tab = await openWebPage(launched, server.urlOf(page.id));
        const reply = await sendToTab<PageAnalysis>(probe, await findTabId(probe, tab.url()), 'getPageAnalysis');
        await tab.close();
        if (!reply.ok) throw new Error(reply.error.message);
        text = reply.value.article?.text ?? '';
      } catch (error) {
        // Scored as empty: a page the harness could not open costs Gloss its recall.
        console.error(`${page.id.slice(0, 12)}: ${String(error).slice(0, 160)}`);
        failures++;
      }
      const document = new JSDOM(withoutStyles(page.html), { url: page.url, virtualConsole: quiet }).window.document;
      const readability = extractWithReadability(document, () => performance.now());
      runs.push({ id: page.id, truth: page.truth, gloss: { text, ms: Number.NaN, isArticle: text !== '' }, readability });
    }
    // A harness that reaches no page measures nothing: say so rather than print an F1 of 0.
    if (failures === pages.length) throw new Error(`the harness failed on every page (${failures}); see the errors above`);
    return runs;
  } finally {
    await launched.browser.close();
    server.close();
  }
}
