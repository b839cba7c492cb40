import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadAebPages } from '../../../bench/lib/aeb-data';

/** A folder in the aeb-dev layout: html/<id>.html.gz and ground-truth.json. */
function aebFolder(truth: Record<string, unknown>, ids: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-aeb-'));
  mkdirSync(join(dir, 'html'));
  for (const id of ids) writeFileSync(join(dir, 'html', `${id}.html.gz`), gzipSync(`<html><body><p>Page ${id}</p></body></html>`));
  writeFileSync(join(dir, 'ground-truth.json'), JSON.stringify(truth));
  return dir;
}

describe('loadAebPages', () => {
  it('reads each page with its truth and address, and a valid address for a page whose truth has none', () => {
    const dir = aebFolder(
      {
        a: { articleBody: 'Body A', url: 'https://news.example/a' },
        b: { articleBody: 'Body B' },
        c: { articleBody: 'Body C', url: 'not a url' },
        d: 'Body D',
      },
      ['a', 'b', 'c', 'd', 'e'],
    );
    const pages = loadAebPages(dir);
    // "e" has no ground truth: skipped, the rest scored.
    expect(pages.map((p) => [p.id, p.truth])).toEqual([
      ['a', 'Body A'],
      ['b', 'Body B'],
      ['c', 'Body C'],
      ['d', 'Body D'],
    ]);
    expect(pages[0]!.url).toBe('https://news.example/a');
    for (const page of pages.slice(1)) expect(() => new URL(page.url)).not.toThrow();
    expect(pages[0]!.html).toContain('Page a');
  });
});
