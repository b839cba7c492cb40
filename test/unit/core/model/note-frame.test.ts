import { describe, expect, it } from 'vitest';
import { isNoteFrameEvent, isNoteFrameProblem, isNoteFrameSetup } from '../../../../src/core/model/note-frame';

const DRAFT = { note: 'A thought', tags: 'flood', color: 'blue' };

describe('messages between the in-page UI and the note frame', () => {
  it('accepts a setup with a key, a quote, a draft and whether the note can be deleted', () => {
    const setup = { kind: 'gloss-note-setup', key: 'k1', quote: 'a quote', initial: DRAFT, canDelete: true };
    expect(isNoteFrameSetup(setup)).toBe(true);
    expect(isNoteFrameSetup({ ...setup, key: '' })).toBe(false);
    expect(isNoteFrameSetup({ ...setup, quote: 'x'.repeat(10_001) })).toBe(false);
    expect(isNoteFrameSetup({ ...setup, initial: { ...DRAFT, color: 'red' } })).toBe(false);
    expect(isNoteFrameSetup({ ...setup, canDelete: 'yes' })).toBe(false);
  });

  it('accepts the five events a frame sends, with exactly their fields', () => {
    for (const event of [{ kind: 'edited', draft: DRAFT }, { kind: 'delete' }, { kind: 'close' }, { kind: 'save', draft: DRAFT }, { kind: 'height', px: 236 }]) expect(isNoteFrameEvent(event)).toBe(true);
    // A draft longer than a note holds still arrives, so that the page can say so.
    expect(isNoteFrameEvent({ kind: 'save', draft: { ...DRAFT, note: 'x'.repeat(20_001) } })).toBe(true);
    for (const event of [null, 'close', { kind: 'close', extra: 1 }, { kind: 'edited' }, { kind: 'save' }, { kind: 'save', draft: { ...DRAFT, tags: ['a'] } }, { kind: 'height', px: 1.5 }, { kind: 'height', px: 1e6 }, { kind: 'navigate' }])
      expect(isNoteFrameEvent(event)).toBe(false);
  });

  it("accepts the page's one message: why a save was refused", () => {
    expect(isNoteFrameProblem({ kind: 'problem', message: 'Too long' })).toBe(true);
    expect(isNoteFrameProblem({ kind: 'problem', message: 7 })).toBe(false);
    expect(isNoteFrameProblem({ kind: 'problem', message: 'x', html: '<b>' })).toBe(false);
  });
});
