/** Analysis, settings, and the privileged whole-collection actions (export, import, delete all). */
import type { TextAnalysis } from '../../core/model/analysis';
import type { Annotation } from '../../core/model/annotation';
import { type PageRecord, pageMetaFromAnnotation } from '../../core/model/page';
import { errorMessage, fail, ok } from '../../core/model/result';
import { buildExport, parseImport } from '../../core/storage/export-format';
import { isAnalyzeTextInput, isEmptyInput, isImportInput, isSettingsInput } from '../../messaging/guards';
import type { BackgroundApi } from '../../messaging/protocol';
import type { Route } from '../../messaging/router';
import * as repo from '../db/repository';
import { type HandlerContext, withDb } from './context';

type R<K extends keyof BackgroundApi> = Route<BackgroundApi, K>;

export function analyzeTextRoute(context: HandlerContext): R<'analyzeText'> {
  return {
    allow: ['content', 'extension'],
    guard: isAnalyzeTextInput,
    handle: async ({ text }) => {
      let analyze: (text: string) => TextAnalysis;
      try {
        analyze = await context.analyzer();
      } catch (error) {
        return fail('unavailable', `Gloss could not load its language models (${errorMessage(error)}). Reinstalling Gloss mends a damaged copy.`);
      }
      // A fault in the analysis itself is no loading failure: the router reports it as internal.
      return ok(analyze(text));
    },
  };
}

export function getSettingsRoute(context: HandlerContext): R<'getSettings'> {
  return { allow: ['content', 'extension'], guard: isEmptyInput, handle: () => withDb(context, async (db) => ok(await repo.getSettings(db))) };
}

export function updateSettingsRoute(context: HandlerContext): R<'updateSettings'> {
  return {
    allow: ['extension'],
    guard: isSettingsInput,
    handle: ({ patch }) =>
      withDb(context, async (db) => {
        const settings = { ...(await repo.getSettings(db)), ...patch };
        await repo.putSettings(db, settings);
        context.announceSettingsChanged();
        return ok(settings);
      }),
  };
}

export function exportAllRoute(context: HandlerContext): R<'exportAll'> {
  return {
    allow: ['extension'],
    guard: isEmptyInput,
    handle: () =>
      withDb(context, async (db) => {
        const [annotations, pages] = await Promise.all([repo.listAllAnnotations(db), repo.listPages(db)]);
        return ok(buildExport(annotations, pages, context.now(), `Gloss ${context.version}`));
      }),
  };
}

/** Page records for imported annotations whose file carried none. */
function pagesFor(annotations: readonly Annotation[], pages: readonly PageRecord[]): PageRecord[] {
  const known = new Map(pages.map((page) => [page.key, page]));
  for (const a of annotations) {
    if (known.has(a.pageKey)) continue;
    known.set(a.pageKey, { ...pageMetaFromAnnotation(a), firstSeen: a.created, lastSeen: a.updated });
  }
  return [...known.values()];
}

export function importAllRoute(context: HandlerContext): R<'importAll'> {
  return {
    allow: ['extension'],
    guard: isImportInput,
    handle: ({ data }) => {
      const parsed = parseImport(data);
      if (typeof parsed === 'string') return fail('bad-request', parsed);
      return withDb(context, async (db) => {
        const counts = await repo.importRecords(db, parsed.annotations, pagesFor(parsed.annotations, parsed.pages));
        // One announcement for the whole import: one per page made an open popup re-query
        // and redraw every note once per imported page.
        context.announceAnnotationsChanged([...new Set(parsed.annotations.map((a) => a.pageKey))]);
        return ok({ ...counts, rejected: parsed.rejected });
      });
    },
  };
}

export function deleteAllRoute(context: HandlerContext): R<'deleteAll'> {
  return {
    allow: ['extension'],
    guard: isEmptyInput,
    handle: () =>
      withDb(context, async (db) => {
        const deleted = await repo.deleteEverything(db);
        context.announceAnnotationsChanged('*');
        return ok({ deleted });
      }),
  };
}
