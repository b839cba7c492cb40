import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchPage } from '../../src/content/features/page-watch';

afterEach(() => vi.useRealTimers());

describe('watching a page Gloss has started on', () => {
  /** Starts watching an article in a fresh body at a fresh address; returns the reasons restart was called with. */
  function watchArticle(marksIntact: () => boolean = () => true, html = '<p>A first story about the harbour, long enough to be one.</p>'): { restarts: string[]; running: AbortController } {
    history.pushState({}, '', `/story-${Math.random().toString(36).slice(2)}`);
    document.body.innerHTML = `<main>${html}</main>`;
    const root = document.querySelector('main')!;
    const restarts: string[] = [];
    const running = new AbortController();
    watchPage({
      document,
      signal: running.signal,
      root,
      indexedLength: root.textContent!.length,
      // As article detection leaves them out (find-article.test): hidden blocks of the article.
      excluded: new Set(root.querySelectorAll('[hidden], [style]')),
      hasOrphans: () => false,
      marksIntact,
      busy: () => false,
      restart: (reason) => restarts.push(reason),
    });
    return { restarts, running };
  }

  it('starts over on a navigation that swaps the whole body, as Turbo-style sites do', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { restarts, running } = watchArticle();
    history.pushState({}, '', '/second-story');
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
    history.pushState({}, '', '/third-story');
    document.querySelector('main')!.innerHTML = '<p>A third story.</p>';
    await vi.advanceTimersByTimeAsync(1_000);
    expect(restarts).toEqual(['navigation']);
    running.abort();
  });

  it('starts over when the page rendered its article again and the marks lie on removed text, however late', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    let intact = true;
    const { restarts, running } = watchArticle(() => intact);
    await vi.advanceTimersByTimeAsync(60_000);
    // Late, a change of text alone is not looked at (orphans and late content are looked for early on)...
    document.querySelector('main')!.append(Object.assign(document.createElement('p'), { textContent: 'A much longer correction, appended a minute after the story first appeared.' }));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(restarts).toEqual([]);
    // ...but the same text in new nodes, where Gloss's marks no longer are, is.
    const paragraph = document.querySelector('main p')!;
    paragraph.replaceWith(paragraph.cloneNode(true));
    intact = false;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(restarts).toEqual(['late-content']);
    running.abort();
  });

  it('starts over when the reader reveals the rest of the article ("Continue reading"), however late, but not for a small popover', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const rest = '<p>The rest of the story. '.concat('The council met again on Thursday and heard from residents of the eastern districts. '.repeat(4), '</p>');
    const html = `<p>The first paragraphs of the story.</p><div id="rest" hidden>${rest}</div><div id="share" style="display: none"><a href="#">Share</a></div><div id="more" style="display:none">${rest}</div>`;
    const { restarts, running } = watchArticle(() => true, html);
    await vi.advanceTimersByTimeAsync(60_000);
    document.getElementById('share')!.removeAttribute('style');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(restarts).toEqual([]);
    document.getElementById('rest')!.hidden = false;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(restarts).toEqual(['late-content']);
    // Shown with jQuery's show(): an inline style.
    document.getElementById('more')!.style.display = 'block';
    await vi.advanceTimersByTimeAsync(1_000);
    expect(restarts).toEqual(['late-content', 'late-content']);
    running.abort();
  });
});
