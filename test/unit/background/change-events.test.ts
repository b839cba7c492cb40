import { describe, expect, it } from 'vitest';
import { annotationsChanged, annotationsChangedFor } from '../../../src/background/change-events';

const pageKeyOf = (message: ReturnType<typeof annotationsChangedFor>) => message?.input.pageKey;

describe('annotationsChangedFor', () => {
  it("tells a tab of its site's one changed page", () => {
    expect(pageKeyOf(annotationsChangedFor(['https://news.example/a', 'https://other.example/b'], 'https://news.example/a#top'))).toBe('https://news.example/a');
  });

  it('tells a tab once, with "*", when several pages of its site changed', () => {
    expect(pageKeyOf(annotationsChangedFor(['https://news.example/a', 'https://www.news.example/b'], 'https://news.example/c'))).toBe('*');
  });

  it("tells other sites' tabs nothing, and every tab when every page changed", () => {
    expect(annotationsChangedFor(['https://news.example/a'], 'https://other.example/a')).toBeUndefined();
    expect(annotationsChangedFor(['https://news.example/a'], '')).toBeUndefined();
    expect(pageKeyOf(annotationsChangedFor('*', 'https://other.example/a'))).toBe('*');
  });
});

describe('annotationsChanged', () => {
  it('names the one changed page, or says "*" for several or all', () => {
    expect(annotationsChanged(['https://news.example/a']).input.pageKey).toBe('https://news.example/a');
    expect(annotationsChanged(['https://news.example/a', 'https://other.example/b']).input.pageKey).toBe('*');
    expect(annotationsChanged('*').input.pageKey).toBe('*');
  });
});
