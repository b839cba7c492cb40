import { readFileSync } from 'node:fs';

/**
 * Reads a JSON-lines file. A line that is not JSON stops the run with its line number; a
 * row `isValid` rejects is skipped, and the number skipped is said on stderr, so a held-out
 * set with a few odd rows is still scored on the rest.
 */
export function readJsonl<T>(path: string, isValid: (row: unknown) => row is T = (row): row is T => row !== null && typeof row === 'object'): T[] {
  const rows: T[] = [];
  let skipped = 0;
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let row: unknown;
      try {
        row = JSON.parse(line);
      } catch {
        throw new Error(`${path}, line ${i + 1}: not JSON`);
      }
      if (isValid(row)) rows.push(row);
      else skipped++;
    });
  if (skipped > 0) console.error(`${path}: skipped ${skipped} rows that do not fit the schema`);
  return rows;
}
