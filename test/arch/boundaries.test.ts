/** Import boundaries of ARCHITECTURE.md, checked from the source files themselves. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve('src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Each import of a file, as a src-relative folder ("core/model") or a package name. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map(([, spec]) =>
    spec!.startsWith('.') ? relative(SRC, resolve(dirname(file), spec!)) : spec!,
  );
}

const layerOf = (path: string) => path.split('/')[0]!;

const ALLOWED: Record<string, (target: string) => boolean> = {
  core: (t) => t.startsWith('core/'),
  platform: (t) => t === 'webextension-polyfill',
  messaging: (t) => t.startsWith('core/') || t.startsWith('messaging/') || t.startsWith('platform/'),
  ui: (t) => t.startsWith('core/model') || t.startsWith('ui/') || t.startsWith('preact'),
  background: (t) => ['core', 'messaging', 'platform', 'background'].includes(layerOf(t)) || t === 'idb',
  content: (t) => ['core', 'messaging', 'content', 'ui'].includes(layerOf(t)) || t === 'platform/native-runtime' || t.startsWith('preact') || t === 'webextension-polyfill',
  popup: (t) => ['core', 'messaging', 'platform', 'ui', 'popup'].includes(layerOf(t)) || t.startsWith('preact'),
  'note-frame': (t) => ['core', 'messaging', 'ui', 'note-frame'].includes(layerOf(t)) || t === 'platform/native-runtime' || t.startsWith('preact'),
};

describe('import boundaries', () => {
  const files = sourceFiles(SRC);

  it.each(files.map((f) => [relative(SRC, f)]))('%s imports only what its layer may', (file) => {
    const layer = layerOf(file);
    const allowed = ALLOWED[layer];
    expect(allowed, `no rule for layer ${layer}`).toBeDefined();
    const bad = importsOf(join(SRC, file)).filter((target) => !allowed!(target));
    expect(bad).toEqual([]);
  });

  it('opens IndexedDB (idb) only in background/db', () => {
    const users = files.filter((f) => importsOf(f).includes('idb')).map((f) => relative(SRC, f));
    expect(users.every((f) => f.startsWith('background/db/'))).toBe(true);
    const raw = files.filter((f) => /\bindexedDB\b/.test(readFileSync(f, 'utf8'))).map((f) => relative(SRC, f));
    expect(raw).toEqual([]);
  });

  it('leaves the model files out of every bundle: the background fetches them from the package', () => {
    // Tests, benchmarks and scripts read them in Node, through bench/lib/shipped-models.
    const importers = files.filter((f) => importsOf(f).some((t) => t.startsWith('core/nlp/models/') || t.endsWith('shipped-models')));
    expect(importers.map((f) => relative(SRC, f))).toEqual([]);
  });

  it('keeps core free of clocks, randomness and browser globals', () => {
    for (const file of files.filter((f) => relative(SRC, f).startsWith('core/'))) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/Date\.now\(|Math\.random\(|crypto\.|\bwindow\.|\bdocument\.|\bchrome\.|\bbrowser\./);
    }
  });

  it('never writes HTML from strings', () => {
    for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write/);
  });
});
