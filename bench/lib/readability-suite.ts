/**
 * Readability's own test pages: Gloss's article text against expected.html (Readability's
 * output, a reference rather than a human truth), and metadata against
 * expected-metadata.json where the expected value is non-empty.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { squashWhitespace } from '../../src/core/model/whitespace';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { withoutStyles } from './article-node';
import { extractWithGloss } from './extractors';
import { scoreCorpus, scorePage } from './extraction-metric';
import { round } from './stats';

const DEFAULT_DIR = '../shared/data/articles/readability-test-pages';
const FIELDS = [
  ['title', 'title'],
  ['byline', 'byline'],
  ['publishedTime', 'published'],
  ['siteName', 'siteName'],
] as const;

const normalize = (value: unknown) => (typeof value === 'string' ? squashWhitespace(value) : '');

export async function runReadabilitySuite(dir = DEFAULT_DIR, json = false): Promise<void> {
  const quiet = new VirtualConsole();
  const withSource = readdirSync(dir).filter((name) => existsSync(join(dir, name, 'source.html'))).sort();
  const names = withSource.filter((name) => existsSync(join(dir, name, 'expected.html')));
  for (const name of withSource) if (!names.includes(name)) console.error(`skipping ${name}: no expected.html to compare with`);
  const scores = [];
  const fieldHits = Object.fromEntries(FIELDS.map(([field]) => [field, { equal: 0, total: 0 }])) as Record<string, { equal: number; total: number }>;
  const misses: string[] = [];
  let readerableAgree = 0;
  for (const name of names) {
    const url = `http://fakehost/test/${name}/`;
    const source = readFileSync(join(dir, name, 'source.html'), 'utf8');
    const expectedHtml = readFileSync(join(dir, name, 'expected.html'), 'utf8');
    const metaFile = join(dir, name, 'expected-metadata.json');
    // Without expected metadata a page is scored on its text alone, as readerable.
    const expectedMeta = (existsSync(metaFile) ? JSON.parse(readFileSync(metaFile, 'utf8')) : {}) as Record<string, unknown>;
    const document = new JSDOM(withoutStyles(source), { url, virtualConsole: quiet }).window.document;
    const gloss = extractWithGloss(document, () => 0);
    const expectedText = new JSDOM(expectedHtml, { virtualConsole: quiet }).window.document.body.textContent ?? '';
    if (expectedMeta.readerable !== false) scores.push(scorePage(expectedText, gloss.text));
    if ((expectedMeta.readerable !== false) === gloss.isArticle) readerableAgree++;
    for (const [field, ours] of FIELDS) {
      const expected = normalize(expectedMeta[field]);
      if (!expected) continue;
      fieldHits[field]!.total++;
      if (normalize(gloss[ours]) === expected) fieldHits[field]!.equal++;
      else misses.push(`${name} ${field}: expected "${expected.slice(0, 60)}", got "${normalize(gloss[ours]).slice(0, 60)}"`);
    }
  }
  const text = scoreCorpus(scores);
  const equal = Object.values(fieldHits).reduce((sum, f) => sum + f.equal, 0);
  const total = Object.values(fieldHits).reduce((sum, f) => sum + f.total, 0);
  const summary = {
    pages: names.length,
    text: { precision: round(text.precision), recall: round(text.recall), f1: round(text.f1) },
    metadata: { share: round(equal / total), ...Object.fromEntries(Object.entries(fieldHits).map(([k, v]) => [k, `${v.equal}/${v.total}`])) },
    readerableAgreement: round(readerableAgree / names.length),
  };
  console.log(`Readability test pages (${names.length}) in ${dir}`);
  console.log(`text vs expected.html: P ${summary.text.precision} R ${summary.text.recall} F1 ${summary.text.f1}`);
  console.log(`metadata equal to Readability's expected values: ${equal}/${total} (${round((100 * equal) / total, 1)}%)`, summary.metadata);
  console.log(`"is an article" agrees with expected readerable on ${readerableAgree}/${names.length}`);
  if (misses.length) console.log(`metadata misses:\n  ${misses.join('\n  ')}`);
  if (json) console.log(JSON.stringify(summary));
}
