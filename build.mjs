// Builds Gloss for Chrome and Firefox from one source tree and one manifest.
//   node build.mjs          -> dist/chrome, dist/firefox, dist/gloss-chrome.zip, dist/gloss-firefox.zip
// Prints a size table and fails when the content script or the in-page UI exceeds its
// budget: the content script is evaluated in every tab, so every kilobyte costs every page.
import { build, transform } from 'esbuild';
import { zipSync } from 'fflate';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = dirname(fileURLToPath(import.meta.url));
const DIST = join(ROOT, 'dist');
// content.js grew to 54 KB (detection rules, the dark palette, notes kept when a save fails,
// the handover after an update), 10.5 KB of it Preact for surfaces most tabs never show. The
// surfaces now load on first use (inpage-ui.js, content/shadow-ui/lazy-controller): 36.9 KB.
const BUDGETS = { 'content.js': 40 * 1024, 'inpage-ui.js': 20 * 1024 };
const ENTRIES = {
  content: 'src/content/index.ts',
  background: 'src/background/index.ts',
  popup: 'src/popup/index.tsx',
  // The in-page UI (Preact surfaces), run in a tab only when it first shows one.
  'inpage-ui': 'src/content/shadow-ui/inpage-ui.ts',
  // The note editor's page, in a frame of the extension's origin that the page cannot read.
  'note-frame': 'src/note-frame/index.tsx',
};
/**
 * The language models (1.8 MB) ship as files of the package, fetched by the
 * background when an analysis first needs them (src/background/language.ts): inside
 * background.js they made every wake-up of the service worker about 120 ms slower.
 */
export const MODELS = { from: 'src/core/nlp/models', to: 'models' };
/** The models' gzipped size limit (issue 4: 1.5 MB, read as 1,500,000 bytes, the stricter reading). */
const MODELS_GZIP_BUDGET = 1_500_000;

export const STATIC_FILES = [
  // Where the shipped models and lists come from, as their licences ask.
  ['src/core/nlp/models/CREDITS.txt', 'CREDITS.txt'],
  ['src/popup/popup.html', 'popup.html'],
  ['src/popup/popup.css', 'popup.css'],
  ['src/content/content.css', 'content.css'],
  ['src/note-frame/note-frame.html', 'note-frame.html'],
  ['src/ui/surfaces.css', 'surfaces.css'],
  ['src/note-frame/note-frame.css', 'note-frame.css'],
];

/** `import css from './x.css?inline'`: the stylesheet's minified text, as Vite serves it in tests. */
const inlineCss = {
  name: 'inline-css',
  setup(builder) {
    builder.onResolve({ filter: /\.css\?inline$/ }, (args) => ({ path: join(args.resolveDir, args.path.replace(/\?inline$/, '')), namespace: 'inline-css' }));
    builder.onLoad({ filter: /.*/, namespace: 'inline-css' }, async (args) => {
      const { code } = await transform(readFileSync(args.path, 'utf8'), { loader: 'css', minify: true });
      return { contents: `export default ${JSON.stringify(code.trim())};`, loader: 'js' };
    });
  },
};

/** Per-browser manifest: Chrome gets a service worker, Firefox an event page and its gecko settings. */
export function manifestFor(browser, source) {
  const manifest = structuredClone(source);
  if (browser === 'chrome') {
    manifest.background = { service_worker: source.background.service_worker };
    delete manifest.browser_specific_settings;
  } else {
    manifest.background = { scripts: source.background.scripts };
    delete manifest.minimum_chrome_version;
  }
  return manifest;
}

/** The model files build.mjs ships: the models and name lists of the models folder (.bin, src/core/nlp/model-pack.ts). */
export function modelFiles() {
  return readdirSync(join(ROOT, MODELS.from)).filter((name) => name.endsWith('.bin'));
}

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function zipDir(dir, out) {
  const files = Object.fromEntries(filesUnder(dir).map((path) => [relative(dir, path).split('\\').join('/'), readFileSync(path)]));
  // A fixed date keeps the archive reproducible.
  writeFileSync(out, zipSync(files, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }));
}

async function main() {
  rmSync(DIST, { recursive: true, force: true });
  const bundleDir = join(DIST, '.bundle');
  const entryPoints = (names) => Object.fromEntries(names.map((name) => [name, join(ROOT, ENTRIES[name])]));
  const options = {
    outdir: bundleDir,
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['chrome121', 'firefox142'],
    // Both support \p{…} in regular expressions (Chrome 64, Firefox 78), yet esbuild rewrites
    // every such literal for these targets as a `new RegExp(…)` call, made again each time the
    // code runs: in the sentence splitter, the language check and the rules, per word.
    supported: { 'regexp-unicode-property-escapes': true },
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
    plugins: [inlineCss],
  };
  await build({ ...options, entryPoints: entryPoints(['content', 'inpage-ui', 'popup', 'note-frame', 'background']) });
  const source = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));
  for (const browser of ['chrome', 'firefox']) {
    const out = join(DIST, browser);
    mkdirSync(join(out, 'icons'), { recursive: true });
    cpSync(bundleDir, out, { recursive: true });
    for (const [from, to] of STATIC_FILES) cpSync(join(ROOT, from), join(out, to));
    mkdirSync(join(out, MODELS.to));
    for (const model of modelFiles()) cpSync(join(ROOT, MODELS.from, model), join(out, MODELS.to, model));
    for (const icon of readdirSync(join(ROOT, 'icons')).filter((f) => f.endsWith('.png'))) cpSync(join(ROOT, 'icons', icon), join(out, 'icons', icon));
    writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifestFor(browser, source), null, 2)}\n`);
    zipDir(out, join(DIST, `gloss-${browser}.zip`));
  }
  rmSync(bundleDir, { recursive: true, force: true });

  let overBudget = false;
  const rows = readdirSync(join(DIST, 'chrome'))
    .filter((f) => /\.(js|css|html)$/.test(f))
    .map((file) => {
      const bytes = readFileSync(join(DIST, 'chrome', file));
      const budget = BUDGETS[file];
      if (budget && bytes.length > budget) overBudget = true;
      return { file, KB: (bytes.length / 1024).toFixed(1), gzipKB: (gzipSync(bytes).length / 1024).toFixed(1), budgetKB: budget ? (budget / 1024).toFixed(0) : '' };
    });
  const modelsGzip = modelFiles().reduce((sum, model) => sum + gzipSync(readFileSync(join(DIST, 'chrome', MODELS.to, model))).length, 0);
  if (modelsGzip > MODELS_GZIP_BUDGET) overBudget = true;
  rows.push({ file: `${MODELS.to}/*`, KB: '', gzipKB: (modelsGzip / 1024).toFixed(1), budgetKB: `${(MODELS_GZIP_BUDGET / 1024).toFixed(1)} (gzip)` });
  console.table(rows);
  for (const browser of ['chrome', 'firefox']) console.log(`dist/gloss-${browser}.zip  ${(statSync(join(DIST, `gloss-${browser}.zip`)).size / 1024).toFixed(1)} KB`);
  if (overBudget) {
    console.error('A bundle is over its size budget (see the table).');
    process.exit(1);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
