import type { TextAnalysis } from '../../core/model/analysis';
import { type Result, fail } from '../../core/model/result';
import { areOnSameSite } from '../../core/url/page-key';
import type { Sender } from '../../messaging/router';
import type { GlossDb } from '../db/schema';

/** What handlers need from the outside world, passed in so tests can supply fakes. */
export interface HandlerContext {
  /** Opens (once) and returns the database; rejects when IndexedDB is unavailable. */
  db: () => Promise<GlossDb>;
  now: () => number;
  newId: () => string;
  /** The loaded analysis (models read on first use); rejects when the models cannot be loaded. */
  analyzer: () => Promise<(text: string) => TextAnalysis>;
  /**
   * Tells the extension's pages, once, and each tab showing a site of these pages, once,
   * that their annotations changed ('*': every page's).
   */
  announceAnnotationsChanged: (pageKeys: readonly string[] | '*') => void;
  announceSettingsChanged: () => void;
  /** Runs inpage-ui.js in a content script's frame. */
  injectInPageUi: (tabId: number, frameId: number) => Promise<void>;
  version: string;
}

export const STORAGE_UNAVAILABLE =
  'Gloss cannot open its storage (IndexedDB). In Firefox this happens when history is set to "never remember"; notes cannot be saved until storage is allowed.';

/** Runs `work` with the database, turning an unavailable IndexedDB into a clear failure. */
export async function withDb<T>(context: HandlerContext, work: (db: GlossDb) => Promise<Result<T>>): Promise<Result<T>> {
  let db: GlossDb;
  try {
    db = await context.db();
  } catch {
    return fail('unavailable', STORAGE_UNAVAILABLE);
  }
  return work(db);
}

/**
 * A content script may touch only the notes of the site it runs on: a hostile page
 * must not read or change notes taken elsewhere.
 */
export function mayAccessPage(sender: Sender, pageKey: string): boolean {
  return sender.kind === 'extension' || areOnSameSite(pageKey, sender.url);
}
