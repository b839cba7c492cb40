/**
 * The note editor runs in a frame of the extension's own origin, not in the page: a page's
 * scripts can read its own document (shadow roots included) and hear every key typed in it,
 * but not a cross-origin frame's. The in-page UI hands the frame a MessagePort in one setup
 * message, carrying a key the background gave both sides (the page cannot ask the
 * background for it), and the two talk over that port. These are the messages and their
 * checks: each side reads only what passes them.
 */
import { type HighlightColor, isHighlightColor } from './annotation';
import { hasOnlyKeys, isBoundedString, isIntegerIn, isRecord } from './guards';
import { LIMITS } from './limits';

/** The editor's page in the built extension (web-accessible: pages embed it, Gloss's in-page UI only). */
export const NOTE_FRAME_PAGE = 'note-frame.html';

/** What the editor hands back: the note, its tags as typed, its colour. */
export interface NoteDraft {
  note: string;
  tags: string;
  color: HighlightColor;
}

/** The in-page UI's first message to the frame, sent with the port. */
export interface NoteFrameSetup {
  kind: 'gloss-note-setup';
  key: string;
  quote: string;
  initial: NoteDraft;
  canDelete: boolean;
}

/**
 * The frame to the page: the draft as the reader changed it, saved, deleted or closed; the
 * editor's height. The in-page UI keeps the latest draft (in the content script's world,
 * which the page cannot read) to open the editor again if the page removes its frame.
 */
export type NoteFrameEvent =
  | { kind: 'edited'; draft: NoteDraft }
  | { kind: 'save'; draft: NoteDraft }
  | { kind: 'delete' }
  | { kind: 'close' }
  | { kind: 'height'; px: number };

/** The page to the frame: why the last save was refused (the editor stays open with the draft). */
export interface NoteFrameProblem {
  kind: 'problem';
  message: string;
}

/**
 * A draft may be longer than a note holds: the page says so ("Shorten it to save it")
 * rather than the message being dropped. Past this, it is no draft of a reader's.
 */
const MAX_DRAFT = LIMITS.NOTE * 50;
const MAX_KEY = 100;
const MAX_PROBLEM = 2_000;
const MAX_HEIGHT = 10_000;

function isNoteDraft(value: unknown): value is NoteDraft {
  return (
    isRecord(value) &&
    hasOnlyKeys(value, ['note', 'tags', 'color']) &&
    isBoundedString(value.note, MAX_DRAFT) &&
    isBoundedString(value.tags, MAX_DRAFT) &&
    isHighlightColor(value.color)
  );
}

export function isNoteFrameSetup(value: unknown): value is NoteFrameSetup {
  return (
    isRecord(value) &&
    value.kind === 'gloss-note-setup' &&
    isBoundedString(value.key, MAX_KEY) &&
    value.key !== '' &&
    isBoundedString(value.quote, LIMITS.QUOTE) &&
    isNoteDraft(value.initial) &&
    typeof value.canDelete === 'boolean'
  );
}

export function isNoteFrameEvent(value: unknown): value is NoteFrameEvent {
  if (!isRecord(value)) return false;
  switch (value.kind) {
    case 'delete':
    case 'close':
      return hasOnlyKeys(value, ['kind']);
    case 'edited':
    case 'save':
      return hasOnlyKeys(value, ['kind', 'draft']) && isNoteDraft(value.draft);
    case 'height':
      return hasOnlyKeys(value, ['kind', 'px']) && isIntegerIn(value.px, 0, MAX_HEIGHT);
    default:
      return false;
  }
}

export function isNoteFrameProblem(value: unknown): value is NoteFrameProblem {
  return isRecord(value) && value.kind === 'problem' && hasOnlyKeys(value, ['kind', 'message']) && isBoundedString(value.message, MAX_PROBLEM);
}
