/**
 * Keys for the note editor's frame (core/model/note-frame): the content script asks for a
 * fresh key before it opens the frame, the frame asks for its tab's key once loaded, and the
 * setup message the frame accepts must carry it. A page can post messages to the frame but
 * cannot ask the background, so it cannot pose as Gloss's in-page UI.
 */
import { NOTE_FRAME_PAGE } from '../../core/model/note-frame';
import { fail, ok } from '../../core/model/result';
import { isEmptyInput } from '../../messaging/guards';
import type { BackgroundApi } from '../../messaging/protocol';
import type { Route } from '../../messaging/router';
import type { HandlerContext } from './context';

/** The note frame's routes, sharing the one key per tab they hand out (kept in memory: a key lives for the moments a frame takes to load). */
export function noteFrameRoutes(context: HandlerContext): { openNoteFrame: Route<BackgroundApi, 'openNoteFrame'>; claimNoteFrame: Route<BackgroundApi, 'claimNoteFrame'> } {
  const keyOfTab = new Map<number, string>();
  return {
    openNoteFrame: {
      allow: ['content'],
      guard: isEmptyInput,
      handle: (_input, sender) => {
        if (sender.kind !== 'content') return fail('forbidden', 'only a content script opens a note frame');
        const key = context.newId();
        keyOfTab.set(sender.tabId, key);
        return ok({ key });
      },
    },
    claimNoteFrame: {
      allow: ['extension'],
      guard: isEmptyInput,
      handle: (_input, sender) => {
        const isNoteFrame = sender.kind === 'extension' && new URL(sender.url).pathname === `/${NOTE_FRAME_PAGE}`;
        if (!isNoteFrame || sender.tabId === undefined) return fail('forbidden', 'only the note frame, in a tab, may claim its key');
        const key = keyOfTab.get(sender.tabId);
        return key ? ok({ key }) : fail('not-found', 'no note frame was opened in this tab');
      },
    },
  };
}
