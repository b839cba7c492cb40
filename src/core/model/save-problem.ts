/**
 * Why a note could not be saved, in words the reader can act on. The editors stay open
 * with the draft when there is one: a note typed and then refused must not be lost.
 */
import { LIMITS } from './limits';

/** A note longer than Gloss stores, said before sending (the background would answer only "invalid input"). */
export function noteLengthProblem(note: string): string | undefined {
  if (note.length <= LIMITS.NOTE) return undefined;
  return `A note holds up to ${LIMITS.NOTE.toLocaleString('en')} characters; this one has ${note.length.toLocaleString('en')}. Shorten it to save it.`;
}

/** A selection longer than a highlight holds, said before an editor opens on it or anything is sent. */
export function selectionLengthProblem(length: number): string | undefined {
  if (length <= LIMITS.QUOTE) return undefined;
  return `A highlight holds up to ${LIMITS.QUOTE.toLocaleString('en')} characters; this selection has ${length.toLocaleString('en')}. Select less.`;
}

/** What the browser says to a content script cut off from its extension. */
const CUT_OFF = /context invalidated/i;
const UPDATED_SINCE = 'Gloss was updated or restarted since this page was opened.';

/**
 * A failed save. After the extension is updated or reloaded, Chrome cuts the page's Gloss
 * off ("Extension context invalidated") until the background starts a new one there
 * (background/open-tabs), or for good where it cannot (a page it may not script).
 */
export function saveFailure(message: string): string {
  if (CUT_OFF.test(message)) return `${UPDATED_SINCE} Copy your note, reload the page, and save it again.`;
  return `Gloss could not save this note: ${message}`;
}

/** A failed delete or restore (Undo) of a note, or a note editor that could not open; a page cut off by an update is told to reload. */
export function noteChangeFailure(action: 'delete' | 'restore' | 'write', message: string): string {
  if (CUT_OFF.test(message)) return `${UPDATED_SINCE} Reload the page to ${action} this note.`;
  return `Gloss could not ${action === 'write' ? 'open its note editor' : `${action} this note`}: ${message}`;
}
