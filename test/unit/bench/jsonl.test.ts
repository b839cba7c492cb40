import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNer } from '../../../bench/lib/ner-data';
import { readJsonl } from '../../../bench/lib/jsonl';

function file(lines: string[]): string {
  const path = join(mkdtempSync(join(tmpdir(), 'gloss-jsonl-')), 'set.jsonl');
  writeFileSync(path, lines.join('\n'));
  return path;
}

describe('readJsonl', () => {
  it('stops at a line that is not JSON, naming the line', () => {
    expect(() => readJsonl(file(['{"a":1}', 'oops']))).toThrow(/line 2: not JSON/);
  });

  it('skips rows the schema check rejects and keeps the rest', () => {
    const path = file(['{"tokens":["Paris"],"tags":["B-geo"]}', '{"tokens":["A"],"tags":["O","O"]}', '', '{"tokens":"A"}']);
    expect(readNer(path)).toEqual([{ tokens: ['Paris'], tags: ['B-LOC'], doc: undefined }]);
  });
});
