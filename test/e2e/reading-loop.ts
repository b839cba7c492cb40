/**
 * The whole reading loop, driven like a user in a real browser with the built
 * extension: article detection, marks, select → toolbar → note, reload, popup, edit,
 * delete, a non-article page, a strict-CSP page. Shared by the per-engine test files.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page, Realm } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageAnalysis } from '../../src/messaging/protocol';
import { type Engine, type Launched, extensionDir, installGloss, isEngineAvailable, launch, openExtensionPage, openWebPage } from '../helpers/browsers';
import { runAxe } from '../helpers/axe';
import { findTabByUrl, findTabId, sendToBackground, sendToTab } from '../helpers/extension-hooks';
import { type FixtureServer, startFixtureServer } from '../helpers/fixture-server';

const ARTIFACTS = 'test-artifacts';
const QUOTE = 'protect more than 12,000 homes';

/**
 * Puppeteer's own isolated world in the page: it reads the page even where the page may run
 * no scripts (a CSP sandbox). Puppeteer keeps it out of its public types; pinned 24.43.1 has it.
 */
function isolatedRealm(page: Page): Realm {
  return (page.mainFrame() as unknown as { isolatedRealm(): Realm }).isolatedRealm();
}

/** Selects `phrase` inside the article (or the element `scope` names) with a real mouse drag. */
async function dragSelect(page: Page, phrase: string, scope = '[data-gloss-article]'): Promise<void> {
  const box = await isolatedRealm(page).evaluate((text: string, within: string) => {
    const root = document.querySelector(within) ?? document.body;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rects = range.getClientRects();
      const first = rects[0]!;
      const last = rects[rects.length - 1]!;
      return { x0: first.left + 1, y0: first.top + first.height / 2, x1: last.right - 1, y1: last.top + last.height / 2 };
    }
    throw new Error(`phrase not found: ${text}`);
  }, phrase, scope);
  await page.mouse.move(box.x0, box.y0);
  await page.mouse.down();
  await page.mouse.move((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2, { steps: 4 });
  await page.mouse.move(box.x1, box.y1, { steps: 4 });
  await page.mouse.up();
}

/** Clicks the middle of the first occurrence of `phrase` in the article. */
async function clickPhrase(page: Page, phrase: string): Promise<void> {
  const point = await page.evaluate((text: string) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at + Math.floor(text.length / 2));
      range.setEnd(node, at + Math.floor(text.length / 2) + 1);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    throw new Error(`phrase not found: ${text}`);
  }, phrase);
  await page.mouse.click(point.x, point.y);
}

/**
 * Waits for an element inside Gloss's shadow UI. Puppeteer's waitForSelector re-checks on
 * document mutations only, and misses changes inside an existing shadow root: poll instead.
 */
async function waitForUi(page: Page, selector: string) {
  await page.waitForFunction((s: string) => !!document.querySelector('gloss-ui')?.shadowRoot?.querySelector(s), { polling: 50, timeout: 5_000 }, selector);
  return (await page.$(`gloss-ui >>> ${selector}`))!;
}

/**
 * The note editor's frame: a page of the extension inside the page, showing its form. Waited
 * for from the page (the frame element is sized once the editor is drawn): reaching into a
 * frame still starting up can keep it from drawing, and a closed editor's frame lingers a
 * moment, no longer marked as the editor.
 */
async function editorFrame(page: Page): Promise<Frame> {
  const sized = () => document.querySelector('gloss-ui')?.shadowRoot?.querySelector<HTMLIFrameElement>('iframe[data-gloss="editor"]')?.style.height;
  await page.waitForFunction(sized, { polling: 50, timeout: 5_000 });
  const frame = await (await page.$('gloss-ui >>> iframe[data-gloss="editor"]'))?.contentFrame();
  if (!frame) throw new Error('no note editor frame in the page');
  return frame;
}

/** Waits for an element of the note editor, in its frame. */
async function waitForEditor(page: Page, selector: string) {
  return (await (await editorFrame(page)).waitForSelector(selector, { timeout: 5_000 }))!;
}

/** Clicks an element of the note editor, in its frame. */
async function clickInEditor(page: Page, selector: string): Promise<void> {
  await (await editorFrame(page)).click(selector);
}

/** Like a reader: select the phrase, pick a colour in the toolbar, wait until it is painted. */
async function highlightWithToolbar(page: Page, phrase: string, color: string): Promise<void> {
  await dragSelect(page, phrase);
  await waitForUi(page, '[data-gloss="toolbar"]');
  await page.click(`gloss-ui >>> [data-gloss="toolbar"] [data-color="${color}"]`);
  await waitForHighlights(page, `gloss-note-${color}`, 1);
}

/** The test article as served at /NAME.html, naming its own canonical URL: its notes are its own page's. */
function articleNamed(name: string): string {
  return readFileSync('test/fixtures/pages/article.html', 'utf8').replace('/news/2026/flood-barrier.html', `/news/2026/${name}.html`);
}

/** Like a reader: select the phrase, choose "Add note" in the toolbar, and type the note (not saved yet). */
async function writeNote(page: Page, phrase: string, text: string): Promise<void> {
  await dragSelect(page, phrase);
  await waitForUi(page, '[data-gloss="toolbar"]');
  await page.click('gloss-ui >>> [data-action="add-note"]');
  await waitForEditor(page, 'textarea[name="note"]');
  await page.keyboard.type(text);
}

/** Like a reader: click the highlighted phrase, find its note in the editor that opens, and close it. */
async function expectNoteOn(page: Page, phrase: string, note: string): Promise<void> {
  await clickPhrase(page, phrase);
  const editor = await waitForEditor(page, 'textarea[name="note"]');
  expect(await editor.evaluate((el) => (el as HTMLTextAreaElement).value)).toBe(note);
  await page.keyboard.press('Escape');
}

/** Waits until a named highlight paints exactly `count` ranges. */
function waitForHighlights(page: Page, name: string, count: number): Promise<unknown> {
  return page.waitForFunction((n: string, c: number) => (CSS.highlights.get(n)?.size ?? 0) === c, { polling: 50, timeout: 5_000 }, name, count);
}

/**
 * Names of highlights Gloss registered in the page, with how many of their ranges still lie on
 * text in the page (a range on nodes the page removed collapses, and shows nothing).
 */
function highlightCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const counts: Record<string, number> = {};
    CSS.highlights.forEach((highlight, name) => {
      counts[name] = [...highlight].filter((range) => !range.collapsed && range.startContainer.isConnected).length;
    });
    return counts;
  });
}

/** Moves the pointer onto the first range of a named highlight ("gloss-per"), or the first reading `text`, scrolled into view. */
async function hoverHighlight(page: Page, name: string, text?: string): Promise<void> {
  await page.mouse.move(0, 0);
  const point = await page.evaluate((highlightName: string, wanted: string | undefined) => {
    for (const range of (CSS.highlights.get(highlightName) ?? []) as Iterable<Range>) {
      if (wanted !== undefined && range.toString() !== wanted) continue;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + 3, y: rect.top + rect.height / 2 };
    }
    throw new Error(`nothing painted as ${highlightName}${wanted === undefined ? '' : ` reads "${wanted}"`}`);
  }, name, text);
  await page.mouse.move(point.x, point.y, { steps: 3 });
}

/** The story a single-page site shows after "Next story" (test/e2e: in-page navigations). */
const NEXT_STORY =
  '<h1>Second story about the harbour</h1><p>The harbour authority said on Monday that dredging would begin in May, at a cost of $3 million, after two years of delays.</p><p>Fishermen welcomed the plan but warned that the work must not disturb the spawning season, which runs from March to June every year.</p><p>The council will publish the full schedule next week, officials said.</p>';

export function defineReadingLoop(engine: Engine): void {
  describe.skipIf(!isEngineAvailable(engine))(`reading loop in ${engine}`, () => {
    let launched: Launched;
    let server: FixtureServer;
    let probe: Page;

    const analysisOf = async (url: string): Promise<PageAnalysis> => {
      const reply = await sendToTab<PageAnalysis>(probe, await findTabId(probe, url), 'getPageAnalysis');
      if (!reply.ok) throw new Error(reply.error.message);
      return reply.value;
    };

    /** Opens a web page and waits until Gloss has analysed it. */
    const openAnalysed = async (url: string): Promise<Page> => {
      const page = await openWebPage(launched, url);
      await analysisOf(url);
      return page;
    };

    /** Serves `html` (the test article under a canonical URL of its own) at /NAME.html; returns its address. */
    const serveArticle = (name: string, html = articleNamed(name)): string => {
      server.override(`/${name}.html`, html);
      return `${server.origin}/${name}.html`;
    };

    /** Opens the popup, as an extension page, for the tab showing url. */
    const openPopupFor = async (url: string): Promise<Page> => openExtensionPage(launched, `popup.html?tab=${await findTabId(probe, url)}`);

    /** Opens url, checks Gloss found no article there, and returns what the popup says instead. */
    const noArticleNotice = async (url: string): Promise<string> => {
      const page = await openWebPage(launched, url);
      expect((await analysisOf(url)).article).toBeNull();
      const popup = await openPopupFor(url);
      const notice = await popup.waitForSelector('[data-testid="no-article"]', { timeout: 10_000 });
      const text = (await notice!.evaluate((el) => el.textContent)) ?? '';
      await popup.close();
      await page.close();
      return text;
    };

    beforeAll(async () => {
      mkdirSync(ARTIFACTS, { recursive: true });
      server = await startFixtureServer();
      launched = await launch(engine);
      probe = await openExtensionPage(launched, 'popup.html?view=all');
    });

    afterAll(async () => {
      await launched?.browser.close();
      await server?.close();
    });

    it('finds the article root and marks nothing outside it', async () => {
      const url = `${server.origin}/article.html`;
      const page = await openWebPage(launched, url);
      const analysis = await analysisOf(url);
      expect(analysis.article?.title).toBe('City council approves flood barrier after record rainfall');
      const text = analysis.article!.text;
      expect(text).toContain('spend $48 million on a new flood barrier');
      expect(text).toContain('asked for the design to be reviewed');
      for (const furniture of ['Most popular', 'Post comment', 'Read also', 'Share on Facebook', 'Courier Building', 'Sport', 'morning briefing']) {
        expect(text).not.toContain(furniture);
      }
      expect(text).toMatch(/in 1871\.\s+Mayor Helen/); // block boundaries are whitespace
      const rootTag = await page.$eval('[data-gloss-article]', (el) => el.className);
      expect(rootTag).toBe('article-body');
      const outside = await page.evaluate(() => {
        const root = document.querySelector('[data-gloss-article]')!;
        let count = 0;
        CSS.highlights.forEach((highlight) => {
          for (const range of highlight as unknown as Iterable<Range>) if (!root.contains(range.commonAncestorContainer)) count++;
        });
        return count;
      });
      expect(outside).toBe(0);
      await page.close();
    });

    it('marks entities and claims as separate layers with offsets into the article text', async () => {
      const url = `${server.origin}/article.html`;
      const page = await openWebPage(launched, url);
      const analysis = await analysisOf(url);
      const text = analysis.article!.text;
      for (const span of [...analysis.entities, ...analysis.claims]) expect(text.slice(span.start, span.end)).toBe(span.text);
      expect(analysis.entities.some((e) => e.type === 'PER' && e.text.endsWith('Helen Okafor'))).toBe(true);
      expect(analysis.entities.some((e) => e.type === 'LOC' || e.type === 'ORG')).toBe(true);
      expect(analysis.claims.some((c) => c.text.includes('$48 million'))).toBe(true);
      const counts = await highlightCounts(page);
      expect(counts['gloss-per']).toBeGreaterThan(0);
      expect((counts['gloss-claim'] ?? 0) + (counts['gloss-claim-strong'] ?? 0)).toBe(analysis.claims.length);
      await page.screenshot({ path: `${ARTIFACTS}/${engine}-article.png` });
      await page.close();
    });

    it('shows a card naming the entity in full when hovering a mention of it', async () => {
      const page = await openWebPage(launched, `${server.origin}/article.html`);
      await analysisOf(`${server.origin}/article.html`);
      await hoverHighlight(page, 'gloss-per', 'Okafor');
      const card = await waitForUi(page, '[data-gloss="card"]');
      expect(await card!.evaluate((el) => el.textContent)).toMatch(/^Person: Helen Okafor\s*Mentioned 2 times in this article/);
      await page.close();
    });

    it('saves a highlight with a note from the selection toolbar, and brings it back after a reload', async () => {
      const url = `${server.origin}/article.html`;
      const page = await openAnalysed(url);
      await writeNote(page, QUOTE, 'Check the 12,000 figure against the flood map.');
      await (await editorFrame(page)).type('input[name="tags"]', 'figures, flood');
      await clickInEditor(page, '[data-color="blue"]');
      await clickInEditor(page, '[data-action="save"]');
      await waitForHighlights(page, 'gloss-note-blue', 1);

      await page.reload({ waitUntil: 'load' });
      await page.waitForSelector('html[data-gloss-injected]');
      const analysis = await analysisOf(url);
      expect(analysis.annotations).toEqual([expect.objectContaining({ quote: QUOTE, state: 'anchored' })]);
      expect((await highlightCounts(page))['gloss-note-blue']).toBe(1);

      await clickPhrase(page, QUOTE);
      const editor = await waitForEditor(page, 'textarea[name="note"]');
      expect(await editor!.evaluate((el) => (el as HTMLTextAreaElement).value)).toBe('Check the 12,000 figure against the flood map.');
      await page.screenshot({ path: `${ARTIFACTS}/${engine}-note-editor.png` });
      await page.keyboard.press('Escape');
      await page.close();
    });

    it("keeps a note out of the page's reach while it is written", async () => {
      const page = await openAnalysed(`${server.origin}/article.html`);
      // The page's own script listens to every key, as a session recorder would.
      await page.evaluate(() => {
        const heard: string[] = [];
        Object.assign(window, { heard });
        for (const type of ['keydown', 'keypress', 'beforeinput', 'input', 'keyup']) window.addEventListener(type, () => heard.push(type), true);
      });
      await writeNote(page, QUOTE, 'A private thought');
      const note = await waitForEditor(page, 'textarea[name="note"]');
      expect(await note.evaluate((el) => (el as HTMLTextAreaElement).value)).toBe('A private thought');
      expect(await page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual([]);
      // Nor can it read the editor: Gloss's UI in the page holds only a frame of another origin.
      const reach = await page.evaluate(() => {
        const root = document.querySelector('gloss-ui')!.shadowRoot!;
        const frame = root.querySelector<HTMLIFrameElement>('iframe[data-gloss="editor"]');
        const fields = [...root.querySelectorAll<HTMLTextAreaElement | HTMLInputElement>('textarea, input')].map((field) => field.value);
        return { text: root.textContent, fields, hasFrame: frame !== null, frameDocument: frame?.contentDocument ?? null };
      });
      expect(reach.text).not.toContain('private');
      expect(reach.fields.join(' ')).not.toContain('private');
      expect(reach.hasFrame).toBe(true);
      expect(reach.frameDocument).toBeNull();
      await page.keyboard.press('Escape');
      await page.close();
    });

    it("highlights the headline, which is not the article's text, and brings it back after a reload", async () => {
      const url = serveArticle('headline-note');
      const page = await openAnalysed(url);
      const headline = 'council approves flood barrier';
      expect((await analysisOf(url)).article!.text).not.toContain(headline);
      await highlightWithToolbar(page, headline, 'green');
      await page.reload({ waitUntil: 'load' });
      await page.waitForSelector('html[data-gloss-injected]');
      expect((await analysisOf(url)).annotations).toEqual([expect.objectContaining({ quote: headline, state: 'anchored' })]);
      await waitForHighlights(page, 'gloss-note-green', 1);
      await page.close();
    });

    it('keeps a note Gloss cannot store in its editor, with the reason, until it can', async () => {
      const url = serveArticle('long-note');
      const page = await openAnalysed(url);
      await dragSelect(page, QUOTE);
      await waitForUi(page, '[data-gloss="toolbar"]');
      await page.click('gloss-ui >>> [data-action="add-note"]');
      const textarea = await waitForEditor(page, 'textarea[name="note"]');
      // A pasted page of text, then one more key: 20,001 characters, one over what a note holds.
      await textarea.evaluate((el) => ((el as HTMLTextAreaElement).value = 'x'.repeat(20_000)));
      await page.keyboard.type('!');
      await clickInEditor(page, '[data-action="save"]');
      const problem = await waitForEditor(page, '[role="alert"]');
      expect(await problem.evaluate((el) => el.textContent)).toContain('up to 20,000 characters; this one has 20,001');
      const kept = await waitForEditor(page, 'textarea[name="note"]');
      expect(await kept.evaluate((el) => (el as HTMLTextAreaElement).value.length)).toBe(20_001);
      expect((await analysisOf(url)).annotations).toEqual([]);

      await kept.evaluate((el) => (el as HTMLTextAreaElement).select());
      await page.keyboard.type('Shorter now.');
      await clickInEditor(page, '[data-action="save"]');
      await waitForHighlights(page, 'gloss-note-yellow', 1);
      expect((await analysisOf(url)).annotations).toEqual([expect.objectContaining({ quote: QUOTE, state: 'anchored' })]);
      await page.close();
    });

    it('keeps the note editor inside a low window', async () => {
      const page = await openAnalysed(`${server.origin}/article.html`);
      // The selection ends up mid-window, 170 pixels from its bottom: less than the editor's height.
      await page.setViewport({ width: 1280, height: 340 });
      await dragSelect(page, 'wettest winter since records began');
      await waitForUi(page, '[data-gloss="toolbar"]');
      await page.click('gloss-ui >>> [data-action="add-note"]');
      // Measured once the editor's page has drawn and sized its frame.
      await waitForEditor(page, 'textarea[name="note"]');
      const editor = await waitForUi(page, '[data-gloss="editor"]');
      await new Promise((resolve) => setTimeout(resolve, 100));
      const fit = await editor.evaluate((el) => ({ bottom: el.getBoundingClientRect().bottom, top: el.getBoundingClientRect().top, height: window.innerHeight }));
      expect(fit.top).toBeGreaterThanOrEqual(0);
      expect(fit.bottom).toBeLessThanOrEqual(fit.height);
      await page.screenshot({ path: `${ARTIFACTS}/${engine}-editor-low-window.png` });
      await page.keyboard.press('Escape');
      await page.close();
    });

    // A site may turn selection off by style or cancel it from a script; either way only in the article is it turned back on.
    const selectionOff: [string, string, (html: string) => string][] = [
      ['by style (user-select: none)', 'no-select-style', (html) => html.replace('</head>', '<style>body { -webkit-user-select: none; user-select: none; }</style></head>')],
      ['by script (onselectstart)', 'no-select-script', (html) => html.replace('<body', '<body onselectstart="return false"').replace('</body>', '<script>document.onselectstart = () => false;</script></body>')],
    ];
    it.each(selectionOff)('lets the reader select and highlight an article whose site turned text selection off %s', async (_how, name, turnOff) => {
      const url = serveArticle(name, turnOff(articleNamed(name)));
      const page = await openAnalysed(url);
      await highlightWithToolbar(page, QUOTE, 'blue');
      // Only the article: the rest of the page keeps the site's choice.
      await dragSelect(page, 'The Riverside Courier', 'footer');
      expect(await page.evaluate(() => window.getSelection()!.toString())).toBe('');
      await page.close();
    });

    it('shows the toolbar and cards on a page whose scripts stop pointer events short of the document', async () => {
      // As a framework's handler calling stopPropagation does, at the article.
      const script = "<script>for (const type of ['mouseup', 'mousemove', 'keyup']) document.querySelector('.article-body').addEventListener(type, (e) => e.stopPropagation());</script>";
      const url = serveArticle('stopped-events', articleNamed('stopped-events').replace('</body>', `${script}</body>`));
      const page = await openAnalysed(url);
      await highlightWithToolbar(page, QUOTE, 'pink');
      await hoverHighlight(page, 'gloss-per');
      expect(await (await waitForUi(page, '[data-gloss="card"]'))!.evaluate((el) => el.textContent)).toMatch(/^Person: /);
      await page.close();
    });

    it("pops no toolbar over text the reader is writing in the page's own editor", async () => {
      const editor = '<div contenteditable="true" class="reply-editor">A reply the reader is writing about the barrier</div>';
      const url = serveArticle('reply-editor', articleNamed('reply-editor').replace('<h2>Comments</h2>', `<h2>Comments</h2>${editor}`));
      const page = await openAnalysed(url);
      await dragSelect(page, 'reader is writing', '.reply-editor');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await page.evaluate(() => String(window.getSelection()))).toBe('reader is writing');
      expect(await page.$('gloss-ui >>> [data-gloss="toolbar"]')).toBeNull();
      // The same page's article text still gets its toolbar.
      await dragSelect(page, QUOTE);
      await waitForUi(page, '[data-gloss="toolbar"]');
      await page.close();
    });

    it('keeps a note being written through clicks and selections elsewhere in the page', async () => {
      const page = await openAnalysed(`${server.origin}/article.html`);
      await writeNote(page, 'wettest winter since records began', 'Half a thought');
      await clickPhrase(page, 'City Hall');
      await dragSelect(page, QUOTE);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const kept = await waitForEditor(page, 'textarea[name="note"]');
      expect(await kept.evaluate((el) => (el as HTMLTextAreaElement).value)).toBe('Half a thought');
      expect(await page.$('gloss-ui >>> [data-gloss="toolbar"]')).toBeNull();
      await clickInEditor(page, '[data-action="cancel"]');
      expect(await page.$('gloss-ui >>> [data-gloss="editor"]')).toBeNull();

      // An editor left untouched still closes on a click elsewhere.
      await dragSelect(page, 'wettest winter since records began');
      await waitForUi(page, '[data-gloss="toolbar"]');
      await page.click('gloss-ui >>> [data-action="add-note"]');
      await waitForEditor(page, 'textarea[name="note"]');
      await clickPhrase(page, 'City Hall');
      await page.waitForFunction(() => !document.querySelector('gloss-ui')?.shadowRoot?.querySelector('[data-gloss="editor"]'), { polling: 50, timeout: 5_000 });
      await page.close();
    });

    it("opens the note editor again, with what was written, when the page removes Gloss's UI", async () => {
      const url = serveArticle('removed-ui');
      const page = await openAnalysed(url);
      await writeNote(page, QUOTE, 'Written before the page cleared');
      // A script removing what it did not create, as some pages do to what extensions add.
      await page.evaluate(() => document.querySelector('gloss-ui')!.remove());
      const note = await waitForEditor(page, 'textarea[name="note"]');
      expect(await note.evaluate((el) => (el as HTMLTextAreaElement).value)).toBe('Written before the page cleared');
      await clickInEditor(page, '[data-action="save"]');
      await waitForHighlights(page, 'gloss-note-yellow', 1);
      expect((await analysisOf(url)).annotations).toEqual([expect.objectContaining({ quote: QUOTE, state: 'anchored' })]);
      await expectNoteOn(page, QUOTE, 'Written before the page cleared');
      await page.close();
    });

    it('takes the note editor back, with what was written, from a page that navigates its frame to a look-alike', async () => {
      const url = serveArticle('navigated-editor');
      server.override('/look-alike.html', '<!doctype html><title>Gloss note</title><textarea name="note"></textarea>');
      const page = await openAnalysed(url);
      await writeNote(page, QUOTE, 'Not for the page to read');
      const gloss = await editorFrame(page);
      await page.evaluate(() => {
        document.querySelector('gloss-ui')!.shadowRoot!.querySelector<HTMLIFrameElement>('iframe[data-gloss="editor"]')!.src = '/look-alike.html';
      });
      // The page's look-alike is taken out of the reader's way, and Gloss's own editor is back.
      await page.waitForFunction(() => [...document.querySelector('gloss-ui')!.shadowRoot!.querySelectorAll('iframe')].every((frame) => !frame.src.endsWith('/look-alike.html')), { polling: 50, timeout: 5_000 });
      const again = await editorFrame(page);
      expect(again).not.toBe(gloss);
      const note = await again.waitForSelector('textarea[name="note"]', { timeout: 5_000 });
      expect(await note!.evaluate((el) => (el as HTMLTextAreaElement).value)).toBe('Not for the page to read');
      await clickInEditor(page, '[data-action="save"]');
      await waitForHighlights(page, 'gloss-note-yellow', 1);
      expect((await analysisOf(url)).annotations).toEqual([expect.objectContaining({ quote: QUOTE, state: 'anchored' })]);
      await page.close();
    });

    it('undoes a note deleted in the page', async () => {
      const url = serveArticle('undo');
      const page = await openAnalysed(url);
      await writeNote(page, QUOTE, 'Worth keeping.');
      await clickInEditor(page, '[data-action="save"]');
      await waitForHighlights(page, 'gloss-note-yellow', 1);
      const [saved] = (await analysisOf(url)).annotations;

      await clickPhrase(page, QUOTE);
      await waitForEditor(page, '[data-action="delete"]');
      await clickInEditor(page, '[data-action="delete"]');
      const notice = await waitForUi(page, '[data-gloss="notice"]');
      expect(await notice.evaluate((el) => el.textContent)).toContain('Note deleted.');
      await waitForHighlights(page, 'gloss-note-yellow', 0);
      expect((await analysisOf(url)).annotations).toEqual([]);

      await page.click('gloss-ui >>> [data-action="notice-action"]');
      await waitForHighlights(page, 'gloss-note-yellow', 1);
      // The note comes back as it was, under its own id: an export made before still names it.
      expect((await analysisOf(url)).annotations).toEqual([{ id: saved!.id, quote: QUOTE, state: 'anchored' }]);
      await expectNoteOn(page, QUOTE, 'Worth keeping.');
      await page.close();
    });

    it('lists the note in the popup, and edits and deletes from there reach the page', async () => {
      const url = `${server.origin}/article.html`;
      const page = await openAnalysed(url);
      const popup = await openPopupFor(url);
      await popup.waitForSelector('body[data-ready="1"]');
      const item = await popup.waitForSelector('[data-testid="page-notes"] li', { timeout: 10_000 });
      const itemText = await item!.evaluate((el) => el.textContent ?? '');
      expect(itemText).toContain(QUOTE);
      expect(itemText).toContain('Check the 12,000 figure');
      expect(itemText).toContain('#figures');
      expect(await popup.$eval('[data-testid="summary"]', (el) => el.textContent)).toMatch(/claims? worth checking/);
      // An entity chip steps through that entity's mentions in the page.
      await popup.click('[data-testid="summary"] [data-type="PER"] button.entity');
      await waitForHighlights(page, 'gloss-focus', 1);
      expect(await popup.$eval('[data-testid="summary"] [data-type="PER"] button.entity small', (el) => el.textContent)).toMatch(/^1\/\d+$/);
      // The claims count steps through the claims, in reading order.
      const { claims } = await analysisOf(url);
      expect(claims.length).toBeGreaterThan(1);
      await popup.click('[data-action="next-claim"]');
      await popup.click('[data-action="next-claim"]');
      await popup.waitForFunction((n: number) => document.querySelector('[data-action="next-claim"] small')?.textContent === `2/${n}`, { polling: 50 }, claims.length);
      await page.waitForFunction(
        (text: string) => {
          let focused = '';
          CSS.highlights.get('gloss-focus')?.forEach((range) => (focused = range.toString()));
          return focused.replace(/\s+/g, ' ') === text.replace(/\s+/g, ' ');
        },
        { polling: 50, timeout: 5_000 },
        claims[1]!.text,
      );
      await popup.screenshot({ path: `${ARTIFACTS}/${engine}-popup.png`, fullPage: true });

      await popup.click('[data-testid="page-notes"] li [data-action="edit"]');
      const textarea = await popup.waitForSelector('[data-testid="page-notes"] li textarea');
      await textarea!.evaluate((el) => ((el as HTMLTextAreaElement).value = ''));
      await textarea!.type('Edited in the popup.');
      await popup.click('[data-testid="page-notes"] li [data-action="save"]');
      await popup.waitForFunction(() => document.querySelector('[data-testid="page-notes"] li')?.textContent?.includes('Edited in the popup.'), { polling: 50 });

      await page.bringToFront();
      await clickPhrase(page, QUOTE);
      const editor = await waitForEditor(page, 'textarea[name="note"]');
      expect(await editor!.evaluate((el) => (el as HTMLTextAreaElement).value)).toBe('Edited in the popup.');
      await page.keyboard.press('Escape');

      await popup.bringToFront();
      const deleteFromPopup = async () => {
        await popup.click('[data-testid="page-notes"] li [data-action="delete"]');
        await popup.waitForFunction(() => document.querySelectorAll('[data-testid="page-notes"] li').length === 0, { polling: 50 });
        await waitForHighlights(page, 'gloss-note-blue', 0);
        expect((await analysisOf(url)).annotations).toEqual([]);
      };
      await deleteFromPopup();
      // Undo stores it again, as it was, and the page paints it again.
      await popup.click('[data-testid="deleted"] [data-action="undo"]');
      await waitForHighlights(page, 'gloss-note-blue', 1);
      expect((await analysisOf(url)).annotations).toEqual([expect.objectContaining({ quote: QUOTE, state: 'anchored' })]);
      await popup.waitForFunction(() => document.querySelector('[data-testid="page-notes"] li')?.textContent?.includes('Edited in the popup.'), { polling: 50 });
      await deleteFromPopup();
      await popup.close();
      await page.close();
    });

    it('opens the note editor from the context-menu / shortcut path on the current selection', async () => {
      const url = `${server.origin}/article.html`;
      const page = await openAnalysed(url);
      const tabId = await findTabId(probe, url);
      await dragSelect(page, 'wettest winter since records began');
      // The context-menu entry and Alt+Shift+H both send highlightSelection to the tab.
      const reply = await sendToTab<{ created: boolean }>(probe, tabId, 'highlightSelection');
      expect(reply).toEqual({ ok: true, value: { created: true } });
      await page.bringToFront();
      const quote = await waitForEditor(page, '.gloss-quote');
      expect(await quote.evaluate((el) => el.textContent)).toBe('wettest winter since records began');
      await page.keyboard.press('Escape');
      await page.close();
    });

    it('says when a selection is longer than a highlight holds, instead of opening an editor on it', async () => {
      // A long read: the article's paragraphs, over 10,000 characters.
      const paragraph = '<p>The council will publish the full cost of the barrier, line by line, before the works begin next spring.</p>';
      const url = serveArticle('long-read', articleNamed('long-read').replace('<article class="article-body">', `<article class="article-body">${paragraph.repeat(100)}`));
      const page = await openAnalysed(url);
      expect((await analysisOf(url)).article!.text.length).toBeGreaterThan(10_000);
      await page.keyboard.down('Control');
      await page.keyboard.press('a');
      await page.keyboard.up('Control');
      const reply = await sendToTab<{ created: boolean }>(probe, await findTabId(probe, url), 'highlightSelection');
      expect(reply).toEqual({ ok: true, value: { created: false } });
      await page.bringToFront();
      const notice = await waitForUi(page, '[data-gloss="notice"]');
      expect(await notice.evaluate((el) => el.textContent)).toMatch(/A highlight holds up to 10,000 characters; this selection has [\d,]+\. Select less\./);
      expect(await page.$('gloss-ui >>> [data-gloss="editor"]')).toBeNull();
      await page.close();
    });

    it('turns marking off for one site from the popup, and back on', async () => {
      const url = `${server.origin}/article.html`;
      const page = await openAnalysed(url);
      const popup = await openPopupFor(url);
      const toggle = await popup.waitForSelector('[data-testid="summary"] input[type="checkbox"]');
      await toggle!.click();
      await waitForHighlights(page, 'gloss-per', 0);
      expect((await analysisOf(url)).entities).toEqual([]);
      await popup.close();
      const again = await openPopupFor(url);
      await (await again.waitForSelector('[data-testid="summary"] input[type="checkbox"]:not(:checked)'))!.click();
      await page.waitForFunction(() => (CSS.highlights.get('gloss-per')?.size ?? 0) > 0, { polling: 50, timeout: 5_000 });
      await again.close();
      await page.close();
    });

    it('keeps notes on a page edited between visits, lists a note whose text was deleted as orphaned, and re-attaches it', async () => {
      const original = articleNamed('edited');
      const url = serveArticle('edited', original);
      const page = await openAnalysed(url);
      await highlightWithToolbar(page, 'cheaper natural defences upstream', 'yellow');
      await highlightWithToolbar(page, 'the riverside path stays open', 'green');
      // The publisher adds a paragraph, re-wraps a line and rewrites the sentence with the second note.
      server.override(
        '/edited.html',
        original
          .replace('<p>The Riverside city council', '<p>Update: this story was corrected on Wednesday.</p>\n<p>The Riverside city council')
          .replace('cheaper natural defences', 'cheaper\n          natural defences')
          .replace(' so that the riverside path stays open for most of the work', ', with the path closed for the duration'),
      );
      await page.reload({ waitUntil: 'load' });
      await page.waitForSelector('html[data-gloss-injected]');
      const placed = (await analysisOf(url)).annotations;
      expect(placed).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ quote: 'cheaper natural defences upstream', state: 'anchored' }),
          expect.objectContaining({ quote: 'the riverside path stays open', state: 'orphaned' }),
        ]),
      );
      const popup = await openPopupFor(url);
      const orphan = await popup.waitForSelector('[data-testid="orphaned-notes"] li', { timeout: 10_000 });
      expect(await orphan!.evaluate((el) => el.textContent)).toContain('the riverside path stays open');
      await popup.screenshot({ path: `${ARTIFACTS}/${engine}-popup-orphan.png`, fullPage: true });

      await page.bringToFront();
      await dragSelect(page, 'with the path closed for the duration');
      expect(await page.evaluate(() => getSelection()?.toString())).toBe('with the path closed for the duration');
      // Pressed without moving focus off the page, as in a real popup, which never takes the tab's focus.
      await popup.$eval('[data-testid="orphaned-notes"] li [data-action="reattach"]', (button) => (button as HTMLButtonElement).click());
      await popup.waitForFunction(() => !document.querySelector('[data-testid="orphaned-notes"]'), { polling: 50, timeout: 5_000 });
      const after = (await analysisOf(url)).annotations;
      expect(after.map((a) => a.state)).toEqual(['anchored', 'anchored']);
      expect(after.map((a) => a.quote)).toContain('with the path closed for the duration');
      await popup.close();
      await page.close();
    });

    it('paints its marks and notes again when the page renders the article anew with the same text', async () => {
      const url = serveArticle('rerender');
      const page = await openAnalysed(url);
      await highlightWithToolbar(page, QUOTE, 'green');
      const before = await highlightCounts(page);
      expect(before['gloss-note-green']).toBe(1);
      expect(before['gloss-per']).toBeGreaterThan(0);
      // A framework rendering the article again (hydration, a re-render): the same text in new nodes.
      await page.evaluate(() => document.querySelectorAll('[data-gloss-article] p').forEach((p) => p.replaceWith(p.cloneNode(true))));
      await expect.poll(() => highlightCounts(page), { timeout: 5_000, interval: 100 }).toEqual(before);
      await page.close();
    });

    it('reads the rest of an article the reader reveals with "Continue reading"', async () => {
      const rest = '<div id="rest" hidden><p>Later on Tuesday, Governor Maria Castellanos promised state funds for the second phase of the barrier, and said she would visit Millbrook in the spring to see the work for herself.</p><p>The council expects the first section to be finished before the autumn rains.</p></div><button id="continue">Continue reading</button>';
      const script = "<script>document.getElementById('continue').addEventListener('click', () => { document.getElementById('rest').hidden = false; });</script>";
      const url = serveArticle('continue-reading', articleNamed('continue-reading').replace('</article>', `${rest}</article>`).replace('</body>', `${script}</body>`));
      const page = await openAnalysed(url);
      expect((await analysisOf(url)).article!.text).not.toContain('Castellanos');
      await page.click('#continue');
      await expect.poll(async () => (await analysisOf(url)).entities.map((e) => e.text), { timeout: 10_000, interval: 200 }).toContain('Maria Castellanos');
      await page.close();
    });

    it('places a note whose paragraph arrives after the page loaded', async () => {
      const article = articleNamed('late');
      const lateParagraph = /<p>Engineers from Halcrow Partners[\s\S]*?<\/p>/.exec(article)![0];
      const url = serveArticle('late', article);
      const page = await openAnalysed(url);
      await highlightWithToolbar(page, 'expect construction to begin in September', 'pink');
      // Now the paragraph is rendered by the page's own script, a second after load.
      const script = `<script>setTimeout(() => { const p = document.createElement('div'); p.innerHTML = ${JSON.stringify(lateParagraph)}; document.querySelector('.article-body').insertBefore(p.firstChild, document.querySelector('.article-body p:last-of-type')); }, 1000);</script>`;
      server.override('/late.html', article.replace(lateParagraph, '').replace('</body>', `${script}</body>`));
      await page.reload({ waitUntil: 'load' });
      await page.waitForSelector('html[data-gloss-injected]');
      await waitForHighlights(page, 'gloss-note-pink', 1);
      expect((await analysisOf(url)).annotations).toEqual([expect.objectContaining({ quote: 'expect construction to begin in September', state: 'anchored' })]);
      await page.close();
    });

    it('looks at late content only once the note being written is closed', async () => {
      const page = await openAnalysed(`${server.origin}/article.html`);
      await writeNote(page, 'wettest winter since records began', 'Written while the page grows');
      // The page's own script adds a long paragraph: over a fifth more text, so Gloss will look again.
      await page.evaluate(() => {
        const p = document.createElement('p');
        p.textContent = 'A late paragraph about the river barrier and its cost. '.repeat(40);
        document.querySelector('[data-gloss-article]')!.append(p);
      });
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      const kept = await waitForEditor(page, 'textarea[name="note"]');
      expect(await kept.evaluate((el) => (el as HTMLTextAreaElement).value)).toBe('Written while the page grows');
      await clickInEditor(page, '[data-action="cancel"]');
      const url = `${server.origin}/article.html`;
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-gloss-injected'), { polling: 50 });
      await expect.poll(async () => (await analysisOf(url)).article?.text.includes('A late paragraph about the river barrier'), { timeout: 10_000, interval: 200 }).toBe(true);
      await page.close();
    });

    /** The test article with a "Next story" button whose click runs `navigate` (page script, given the next story's paragraphs). */
    const serveSinglePageApp = (name: string, navigate: string): string => {
      const article = readFileSync('test/fixtures/pages/article.html', 'utf8').replace(/<link rel="canonical"[^>]*>/, '');
      const script = `<script>document.addEventListener('click', (e) => { if (e.target.id !== 'next') return; const next = ${JSON.stringify(NEXT_STORY)}; ${navigate} });</script>`;
      server.override(`/${name}.html`, article.replace('<main class="story">', '<main class="story"><button id="next">Next story</button>').replace('</body>', `${script}</body>`));
      return `${server.origin}/${name}.html`;
    };

    const startsOverOnNextStory = async (url: string, secondUrl: string): Promise<void> => {
      const page = await openWebPage(launched, url);
      expect((await analysisOf(url)).article?.text).toContain('flood barrier');
      await page.click('#next');
      const second = await analysisOf(secondUrl);
      expect(second.article?.text).toContain('dredging would begin in May');
      expect(second.article?.text).not.toContain('flood barrier');
      await page.close();
    };

    it('starts over on an in-page navigation (pushState)', async () => {
      const url = serveSinglePageApp('spa', "history.pushState({}, '', '/spa-second.html'); document.title = 'Second story about the harbour'; document.querySelector('.article-body').innerHTML = next;");
      await startsOverOnNextStory(url, `${server.origin}/spa-second.html`);
    });

    it('starts over on a navigation that swaps the whole body (Turbo-style)', async () => {
      const swap = "history.pushState({}, '', '/turbo-second.html'); const body = document.createElement('body'); body.innerHTML = '<main class=\"story\"><div class=\"article-body\">' + next + '</div></main>'; document.body.replaceWith(body);";
      const url = serveSinglePageApp('turbo', swap);
      await startsOverOnNextStory(url, `${server.origin}/turbo-second.html`);
    });

    it('says plainly in the popup when Gloss cannot run on a page', async () => {
      // The probe is an extension page: no content script runs there, as on browser pages.
      const probeTab = await probe.evaluate(async () => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        return (await api.tabs.getCurrent())?.id ?? -1;
      });
      const popup = await openExtensionPage(launched, `popup.html?tab=${probeTab}`);
      const state = await popup.waitForSelector('[data-state="unsupported"]', { timeout: 10_000 });
      expect(await state!.evaluate((el) => el.textContent)).toContain('Gloss can’t run on this page');
      await popup.close();
    });

    it('breaks none of axe-core\'s accessibility rules in the popup\'s two views, the selection toolbar and the note editor', async () => {
      const url = serveArticle('accessible');
      const page = await openAnalysed(url);
      await highlightWithToolbar(page, 'spend $48 million', 'green'); // a note for both views to list
      const popup = await openPopupFor(url);
      await popup.waitForSelector('[data-testid="summary"]', { timeout: 10_000 });
      const thisPage = await runAxe(popup);
      await popup.click('[role="tab"]:nth-child(2)');
      await popup.waitForSelector('[role="tab"][aria-selected="true"]:nth-child(2)');
      const allNotes = await runAxe(popup);
      await popup.close();
      // A page in a background tab draws nothing: the toolbar would wait for the popup to close.
      await page.bringToFront();
      await dragSelect(page, 'river levels in Millbrook');
      await waitForUi(page, '[data-gloss="toolbar"]');
      const toolbar = await runAxe(page, { include: 'gloss-ui' });
      await page.click('gloss-ui >>> [data-action="add-note"]');
      await waitForEditor(page, 'textarea[name="note"]');
      const editor = await runAxe(await editorFrame(page), { embedded: true });
      const editorFrameElement = await runAxe(page, { include: 'gloss-ui' }); // the frame element in the shadow root: its title
      const violations = Object.fromEntries(Object.entries({ thisPage, allNotes, toolbar, editor, editorFrameElement }).map(([part, outcome]) => [part, outcome.violations]));
      expect(violations).toEqual({ thisPage: [], allNotes: [], toolbar: [], editor: [], editorFrameElement: [] });
      // The rules saw the UI: the popup's buttons, the toolbar's inside its shadow root, the editor's, and the editor's frame element.
      const buttons = [thisPage, allNotes, toolbar, editor].map((outcome) => outcome.passed['button-name'] ?? 0);
      expect(Math.min(...buttons)).toBeGreaterThanOrEqual(2);
      expect(editorFrameElement.passed['frame-title']).toBe(1);
      await page.close();
    });

    it('says in the popup what a document without a page of text is, rather than that Gloss cannot run there', async () => {
      // An SVG image opened as a document has no body: nothing to read, and no content script answer.
      const url = `${server.origin}/drawing.svg`;
      const page = await launched.browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      const popup = await openExtensionPage(launched, `popup.html?tab=${await findTabByUrl(probe, url)}`);
      const state = await popup.waitForSelector('[data-state="no-text"]', { timeout: 10_000 });
      expect(await state!.evaluate((el) => el.textContent)).toContain('This is an SVG image, not a page of text');
      await popup.close();
      await page.close();
    });

    it('exports every note, and imports them back after delete-all, reporting what it rejected', async () => {
      const url = `${server.origin}/article.html`;
      const page = await openAnalysed(url);
      await highlightWithToolbar(page, 'river levels in Millbrook', 'purple');

      const exported = await sendToBackground<{ items: unknown[] }>(probe, 'exportAll');
      if (!exported.ok) throw new Error(exported.error.message);
      expect(exported.value.items.length).toBeGreaterThan(0);
      const count = exported.value.items.length;
      expect(await sendToBackground(probe, 'deleteAll')).toEqual({ ok: true, value: { deleted: count } });
      await waitForHighlights(page, 'gloss-note-purple', 0);

      const file = { ...exported.value, items: [...exported.value.items, { id: 'urn:gloss:x', type: 'Annotation' }] };
      const report = await sendToBackground<{ added: number; rejected: { item: number }[] }>(probe, 'importAll', { data: file });
      expect(report).toMatchObject({ ok: true, value: { added: count, rejected: [{ item: count }] } });
      await waitForHighlights(page, 'gloss-note-purple', 1);
      await page.close();
    });

    it('leaves a page that is not an article unmarked', async () => {
      const url = `${server.origin}/non-article.html`;
      const page = await openWebPage(launched, url);
      const analysis = await analysisOf(url);
      expect(analysis).toMatchObject({ article: null, entities: [], claims: [] });
      expect(await page.$('[data-gloss-article]')).toBeNull();
      expect(Object.keys(await highlightCounts(page)).filter((name) => name.startsWith('gloss-'))).toEqual([]);
      await page.close();
    });

    it('says in the popup when a page is too large to look for an article in', async () => {
      server.override('/giant.html', `<!doctype html><html lang="en"><head><title>Giant</title></head><body><p>A table of seventy thousand cells.</p><div>${'<span>x</span>'.repeat(70_000)}</div></body></html>`);
      expect(await noArticleNotice(`${server.origin}/giant.html`)).toContain('too large for Gloss');
    });

    it('says in the popup when a page keeps its article inside web components', async () => {
      // As msn.com renders its stories: the text in a closed shadow root, which the page's own DOM does not show.
      const story = "<p>Flood barriers along the river were raised on Monday after a week of rain, the city's engineers said.</p>".repeat(8);
      const script = `<script>customElements.define('story-body', class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'closed' }).innerHTML = ${JSON.stringify(story)}; } });</script>`;
      server.override('/components.html', `<!doctype html><html lang="en"><head><title>A story in components</title></head><body><nav><a href="/">Home</a></nav><story-body></story-body>${script}</body></html>`);
      expect(await noArticleNotice(`${server.origin}/components.html`)).toContain('inside web components');
    });

    it('marks nothing in an article in another language, and says so in the popup', async () => {
      const url = `${server.origin}/article-it.html`;
      const page = await openWebPage(launched, url);
      const analysis = await analysisOf(url);
      expect(analysis.article?.text).toContain('La sindaca Elena Conti');
      expect(analysis).toMatchObject({ entities: [], claims: [] });
      expect(Object.keys(await highlightCounts(page)).filter((name) => name.startsWith('gloss-'))).toEqual([]);
      const popup = await openPopupFor(url);
      const notice = await popup.waitForSelector('[data-testid="not-english"]', { timeout: 10_000 });
      expect(await notice!.evaluate((el) => el.textContent)).toContain('reads as another language');
      await popup.screenshot({ path: `${ARTIFACTS}/${engine}-popup-other-language.png`, fullPage: true });
      await popup.close();
      await page.close();
    });

    it('shows the toolbar, styled, and the note editor on a page with a strict CSP', async () => {
      const url = `${serveArticle('strict-csp')}?csp=strict`;
      const page = await openAnalysed(url);
      await dragSelect(page, 'wettest winter since records began');
      const toolbar = await waitForUi(page, '[data-gloss="toolbar"]');
      const style = await toolbar!.evaluate((el) => {
        const computed = getComputedStyle(el);
        return { position: computed.position, background: computed.backgroundColor, radius: computed.borderTopLeftRadius };
      });
      expect(style).toEqual({ position: 'fixed', background: 'rgb(255, 255, 255)', radius: '8px' });
      await page.screenshot({ path: `${ARTIFACTS}/${engine}-csp-toolbar.png` });
      // The page's CSP does not keep the note editor's frame out, nor a note from being saved in it.
      await page.click('gloss-ui >>> [data-action="add-note"]');
      await waitForEditor(page, 'textarea[name="note"]');
      await page.keyboard.type('Written under a strict CSP.');
      await clickInEditor(page, '[data-action="save"]');
      await waitForHighlights(page, 'gloss-note-yellow', 1);
      await page.close();
    });

    it('offers to highlight, and to write the note in the popup, where a page keeps frames from running scripts', async () => {
      const url = `${serveArticle('sandboxed')}?csp=sandbox`;
      const page = await openAnalysed(url);
      // The page runs no scripts, Puppeteer's included (nor its timers in Chromium): Gloss's UI is
      // read from Puppeteer's isolated world, polled from here.
      const realm = isolatedRealm(page);
      const shown = () => realm.evaluate(() => [...(document.querySelector('gloss-ui')?.shadowRoot?.children ?? [])].map((el) => `${el.localName} ${el.textContent}`).join(' | '));
      await dragSelect(page, 'wettest winter since records began');
      await expect.poll(shown, { timeout: 5_000, interval: 50 }).toContain('Add note');
      await page.click('gloss-ui >>> [data-action="add-note"]');
      await expect.poll(shown, { timeout: 8_000, interval: 100 }).toContain('cannot open on this page');
      expect(await realm.evaluate(() => document.querySelector('gloss-ui')!.shadowRoot!.querySelector('iframe[data-gloss="editor"]'))).toBeNull();
      await page.click('gloss-ui >>> [data-action="notice-action"]');
      await expect.poll(async () => (await analysisOf(url)).annotations.map((a) => a.quote), { timeout: 5_000, interval: 100 }).toEqual(['wettest winter since records began']);
      await page.close();
    });

    it('draws entity underlines in light colours on a website with light text on dark', async () => {
      const underline = (page: Page) => page.evaluate(() => getComputedStyle(document.querySelector('[data-gloss-article] p')!, '::highlight(gloss-per)').textDecorationColor);
      const light = await openAnalysed(`${server.origin}/article.html`);
      expect(await underline(light)).toBe('rgb(21, 101, 192)');
      await light.close();
      const article = articleNamed('dark');
      server.override('/dark.html', article.replace('</head>', '<style>body { background: #121212; color: #e8e8e8; }</style></head>'));
      const dark = await openAnalysed(`${server.origin}/dark.html`);
      expect(await underline(dark)).toBe('rgb(144, 202, 249)');
      await dark.close();
    });

    // A browser of its own, started without Gloss.
    it('starts in an article that was already open when Gloss was installed', async () => {
      const bare = await launch(engine, { withoutGloss: true });
      try {
        const url = `${server.origin}/article.html`;
        const page = await bare.browser.newPage();
        await page.goto(url, { waitUntil: 'load' });
        expect(await page.$('html[data-gloss-injected]')).toBeNull();
        const installed = await installGloss(bare);
        await page.waitForSelector('html[data-gloss-injected]', { timeout: 15_000 });
        const probeNow = await openExtensionPage(installed, 'popup.html?view=all');
        const reply = await sendToTab<PageAnalysis>(probeNow, await findTabId(probeNow, url), 'getPageAnalysis');
        expect(reply.ok && reply.value.article?.title).toBe('City council approves flood barrier after record rainfall');
        expect(reply.ok && reply.value.entities.length).toBeGreaterThan(0);
        await page.bringToFront();
        await highlightWithToolbar(page, QUOTE, 'green');
      } finally {
        await bare.browser.close();
      }
    });

    // A browser of its own, with a copy of Gloss whose entity model is missing: a damaged install.
    it('says in the popup why nothing is marked when its language models cannot be loaded, still highlights, and marks once they can', async () => {
      const damaged = mkdtempSync(join(tmpdir(), 'gloss-damaged-'));
      cpSync(extensionDir(engine), damaged, { recursive: true });
      rmSync(join(damaged, 'models', 'ner-model.bin'));
      const broken = await launch(engine, { extension: damaged });
      try {
        const url = `${server.origin}/article.html`;
        const page = await openWebPage(broken, url);
        const probeHere = await openExtensionPage(broken, 'popup.html?view=all');
        const tab = await findTabId(probeHere, url);
        const reply = await sendToTab<PageAnalysis>(probeHere, tab, 'getPageAnalysis');
        expect(reply.ok && reply.value.article?.title).toBe('City council approves flood barrier after record rainfall');
        expect(reply.ok && reply.value.entities).toEqual([]);
        const popup = await openExtensionPage(broken, `popup.html?tab=${tab}`);
        const notice = await popup.waitForSelector('[data-testid="analysis-failed"]', { timeout: 10_000 });
        expect(await notice!.evaluate((el) => el.textContent)).toMatch(/^Nothing is marked: Gloss could not load its language models \(models\/ner-model\.bin: [^)]+\)\. Reinstalling Gloss mends a damaged copy\.$/);
        await popup.screenshot({ path: `${ARTIFACTS}/${engine}-popup-models-missing.png`, fullPage: true });
        await page.bringToFront();
        await highlightWithToolbar(page, QUOTE, 'green');
        const after = await sendToTab<PageAnalysis>(probeHere, tab, 'getPageAnalysis');
        expect(after.ok && after.value.annotations).toEqual([expect.objectContaining({ quote: QUOTE, state: 'anchored' })]);

        // The file is back (the package is read from disk as it is now): the popup asks the page
        // to try again, and the article is marked without a reload.
        cpSync(join(extensionDir(engine), 'models', 'ner-model.bin'), join(damaged, 'models', 'ner-model.bin'));
        await popup.close();
        const mended = await openExtensionPage(broken, `popup.html?tab=${tab}`);
        await mended.waitForSelector('[data-testid="summary"] [data-type="PER"] button.entity', { timeout: 15_000 });
        expect(await mended.$('[data-testid="analysis-failed"]')).toBeNull();
        const marked = await sendToTab<PageAnalysis>(probeHere, tab, 'getPageAnalysis');
        expect(marked.ok && marked.value.entities.length).toBeGreaterThan(0);
      } finally {
        await broken.browser.close();
        rmSync(damaged, { recursive: true, force: true });
      }
    });

    // A browser of its own: after the update the old Gloss's extension pages are gone.
    it('starts again, once, in an article left open while Gloss is updated', async () => {
      const updated = await launch(engine);
      try {
        const url = `${server.origin}/article.html`;
        const page = await openWebPage(updated, url);
        await highlightWithToolbar(page, 'wettest winter since records began', 'green');
        await installGloss(updated);

        // The new Gloss answers in the open tab, with the note placed again, and is the only one there.
        const probeAfter = await openExtensionPage(updated, 'popup.html?view=all');
        const reply = await sendToTab<PageAnalysis>(probeAfter, await findTabId(probeAfter, url), 'getPageAnalysis');
        expect(reply.ok && reply.value.annotations).toEqual([expect.objectContaining({ quote: 'wettest winter since records began', state: 'anchored' })]);
        await page.bringToFront();
        await highlightWithToolbar(page, QUOTE, 'pink');
        expect(await page.evaluate(() => document.querySelectorAll('gloss-ui').length)).toBe(1);
        expect((await highlightCounts(page))['gloss-note-green']).toBe(1);
      } finally {
        await updated.browser.close();
      }
    });

    // Chromium keeps the old Gloss running, cut off; Firefox removes it with its editor.
    if (engine === 'chromium') {
      it('keeps a note being written when Gloss is updated, and says to reload to save it', async () => {
        const updated = await launch(engine);
        try {
          const page = await openWebPage(updated, `${server.origin}/article.html`);
          await writeNote(page, QUOTE, 'Typed before the update.');
          // The page sees the new Gloss ask (a DOM event), and whether the old one answered.
          await page.evaluate(() =>
            document.addEventListener('gloss-handover', (event) => setTimeout(() => (document.documentElement.dataset.testStayed = String(event.defaultPrevented)))),
          );
          await installGloss(updated);
          await page.waitForFunction(() => document.documentElement.dataset.testStayed !== undefined, { polling: 50, timeout: 10_000 });
          expect(await page.evaluate(() => document.documentElement.dataset.testStayed)).toBe('true');
          const kept = await waitForEditor(page, 'textarea[name="note"]');
          expect(await kept.evaluate((el) => (el as HTMLTextAreaElement).value)).toBe('Typed before the update.');
          await clickInEditor(page, '[data-action="save"]');
          const problem = await waitForEditor(page, '[role="alert"]');
          expect(await problem.evaluate((el) => el.textContent)).toMatch(/^Gloss was updated or restarted .* reload the page/);
          expect(await page.evaluate(() => document.querySelectorAll('gloss-ui').length)).toBe(1);
        } finally {
          await updated.browser.close();
        }
      });
    }

    // Which scripts a page ran is visible over CDP only.
    if (engine === 'chromium') {
      it("runs the in-page UI's code in a page only once the reader selects text in it", async () => {
        const page = await launched.browser.newPage();
        const session = await page.createCDPSession();
        const scripts: string[] = [];
        session.on('Debugger.scriptParsed', ({ url }) => void scripts.push(url));
        await session.send('Debugger.enable');
        const url = `${server.origin}/article.html`;
        await page.goto(url, { waitUntil: 'load' });
        await analysisOf(url);
        expect(scripts.filter((s) => s.endsWith('/content.js'))).toHaveLength(1);
        expect(scripts.filter((s) => s.endsWith('/inpage-ui.js'))).toEqual([]);
        await dragSelect(page, QUOTE);
        await waitForUi(page, '[data-gloss="toolbar"]');
        expect(scripts.filter((s) => s.endsWith('/inpage-ui.js'))).toHaveLength(1);
        await page.close();
      });
    }

    // A browser of its own, set to a dark colour scheme: Puppeteer emulates media features
    // over CDP only, and Firefox runs over WebDriver BiDi.
    it("follows the reader's dark colour scheme in its toolbar and note editor", async () => {
      const dark = await launch(engine, { colorScheme: 'dark' });
      try {
        const page = await openWebPage(dark, `${server.origin}/article.html`);
        await dragSelect(page, 'wettest winter since records began');
        const toolbar = await waitForUi(page, '[data-gloss="toolbar"]');
        expect(await toolbar!.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(30, 30, 34)');
        await page.screenshot({ path: `${ARTIFACTS}/${engine}-dark-toolbar.png` });
        // And the note editor, in its frame.
        await page.click('gloss-ui >>> [data-action="add-note"]');
        const note = await waitForEditor(page, 'textarea[name="note"]');
        expect(await note.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(30, 30, 34)');
        await page.keyboard.press('Escape');
      } finally {
        await dark.browser.close();
      }
    });
  });
}
