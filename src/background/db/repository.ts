/** Reads and writes Gloss's records. Each function is one short transaction. */
import type { Annotation } from '../../core/model/annotation';
import type { PageMeta, PageRecord } from '../../core/model/page';
import { mergePageRecords, recordPageVisit } from '../../core/model/page';
import { DEFAULT_SETTINGS, type Settings } from '../../core/model/settings';
import { mergeImported } from '../../core/storage/export-format';
import { SETTINGS_KEY } from '../../core/storage/schema';
import type { GlossDb } from './schema';

/** An annotation by id. */
export function getAnnotation(db: GlossDb, id: string): Promise<Annotation | undefined> {
  return db.get('annotations', id);
}

/** A page's annotations in document order (by their stored position). */
export async function listPageAnnotations(db: GlossDb, pageKey: string): Promise<Annotation[]> {
  const annotations = await db.getAllFromIndex('annotations', 'byPage', pageKey);
  return annotations.sort((a, b) => a.target.position.start - b.target.position.start);
}

/** Every annotation, newest update first. */
export async function listAllAnnotations(db: GlossDb): Promise<Annotation[]> {
  const annotations = await db.getAllFromIndex('annotations', 'byUpdated');
  return annotations.reverse();
}

/** Every page record. */
export function listPages(db: GlossDb): Promise<PageRecord[]> {
  return db.getAll('pages');
}

/** Saves an annotation and records its page in one transaction. */
export async function saveAnnotationWithPage(db: GlossDb, annotation: Annotation, page: PageMeta, now: number): Promise<void> {
  const tx = db.transaction(['annotations', 'pages'], 'readwrite');
  const pages = tx.objectStore('pages');
  const previous = await pages.get(page.key);
  await Promise.all([tx.objectStore('annotations').put(annotation), pages.put(recordPageVisit(previous, page, now)), tx.done]);
}

/** Replaces an existing annotation. */
export async function putAnnotation(db: GlossDb, annotation: Annotation): Promise<void> {
  await db.put('annotations', annotation);
}

/** Deletes one annotation; its page record stays while other notes refer to it. */
export async function deleteAnnotation(db: GlossDb, annotation: Annotation): Promise<void> {
  const tx = db.transaction(['annotations', 'pages'], 'readwrite');
  await tx.objectStore('annotations').delete(annotation.id);
  const left = await tx.objectStore('annotations').index('byPage').count(annotation.pageKey);
  if (left === 0) await tx.objectStore('pages').delete(annotation.pageKey);
  await tx.done;
}

/**
 * Stores a deleted annotation again, unchanged, with its page's record (which went with the
 * page's last note): false, and nothing written, when its id is in use.
 */
export async function restoreAnnotation(db: GlossDb, annotation: Annotation, page: PageMeta): Promise<boolean> {
  const tx = db.transaction(['annotations', 'pages'], 'readwrite');
  const annotations = tx.objectStore('annotations');
  if (await annotations.get(annotation.id)) {
    await tx.done;
    return false;
  }
  const pages = tx.objectStore('pages');
  const record = mergePageRecords(await pages.get(page.key), { ...page, firstSeen: annotation.created, lastSeen: annotation.updated });
  await Promise.all([annotations.put(annotation), pages.put(record), tx.done]);
  return true;
}

/** Marks a page as seen now, if Gloss keeps a record of it (only pages with notes). */
export async function touchPage(db: GlossDb, pageKey: string, now: number): Promise<void> {
  const tx = db.transaction('pages', 'readwrite');
  const page = await tx.store.get(pageKey);
  if (page) await tx.store.put({ ...page, lastSeen: now });
  await tx.done;
}

/** Settings, or the defaults when none were saved. */
export async function getSettings(db: GlossDb): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await db.get('settings', SETTINGS_KEY)) };
}

/** Saves settings. */
export async function putSettings(db: GlossDb, settings: Settings): Promise<void> {
  await db.put('settings', settings, SETTINGS_KEY);
}

/** Deletes every annotation and page record (settings stay); returns how many annotations went. */
export async function deleteEverything(db: GlossDb): Promise<number> {
  const tx = db.transaction(['annotations', 'pages'], 'readwrite');
  const count = await tx.objectStore('annotations').count();
  await Promise.all([tx.objectStore('annotations').clear(), tx.objectStore('pages').clear(), tx.done]);
  return count;
}

/** Imports validated records in one transaction: a newer copy wins; pages merge first/last seen. */
export async function importRecords(
  db: GlossDb,
  annotations: readonly Annotation[],
  pages: readonly PageRecord[],
): Promise<{ added: number; updated: number; unchanged: number }> {
  const tx = db.transaction(['annotations', 'pages'], 'readwrite');
  const store = tx.objectStore('annotations');
  const counts = { added: 0, updated: 0, unchanged: 0 };
  for (const incoming of annotations) {
    const stored = await store.get(incoming.id);
    const winner = mergeImported(stored, incoming);
    if (!winner) counts.unchanged++;
    else {
      await store.put(winner);
      if (stored) counts.updated++;
      else counts.added++;
    }
  }
  const pageStore = tx.objectStore('pages');
  for (const page of pages) {
    await pageStore.put(mergePageRecords(await pageStore.get(page.key), page));
  }
  await tx.done;
  return counts;
}
