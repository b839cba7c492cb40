import { type Annotation, type NewAnnotation } from '../../src/core/model/annotation';
import type { PageMeta } from '../../src/core/model/page';

/** A valid new annotation; override any field. */
export function newAnnotation(overrides: Partial<NewAnnotation> = {}): NewAnnotation {
  return {
    pageKey: 'https://news.example/story',
    url: 'https://news.example/story?utm_source=x',
    title: 'A story',
    target: { quote: { exact: 'protect homes', prefix: 'the barrier would ', suffix: ' in the east' }, position: { start: 120, end: 133 } },
    note: 'Check this',
    tags: ['figures'],
    color: 'yellow',
    ...overrides,
  };
}

/** A stored annotation; override any field. */
export function storedAnnotation(overrides: Partial<Annotation> = {}): Annotation {
  return { ...newAnnotation(), id: 'a1', created: 1_000, updated: 1_000, ...overrides };
}

/** Page metadata for the default annotation's page. */
export function pageMeta(overrides: Partial<PageMeta> = {}): PageMeta {
  return { key: 'https://news.example/story', url: 'https://news.example/story', title: 'A story', site: 'news.example', siteName: 'News', byline: '', published: '', lang: 'en', ...overrides };
}
