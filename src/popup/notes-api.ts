/** What the popup needs from the rest of Gloss, as one service; tests pass an in-memory fake. */
import type { Annotation, AnnotationPatch } from '../core/model/annotation';
import { documentKind } from '../core/model/document-kind';
import type { PageMeta, PageRecord } from '../core/model/page';
import type { Result } from '../core/model/result';
import { fail } from '../core/model/result';
import type { Settings } from '../core/model/settings';
import type { ExportFile } from '../core/storage/export-format';
import { createClient } from '../messaging/client';
import type { BackgroundApi, ContentApi, ImportReport, PageState, StorageStatus } from '../messaging/protocol';
import { askPage, sendRuntimeMessage, sendTabMessage } from '../platform/browser';
import { hasProseInComponents, typeOfDocumentWithoutBody } from './page-probes';

export interface NotesApi {
  /** The page in the target tab, or a failure when Gloss cannot run there. */
  pageState(): Promise<Result<PageState>>;
  pageAnnotations(pageKey: string): Promise<Result<Annotation[]>>;
  search(query: string): Promise<Result<{ annotations: Annotation[]; pages: PageRecord[] }>>;
  update(id: string, patch: AnnotationPatch): Promise<Result<Annotation>>;
  remove(id: string): Promise<Result<{ id: string }>>;
  /** Stores a deleted note again as it was, with its page's metadata (Undo). */
  restore(annotation: Annotation, page: PageMeta): Promise<Result<Annotation>>;
  scrollTo(id: string): Promise<Result<{ found: boolean }>>;
  /** Scrolls the page to the next mention of an entity group. */
  showEntity(group: number): Promise<Result<{ index: number; total: number }>>;
  /** Scrolls the page to the next claim worth checking. */
  showClaim(): Promise<Result<{ index: number; total: number }>>;
  /** Moves a note onto the text selected in the page. */
  reattach(id: string): Promise<Result<{ reattached: boolean }>>;
  settings(): Promise<Result<Settings>>;
  updateSettings(patch: Partial<Settings>): Promise<Result<Settings>>;
  exportAll(): Promise<Result<ExportFile>>;
  importAll(data: unknown): Promise<Result<ImportReport>>;
  deleteAll(): Promise<Result<{ deleted: number }>>;
  storageStatus(): Promise<Result<StorageStatus>>;
}

/** The real service: background over runtime messages, the page over tabs.sendMessage. */
export function createMessagingNotesApi(tabId: number | undefined): NotesApi {
  const background = createClient<BackgroundApi>(sendRuntimeMessage);
  const page =
    tabId === undefined
      ? undefined
      : createClient<ContentApi>((message) => sendTabMessage(tabId, message));
  const noPage = fail<never>('unavailable', 'Gloss cannot run on this page');
  return {
    pageState: async () => {
      if (!page || tabId === undefined) return noPage;
      const state = await page('getPageState', {});
      // No answer: perhaps a document without a body, where Gloss has nothing to read.
      const bodiless = state.ok ? '' : await askPage(tabId, typeOfDocumentWithoutBody);
      if (bodiless) return fail('no-article', `This is ${documentKind(bodiless)}, not a page of text: there is nothing here to mark or highlight.`);
      // No article in the page's DOM: perhaps one inside web components, which Gloss does not read.
      if (state.ok && state.value.status === 'no-article' && (await askPage(tabId, hasProseInComponents))) return { ...state, value: { ...state.value, status: 'in-components' } };
      return state;
    },
    pageAnnotations: (pageKey) => background('listPageAnnotations', { pageKey }),
    search: (query) => background('listAnnotations', { query }),
    update: (id, patch) => background('updateAnnotation', { id, patch }),
    remove: (id) => background('deleteAnnotation', { id }),
    restore: (annotation, page) => background('restoreAnnotation', { annotation, page }),
    scrollTo: async (id) => (page ? page('scrollToAnnotation', { id }) : noPage),
    showEntity: async (group) => (page ? page('showEntity', { group }) : noPage),
    showClaim: async () => (page ? page('showClaim', {}) : noPage),
    reattach: async (id) => (page ? page('reattachAnnotation', { id }) : noPage),
    settings: () => background('getSettings', {}),
    updateSettings: (patch) => background('updateSettings', { patch }),
    exportAll: () => background('exportAll', {}),
    importAll: (data) => background('importAll', { data }),
    deleteAll: () => background('deleteAll', {}),
    storageStatus: () => background('getStorageStatus', {}),
  };
}
