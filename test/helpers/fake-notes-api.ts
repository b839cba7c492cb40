/** An in-memory NotesApi for popup tests: same contract as the messaging one. */
import { type Annotation, applyPatch } from '../../src/core/model/annotation';
import { type Failure, fail, ok } from '../../src/core/model/result';
import type { PageMeta, PageRecord } from '../../src/core/model/page';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/model/settings';
import { buildExport, parseImport } from '../../src/core/storage/export-format';
import { matchesQuery } from '../../src/core/storage/search';
import type { PageState } from '../../src/messaging/protocol';
import type { NotesApi } from '../../src/popup/notes-api';

/** `pageFailure`: what pageState answers instead of the page (without a page: Gloss cannot run there). */
export function createFakeNotesApi(initial: { annotations: Annotation[]; page?: PageState; pages?: PageRecord[]; pageFailure?: Failure }): NotesApi & { annotations: Annotation[]; calls: string[]; restoredPages: PageMeta[] } {
  let settings: Settings = DEFAULT_SETTINGS;
  const state = { annotations: [...initial.annotations], calls: [] as string[], restoredPages: [] as PageMeta[] };
  const api: NotesApi = {
    pageState: async () => (initial.pageFailure ? fail(initial.pageFailure.code, initial.pageFailure.message) : initial.page ? ok({ ...initial.page, placements: state.annotations.map((a) => ({ id: a.id, quote: a.target.quote.exact, state: 'anchored' as const })) }) : fail('unavailable', 'no content script')),
    pageAnnotations: async (pageKey) => ok(state.annotations.filter((a) => a.pageKey === pageKey)),
    search: async (query) => ok({ annotations: state.annotations.filter((a) => matchesQuery(a, query)), pages: initial.pages ?? [] }),
    update: async (id, patch) => {
      state.calls.push(`update:${id}`);
      const index = state.annotations.findIndex((a) => a.id === id);
      if (index < 0) return fail('not-found', 'gone');
      state.annotations[index] = applyPatch(state.annotations[index]!, patch, 9_999);
      return ok(state.annotations[index]!);
    },
    remove: async (id) => {
      state.calls.push(`remove:${id}`);
      state.annotations = state.annotations.filter((a) => a.id !== id);
      return ok({ id });
    },
    restore: async (annotation, page) => {
      state.calls.push(`restore:${annotation.id}:${page.key}`);
      state.restoredPages.push(page);
      if (state.annotations.some((a) => a.id === annotation.id)) return fail('conflict', 'a note with this id exists');
      state.annotations.push(annotation);
      return ok(annotation);
    },
    scrollTo: async (id) => {
      state.calls.push(`scroll:${id}`);
      return ok({ found: true });
    },
    showEntity: async (group) => {
      state.calls.push(`entity:${group}`);
      return ok({ index: 0, total: 2 });
    },
    showClaim: async () => {
      state.calls.push('claim');
      return ok({ index: state.calls.filter((c) => c === 'claim').length - 1, total: 3 });
    },
    reattach: async (id) => {
      state.calls.push(`reattach:${id}`);
      return ok({ reattached: true });
    },
    settings: async () => ok(settings),
    updateSettings: async (patch) => ok((settings = { ...settings, ...patch })),
    exportAll: async () => ok(buildExport(state.annotations, [], 0, 'fake')),
    importAll: async (data) => {
      state.calls.push('import');
      const parsed = parseImport(data);
      if (typeof parsed === 'string') return fail('bad-request', parsed);
      const added = parsed.annotations.filter((a) => !state.annotations.some((b) => b.id === a.id));
      state.annotations.push(...added);
      return ok({ added: added.length, updated: 0, unchanged: parsed.annotations.length - added.length, rejected: parsed.rejected });
    },
    deleteAll: async () => ok({ deleted: state.annotations.splice(0).length }),
    storageStatus: async () => ok({ available: true, persisted: true, message: '' }),
  };
  return Object.assign(api, {
    get annotations() {
      return state.annotations;
    },
    calls: state.calls,
    restoredPages: state.restoredPages,
  });
}
