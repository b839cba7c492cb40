/**
 * The note editor's page (note-frame.html), shown by the in-page UI in a frame of the
 * extension's origin: a page's scripts see neither the note nor the keys typed into it. It
 * asks the background for its tab's key, takes the one setup message that carries that key
 * and the port to the in-page UI, and from then on speaks over that port only.
 */
import { render } from 'preact';
import { type NoteFrameEvent, type NoteFrameSetup, isNoteFrameProblem } from '../core/model/note-frame';
import { createClient } from '../messaging/client';
import type { BackgroundApi } from '../messaging/protocol';
import { sendMessageNative } from '../platform/native-runtime';
import { NoteEditor } from '../ui/NoteEditor';
import { createSetupGate } from './setup-gate';

const callBackground = createClient<BackgroundApi>(sendMessageNative);
const app = document.getElementById('app')!;

function start(setup: NoteFrameSetup, port: MessagePort): void {
  const send = (event: NoteFrameEvent) => port.postMessage(event);
  const draw = (problem?: string) =>
    render(
      <NoteEditor
        quote={setup.quote}
        initial={setup.initial}
        canDelete={setup.canDelete}
        problem={problem}
        onEdit={(draft) => send({ kind: 'edited', draft })}
        onSave={(draft) => send({ kind: 'save', draft })}
        onDelete={() => send({ kind: 'delete' })}
        onClose={() => send({ kind: 'close' })}
      />,
      app,
    );
  port.onmessage = (event) => {
    if (isNoteFrameProblem(event.data)) draw(event.data.message);
  };
  draw();
  // The page focuses the frame once the editor is drawn; the note's text is where typing goes.
  addEventListener('focus', () => {
    if (document.activeElement === document.body) app.querySelector('textarea')?.focus();
  });
  // The in-page UI sizes the frame to the editor, which grows with a problem's message.
  new ResizeObserver(() => send({ kind: 'height', px: Math.ceil(document.documentElement.getBoundingClientRect().height) })).observe(document.documentElement);
}

function showUnavailable(message: string): void {
  app.textContent = message;
  app.className = 'gloss-error gloss-frame-message';
}

const claimed = callBackground('claimNoteFrame', {});
const offer = createSetupGate(
  claimed.then((reply) => (reply.ok ? reply.value.key : undefined)),
  start,
);
addEventListener('message', (event) => offer(event.data, event.ports[0]));

void claimed.then((reply) => {
  if (!reply.ok) showUnavailable(`Gloss could not open its note editor (${reply.error.message}). Close it and select the text again.`);
});
