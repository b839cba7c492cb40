/**
 * Content script entry: find the article, place the reader's notes, mark entities and
 * claims, and answer the popup. One Gloss runs per page (./handover); it is torn down when
 * a newer one arrives after an update, or on an in-page navigation, to start over.
 */
import type { ArticleMetadata } from '../core/article/metadata';
import type { PageMeta } from '../core/model/page';
import { isLightColor } from '../core/model/contrast';
import { CLAIM_THRESHOLDS, DEFAULT_SETTINGS, type Settings, isAutoMarkOn } from '../core/model/settings';
import { siteOf } from '../core/url/site';
import type { ContentApi } from '../messaging/protocol';
import { createRouter } from '../messaging/router';
import { isRecord } from '../core/model/guards';
import { NOTE_FRAME_PAGE } from '../core/model/note-frame';
import { noteChangeFailure } from '../core/model/save-problem';
import { extensionUrl, isConnected, onMessageNative, runtimeId } from '../platform/native-runtime';
import { findArticle } from './article/find-article';
import { canonicalHref } from './article/collect-metadata';
import { callBackground } from './background-client';
import { startInteractions } from './features/interactions';
import { createMarksFeature } from './features/marks';
import { createNotesFeature } from './features/notes';
import { watchPage } from './features/page-watch';
import { pageApiRoutes } from './features/page-api';
import { answerNewcomers, takeOver } from './handover';
import { ARTICLE_ATTRIBUTE, INJECTED_MARKER, isSelectionTurnedOff, LIGHT_TEXT_MARKER, SELECTABLE_MARKER, removePageMarkers } from './page-markers';
import { createHighlightPainter } from './highlighting/painter';
import { createLazyUiController, inPageUiFromGlobal } from './shadow-ui/lazy-controller';
import type { NoteFrameSource } from './shadow-ui/note-frame-surface';
import { buildTextIndex, lazyTextIndex } from './text-index/text-index';
import { wholePageText } from './text-index/page-text';

/** The page's record; its title, byline and date come back from the background once it has read the metadata. */
function pageMeta(key: string, meta?: ArticleMetadata): PageMeta {
  return {
    key,
    url: location.href,
    title: (meta?.title || document.title || location.href).slice(0, 1000),
    site: siteOf(location.hostname),
    siteName: (meta?.site ?? '').slice(0, 1000),
    byline: (meta?.byline ?? '').slice(0, 1000),
    published: (meta?.published ?? '').slice(0, 1000),
    lang: (meta?.lang ?? '').slice(0, 1000),
  };
}

function start(): void {
  const root = document.documentElement;
  if (!root || !takeOver(document)) return;
  root.setAttribute(INJECTED_MARKER, '');
  const article = findArticle(document);
  if (!article) return; // no body

  const controller = new AbortController();
  const { signal } = controller;
  const articleFound = article.isArticle ? article : undefined;
  const isArticle = articleFound !== undefined;
  articleFound?.root.setAttribute(ARTICLE_ATTRIBUTE, '');
  const scopeRoot = articleFound?.root ?? document.body;
  if (articleFound) {
    const article = articleFound.root;
    // Style reads on article pages only (entities are marked nowhere else): the marks must show
    // on the colours the page really has, and the reader must be able to select the text to
    // highlight it, though the site turned selection off (user-select: none)...
    if (isLightColor(getComputedStyle(article).color)) root.setAttribute(LIGHT_TEXT_MARKER, '');
    if (isSelectionTurnedOff(article)) root.setAttribute(SELECTABLE_MARKER, '');
    // ...or its scripts cancel it (onselectstart): in the article, the page's handlers are not
    // run; the window's capture comes before them all.
    const keepSelectable = (event: Event) => article.contains(event.target as Node) && event.stopImmediatePropagation();
    window.addEventListener('selectstart', keepSelectable, { capture: true, signal });
  }
  const index = articleFound ? buildTextIndex(scopeRoot, articleFound.excluded) : lazyTextIndex(scopeRoot, () => buildTextIndex(scopeRoot));
  const indexedLength = scopeRoot.textContent?.length ?? 0;
  // Outside an article, the page's text is the one index already.
  const pageIndex = articleFound ? wholePageText(document, signal) : undefined;
  const page = pageMeta('');
  // The background derives the key (canonical URL, tracking stripped) and reads this page's notes.
  const opening = callBackground('pageOpened', {
    url: location.href,
    canonical: canonicalHref(document),
    source: article.metadataSource,
  });
  const pageKey = opening.then((opened) => (opened.ok ? (opened.value.pageKey ?? undefined) : undefined));
  const painter = createHighlightPainter();
  // A note editor's frame: its address, and a fresh key that the background hands the frame too.
  const noteFrame: NoteFrameSource = async () => {
    const reply = await callBackground('openNoteFrame', {});
    return reply.ok ? { url: extensionUrl(NOTE_FRAME_PAGE), key: reply.value.key } : { problem: noteChangeFailure('write', reply.error.message) };
  };
  const ui = createLazyUiController(
    document,
    signal,
    async () => {
      const loaded = await callBackground('loadInPageUi', {});
      const inPageUi = inPageUiFromGlobal();
      if (!loaded.ok || !inPageUi) throw new Error(loaded.ok ? 'inpage-ui.js ran, but left nothing' : loaded.error.message);
      return inPageUi;
    },
    noteFrame,
  );
  // A Gloss cut off by an update leaves the page to the new one, unless the reader is
  // writing a note in it: then it stays, and saving says to copy the note and reload.
  answerNewcomers(document, () => isConnected() || ui.isEditing(), () => controller.abort(), signal);
  const notes = createNotesFeature({
    index,
    pageIndex,
    page,
    pageKey,
    painter,
    background: callBackground,
  });
  const marks = createMarksFeature(index, painter, callBackground);
  const interactions = startInteractions({ document, index, pageIndex, notes, marks, ui, signal });
  let settings: Settings = DEFAULT_SETTINGS;

  const marksOn = (): boolean => isArticle && isAutoMarkOn(settings, page.site);
  const applySettings = async (): Promise<void> => {
    marks.configure(marksOn(), CLAIM_THRESHOLDS[settings.claimSensitivity]);
    if (marksOn()) await marks.analyze();
  };

  const ready = (async () => {
    const opened = await opening;
    if (!opened.ok) {
      if (/context invalidated/i.test(opened.error.message)) return controller.abort();
      // Storage may be unavailable (Firefox "never remember history"): marks still work.
      console.warn('Gloss:', opened.error.message);
      return applySettings();
    }
    settings = opened.value.settings;
    Object.assign(page, pageMeta(opened.value.pageKey ?? '', opened.value.metadata));
    notes.place(opened.value.annotations);
    await applySettings();
  })().catch((error: unknown) => console.error('Gloss: start failed', error));

  const removeListener = onMessageNative(
    createRouter<ContentApi>(
      pageApiRoutes({
        status: isArticle ? 'article' : article.tooLarge ? 'too-large' : 'no-article',
        index,
        page,
        notes,
        marks,
        interactions,
        painter,
        ready,
        autoMark: marksOn,
        onSettingsChanged: async () => {
          const result = await callBackground('getSettings', {});
          if (result.ok) settings = result.value;
          await applySettings();
        },
      }),
      // Only this extension can message a content script; the background and popup alike.
      (raw) => (isRecord(raw) && raw.id === runtimeId() ? { kind: 'extension', url: '' } : undefined),
      (message, error) => console.error(`Gloss: ${message}`, error),
    ),
  );
  signal.addEventListener('abort', () => {
    painter.clear('gloss-');
    removePageMarkers(root, scopeRoot);
    // Last: on a script cut off from the extension, the runtime may throw here.
    removeListener();
  });
  void ready.then(() =>
    watchPage({
      document,
      signal,
      root: scopeRoot,
      indexedLength,
      excluded: articleFound?.excluded ?? new Set(),
      hasOrphans: () => notes.placements().some((p) => p.state === 'orphaned'),
      marksIntact: () => painter.isIntact(),
      busy: () => ui.current()?.kind === 'editor',
      restart: () => {
        controller.abort();
        boot();
      },
    }),
  );
}

function boot(): void {
  try {
    start();
  } catch (error) {
    // A broken page must never break the reader's page further: log and stay quiet.
    console.error('Gloss could not start on this page', error);
  }
}

boot();
