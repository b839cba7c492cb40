import { describe, expect, it } from 'vitest';
import type { NoteFrameSetup } from '../../../src/core/model/note-frame';
import { createSetupGate } from '../../../src/note-frame/setup-gate';

const setup = (key: string): NoteFrameSetup => ({ kind: 'gloss-note-setup', key, quote: 'a quote', initial: { note: '', tags: '', color: 'yellow' }, canDelete: false });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function gate(key: Promise<string | undefined>) {
  const started: { key: string; port: MessagePort }[] = [];
  const offer = createSetupGate(key, (accepted, port) => started.push({ key: accepted.key, port }));
  return { offer, started };
}

describe("the note frame's setup", () => {
  it('is taken only with the key the background gave the frame, once, whether it came before the key or after', async () => {
    let giveKey!: (key: string) => void;
    const { offer, started } = gate(new Promise((resolve) => (giveKey = resolve)));
    const page = new MessageChannel();
    const gloss = new MessageChannel();
    // A page's script posts its own setup first, with a guessed key.
    offer(setup('guessed'), page.port2);
    offer(setup('k1'), gloss.port2);
    expect(started).toEqual([]);
    giveKey('k1');
    await settle();
    expect(started).toEqual([{ key: 'k1', port: gloss.port2 }]);
    offer(setup('k1'), page.port2);
    await settle();
    expect(started).toHaveLength(1);
    for (const channel of [page, gloss]) channel.port1.close();
  });

  it('is never taken without a key, without a port, or when it is not a setup', async () => {
    const { port2 } = new MessageChannel();
    const noKey = gate(Promise.resolve(undefined));
    noKey.offer(setup('k1'), port2);
    const keyed = gate(Promise.resolve('k1'));
    keyed.offer(setup('k1'), undefined);
    keyed.offer({ ...setup('k1'), kind: 'other' }, port2);
    keyed.offer({ ...setup('k1'), quote: 42 }, port2);
    await settle();
    expect(noKey.started).toEqual([]);
    expect(keyed.started).toEqual([]);
    port2.close();
  });
});
