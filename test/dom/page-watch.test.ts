import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchPage } from '../../src/content/features/page-watch';

afterEach(() => vi.useRealTimers());

describe('watching a page Gloss has started on', () => {
  /** Starts watching an article in a fresh body; returns the reasons restart was called with. */
  function watchArticle(): { restarts: string[]; running: AbortController } {
    document.body.innerHTML = '<main><p>A first story about the harbour, long enough to be one.</p></main>';
    const root = document.querySelector('main')!;
    const restarts: string[] = [];
    const running = new AbortController();
    watchPage({
      document,
      signal: running.signal,
      root,
      indexedLength: root.textContent!.length,
      hasOrphans: () => false,
      busy: () => false,
      restart: (reason) => restarts.push(reason),
    });
    return { restarts, running };
  }

  it('starts over on a navigation that swaps the whole body, as Turbo-style sites do', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { restarts, running } = watchArticle();
    history.pushState({}, '', `/second-story-${Date.now()}`);
    const next = document.createElement('body');
    next.innerHTML = '<main><p>A second story, about the dredging that begins in May.</p></main>';
    document.body.replaceWith(next);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(restarts).toEqual(['navigation']);
    running.abort();
  });

  it('starts over on a navigation that changes the article in place', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { restarts, running } = watchArticle();
    history.pushState({}, '', `/third-story-${Date.now()}`);
    document.querySelector('main')!.innerHTML = '<p>A third story.</p>';
    await vi.advanceTimersByTimeAsync(1_000);
    expect(restarts).toEqual(['navigation']);
    running.abort();
  });
});
