/** Create, read, update and delete annotations. */
import { type Annotation, applyPatch, createAnnotation, normalizeTags } from '../../core/model/annotation';
import { type Result, fail, ok } from '../../core/model/result';
import { matchesQuery } from '../../core/storage/search';
import {
  isCreateAnnotationInput,
  isEmptyInput,
  isIdInput,
  isPageKeyInput,
  isPageOpenedInput,
  isQueryInput,
  isRestoreAnnotationInput,
  isUpdateAnnotationInput,
} from '../../messaging/guards';
import { extractMetadata } from '../../core/article/metadata';
import { pageKeyFor } from '../../core/url/page-key';
import type { BackgroundApi } from '../../messaging/protocol';
import type { Route, Sender } from '../../messaging/router';
import type { GlossDb } from '../db/schema';
import * as repo from '../db/repository';
import { type HandlerContext, mayAccessPage, withDb } from './context';

type R<K extends keyof BackgroundApi> = Route<BackgroundApi, K>;

const FOREIGN_PAGE = 'a content script may only use notes of its own site';

/** Loads an annotation the sender may touch (its own site's, or any from an extension page), then works on it. */
function withOwnAnnotation<T>(
  context: HandlerContext,
  sender: Sender,
  id: string,
  work: (db: GlossDb, stored: Annotation) => Promise<Result<T>>,
): Promise<Result<T>> {
  return withDb(context, async (db) => {
    const stored = await repo.getAnnotation(db, id);
    if (!stored) return fail('not-found', 'no such annotation');
    if (!mayAccessPage(sender, stored.pageKey)) return fail('forbidden', FOREIGN_PAGE);
    return work(db, stored);
  });
}

export function pageOpenedRoute(context: HandlerContext): R<'pageOpened'> {
  return {
    allow: ['content', 'extension'],
    guard: isPageOpenedInput,
    handle: ({ url, canonical, source }, sender) => {
      if (!mayAccessPage(sender, url)) return fail('forbidden', FOREIGN_PAGE);
      const pageKey = pageKeyFor(url, canonical) ?? null;
      return withDb(context, async (db) => {
        const [settings, annotations] = await Promise.all([repo.getSettings(db), pageKey ? repo.listPageAnnotations(db, pageKey) : []]);
        if (pageKey && annotations.length > 0) await repo.touchPage(db, pageKey, context.now());
        return ok({ pageKey, settings, annotations, metadata: extractMetadata(source) });
      });
    },
  };
}

export function listPageAnnotationsRoute(context: HandlerContext): R<'listPageAnnotations'> {
  return {
    allow: ['content', 'extension'],
    guard: isPageKeyInput,
    handle: ({ pageKey }, sender) => {
      if (!mayAccessPage(sender, pageKey)) return fail('forbidden', FOREIGN_PAGE);
      return withDb(context, async (db) => ok(await repo.listPageAnnotations(db, pageKey)));
    },
  };
}

export function createAnnotationRoute(context: HandlerContext): R<'createAnnotation'> {
  return {
    allow: ['content', 'extension'],
    guard: isCreateAnnotationInput,
    handle: ({ annotation, page }, sender) => {
      if (!mayAccessPage(sender, annotation.pageKey)) return fail('forbidden', FOREIGN_PAGE);
      return withDb(context, async (db) => {
        const now = context.now();
        const created = createAnnotation(annotation, context.newId(), now);
        await repo.saveAnnotationWithPage(db, created, page, now);
        context.announceAnnotationsChanged([created.pageKey]);
        return ok(created);
      });
    },
  };
}

export function updateAnnotationRoute(context: HandlerContext): R<'updateAnnotation'> {
  return {
    allow: ['content', 'extension'],
    guard: isUpdateAnnotationInput,
    handle: ({ id, patch }, sender) =>
      withOwnAnnotation(context, sender, id, async (db, stored) => {
        const updated = applyPatch(stored, patch, context.now());
        await repo.putAnnotation(db, updated);
        context.announceAnnotationsChanged([updated.pageKey]);
        return ok(updated);
      }),
  };
}

export function deleteAnnotationRoute(context: HandlerContext): R<'deleteAnnotation'> {
  return {
    allow: ['content', 'extension'],
    guard: isIdInput,
    handle: ({ id }, sender) =>
      withOwnAnnotation(context, sender, id, async (db, stored) => {
        await repo.deleteAnnotation(db, stored);
        context.announceAnnotationsChanged([stored.pageKey]);
        return ok({ id });
      }),
  };
}

/** Undo of a delete, from the page or the popup: the note comes back under its own id, with its dates. */
export function restoreAnnotationRoute(context: HandlerContext): R<'restoreAnnotation'> {
  return {
    allow: ['content', 'extension'],
    guard: isRestoreAnnotationInput,
    handle: ({ annotation, page }, sender) => {
      if (!mayAccessPage(sender, annotation.pageKey)) return fail('forbidden', FOREIGN_PAGE);
      // Tags as Gloss stores them, whatever was sent (as on create and import).
      const restored = { ...annotation, tags: normalizeTags(annotation.tags) };
      return withDb(context, async (db) => {
        if (!(await repo.restoreAnnotation(db, restored, page))) return fail('conflict', 'a note with this id exists');
        context.announceAnnotationsChanged([restored.pageKey]);
        return ok(restored);
      });
    },
  };
}

export function listAnnotationsRoute(context: HandlerContext): R<'listAnnotations'> {
  return {
    allow: ['extension'],
    guard: isQueryInput,
    handle: ({ query }) =>
      withDb(context, async (db) => {
        const [annotations, pages] = await Promise.all([repo.listAllAnnotations(db), repo.listPages(db)]);
        return ok({ annotations: annotations.filter((a) => matchesQuery(a, query)), pages });
      }),
  };
}

export function getStorageStatusRoute(context: HandlerContext, persisted: () => Promise<boolean>): R<'getStorageStatus'> {
  return {
    allow: ['extension'],
    guard: isEmptyInput,
    handle: async () => {
      const result = await withDb(context, async () => ok(true));
      if (!result.ok) return ok({ available: false, persisted: false, message: result.error.message });
      const isPersisted = await persisted().catch(() => false);
      return ok({ available: true, persisted: isPersisted, message: '' });
    },
  };
}
