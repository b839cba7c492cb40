import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runReadabilitySuite } from '../../../bench/lib/readability-suite';

const story = '<p>The council met on Tuesday and approved the flood barrier, which will protect more than 12,000 homes, officials said.</p>'.repeat(4);

/** A folder in Readability's test-page layout; each page lists the files it has. */
function suiteFolder(pages: Record<string, { source?: boolean; expected?: boolean; metadata?: object }>): string {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-rt-'));
  for (const [name, files] of Object.entries(pages)) {
    mkdirSync(join(dir, name));
    if (files.source) writeFileSync(join(dir, name, 'source.html'), `<html><head><title>Flood barrier</title></head><body><nav><a href="/">Home</a></nav><article>${story}</article></body></html>`);
    if (files.expected) writeFileSync(join(dir, name, 'expected.html'), `<div>${story}</div>`);
    if (files.metadata) writeFileSync(join(dir, name, 'expected-metadata.json'), JSON.stringify(files.metadata));
  }
  return dir;
}

afterEach(() => vi.restoreAllMocks());

describe('runReadabilitySuite', () => {
  it('scores pages without expected metadata on their text, and skips and names a page without expected.html', async () => {
    const dir = suiteFolder({
      whole: { source: true, expected: true, metadata: { title: 'Flood barrier', readerable: true } },
      'no-metadata': { source: true, expected: true },
      'no-expected': { source: true },
    });
    const lines: string[] = [];
    const skipped: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(' ')));
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void skipped.push(args.map(String).join(' ')));
    await runReadabilitySuite(dir, true);
    const summary = JSON.parse(lines.at(-1)!) as { pages: number; text: { f1: number }; metadata: { title: string } };
    expect(summary.pages).toBe(2);
    expect(summary.text.f1).toBeGreaterThan(0.9);
    expect(summary.metadata.title).toBe('1/1');
    expect(skipped.join('\n')).toContain('no-expected');
  });
});
