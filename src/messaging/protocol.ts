/**
 * The one typed protocol between Gloss's contexts: a call map per receiver. Every
 * send and handle signature derives from these maps. Types only.
 */
import type { Annotation, AnnotationPatch, NewAnnotation } from '../core/model/annotation';
import type { EntitySummaryItem, TextAnalysis } from '../core/model/analysis';
import type { PageMeta, PageRecord } from '../core/model/page';
import type { Settings } from '../core/model/settings';
import type { ExportFile } from '../core/storage/export-format';
import type { ArticleMetadata, MetadataSource } from '../core/article/metadata';

/** Outcome of an import: counts, and every rejected item with its reason. */
export interface ImportReport {
  added: number;
  updated: number;
  unchanged: number;
  rejected: { item: number; reason: string }[];
}

/** Whether IndexedDB works here, and whether the browser keeps it under storage pressure. */
export interface StorageStatus {
  available: boolean;
  persisted: boolean;
  message: string;
}

/** Calls the background answers. */
export type BackgroundApi = {
  analyzeText: { input: { text: string }; output: TextAnalysis };
  /** A page started: its notes, the settings, and its metadata decided from the raw strings sent. */
  /** The background derives the page key (canonical URL, tracking stripped) so every page of a site keys alike; null where Gloss keeps no notes. */
  pageOpened: { input: PageOpenedInput; output: { pageKey: string | null; settings: Settings; annotations: Annotation[]; metadata: ArticleMetadata } };
  createAnnotation: { input: { annotation: NewAnnotation; page: PageMeta }; output: Annotation };
  updateAnnotation: { input: { id: string; patch: AnnotationPatch }; output: Annotation };
  deleteAnnotation: { input: { id: string }; output: { id: string } };
  /** Stores a deleted note again as it was (Undo): same id, same dates. Fails if the id is in use. */
  restoreAnnotation: { input: { annotation: Annotation; page: PageMeta }; output: Annotation };
  listPageAnnotations: { input: { pageKey: string }; output: Annotation[] };
  listAnnotations: { input: { query: string }; output: { annotations: Annotation[]; pages: PageRecord[] } };
  getSettings: { input: Record<string, never>; output: Settings };
  updateSettings: { input: { patch: Partial<Settings> }; output: Settings };
  exportAll: { input: Record<string, never>; output: ExportFile };
  importAll: { input: { data: unknown }; output: ImportReport };
  deleteAll: { input: Record<string, never>; output: { deleted: number } };
  getStorageStatus: { input: Record<string, never>; output: StorageStatus };
  /** Runs the in-page UI's code (inpage-ui.js) in the calling content script's frame, on its first use there. */
  loadInPageUi: { input: Record<string, never>; output: null };
  /** A fresh key for the note editor frame the calling content script opens next (core/model/note-frame). */
  openNoteFrame: { input: Record<string, never>; output: { key: string } };
  /** The key last opened in the asking note editor frame's tab: only Gloss's own note frame may ask. */
  claimNoteFrame: { input: Record<string, never>; output: { key: string } };
};

/** A page as its content script sees it: its URL, the canonical URL it claims (if any) and its metadata. */
export interface PageOpenedInput {
  url: string;
  canonical?: string;
  source: MetadataSource;
}

/** A user annotation as placed (or not) in the current page. */
export interface PlacedAnnotation {
  id: string;
  quote: string;
  state: 'anchored' | 'orphaned';
}

/** The test hook's answer: the article and everything Gloss found in it. */
export interface PageAnalysis {
  article: { title: string; byline: string; text: string } | null;
  entities: { text: string; type: string; start: number; end: number }[];
  claims: { text: string; score: number; start: number; end: number }[];
  annotations: PlacedAnnotation[];
}

/** What the popup shows about the page in a tab. */
export interface PageState {
  /**
   * 'too-large': the page has more elements than Gloss reads (LIMITS.PAGE_ELEMENTS), so no
   * article was looked for. 'in-components' (set by the popup, which asks the page itself):
   * no article in the page's DOM, but an article's worth of paragraphs inside web
   * components' shadow roots, which Gloss does not read.
   */
  status: 'article' | 'no-article' | 'too-large' | 'in-components';
  page: PageMeta | null;
  autoMark: boolean;
  /**
   * `english` is false when the article reads as another language and nothing is marked;
   * `problem` says why the article could not be analysed ('' when it was).
   */
  summary: { entities: (EntitySummaryItem & { group: number })[]; claims: number; english: boolean; problem: string };
  /** Annotation ids in document order, with their placement. */
  placements: PlacedAnnotation[];
}

/** Calls a content script answers (sent with tabs.sendMessage). */
export type ContentApi = {
  getPageAnalysis: { input: Record<string, never>; output: PageAnalysis };
  getPageState: { input: Record<string, never>; output: PageState };
  scrollToAnnotation: { input: { id: string }; output: { found: boolean } };
  /** Scrolls to the next mention of an entity (a group of the page summary). */
  showEntity: { input: { group: number }; output: { index: number; total: number } };
  /** Scrolls to the next claim worth checking. */
  showClaim: { input: Record<string, never>; output: { index: number; total: number } };
  highlightSelection: { input: Record<string, never>; output: { created: boolean } };
  /** Moves an (orphaned) note onto the text now selected in the page. */
  reattachAnnotation: { input: { id: string }; output: { reattached: boolean } };
  annotationsChanged: { input: { pageKey: string }; output: null };
  settingsChanged: { input: Record<string, never>; output: null };
};

/** Events the popup listens for (runtime.sendMessage from the background). */
export type PopupEvents = {
  annotationsChanged: { input: { pageKey: string }; output: null };
};

/** Any call map. */
export type CallMap = Record<string, { input: unknown; output: unknown }>;
export type MethodOf<M extends CallMap> = keyof M & string;
export type InputOf<M extends CallMap, K extends keyof M> = M[K]['input'];
export type OutputOf<M extends CallMap, K extends keyof M> = M[K]['output'];
