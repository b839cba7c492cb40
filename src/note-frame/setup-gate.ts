import { type NoteFrameSetup, isNoteFrameSetup } from '../core/model/note-frame';

/**
 * Takes the one setup message that carries the key the background gave this frame. A page
 * can post setups of its own to the frame, so none is taken before the key is known and
 * none without it; setups offered early wait for the key. Returns what to call with each
 * message the frame receives.
 */
export function createSetupGate(key: Promise<string | undefined>, start: (setup: NoteFrameSetup, port: MessagePort) => void): (data: unknown, port: MessagePort | undefined) => void {
  const offered: { setup: NoteFrameSetup; port: MessagePort }[] = [];
  let started = false;
  return (data, port) => {
    if (started || !port || !isNoteFrameSetup(data)) return;
    offered.push({ setup: data, port });
    void key.then((expected) => {
      const match = !started && expected !== undefined ? offered.find((offer) => offer.setup.key === expected) : undefined;
      if (!match) return;
      started = true;
      offered.length = 0;
      start(match.setup, match.port);
    });
  };
}
