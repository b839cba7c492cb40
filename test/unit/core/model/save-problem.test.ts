import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../../src/core/model/limits';
import { noteChangeFailure, noteLengthProblem, saveFailure, selectionLengthProblem } from '../../../../src/core/model/save-problem';

describe('noteLengthProblem', () => {
  it('accepts a note up to the stored limit and names both lengths past it', () => {
    expect(noteLengthProblem('')).toBeUndefined();
    expect(noteLengthProblem('x'.repeat(LIMITS.NOTE))).toBeUndefined();
    expect(noteLengthProblem('x'.repeat(LIMITS.NOTE + 1))).toBe('A note holds up to 20,000 characters; this one has 20,001. Shorten it to save it.');
  });
});

describe('selectionLengthProblem', () => {
  it('accepts a selection up to the longest quote kept and names both lengths past it', () => {
    expect(selectionLengthProblem(LIMITS.QUOTE)).toBeUndefined();
    expect(selectionLengthProblem(23_456)).toBe('A highlight holds up to 10,000 characters; this selection has 23,456. Select less.');
  });
});

describe('saveFailure', () => {
  it('tells a reader whose page lost Gloss to reload it, and passes other reasons on', () => {
    expect(saveFailure('Extension context invalidated.')).toMatch(/^Gloss was updated or restarted .* reload the page/);
    expect(saveFailure('quota exceeded')).toBe('Gloss could not save this note: quota exceeded');
  });
});

describe('noteChangeFailure', () => {
  it('tells a reader whose page lost Gloss to reload it before deleting or restoring, and passes other reasons on', () => {
    expect(noteChangeFailure('restore', 'Extension context invalidated.')).toBe('Gloss was updated or restarted since this page was opened. Reload the page to restore this note.');
    expect(noteChangeFailure('delete', 'no such annotation')).toBe('Gloss could not delete this note: no such annotation');
  });

  it('says the same when the note editor cannot open', () => {
    expect(noteChangeFailure('write', 'Extension context invalidated.')).toBe('Gloss was updated or restarted since this page was opened. Reload the page to write this note.');
    expect(noteChangeFailure('write', 'no Gloss receiver answered openNoteFrame')).toBe('Gloss could not open its note editor: no Gloss receiver answered openNoteFrame');
  });
});
