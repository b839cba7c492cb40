import { afterEach, describe, expect, it } from 'vitest';
import { answerNewcomers, takeOver } from '../../src/content/handover';

afterEach(() => {
  document.documentElement.removeAttribute('data-gloss-injected');
  document.body.innerHTML = '';
});

describe('handover between two Glosses in one page', () => {
  it('starts on a page where an earlier Gloss is gone, removing its UI and markers', () => {
    document.documentElement.setAttribute('data-gloss-injected', '');
    document.documentElement.setAttribute('data-gloss-light-text', '');
    document.documentElement.setAttribute('data-gloss-selectable', '');
    document.body.innerHTML = '<article data-gloss-article><p>Text</p></article>';
    document.documentElement.append(document.createElement('gloss-ui'));
    expect(takeOver(document)).toBe(true);
    expect(document.querySelector('gloss-ui, [data-gloss-article], [data-gloss-injected], [data-gloss-light-text], [data-gloss-selectable]')).toBeNull();
    expect(document.querySelector('article p')?.textContent).toBe('Text');
  });

  it('leaves the page to a Gloss that still reaches the extension', () => {
    const running = new AbortController();
    let left = false;
    answerNewcomers(document, () => true, () => (left = true), running.signal);
    document.documentElement.setAttribute('data-gloss-injected', '');
    expect(takeOver(document)).toBe(false);
    expect(left).toBe(false);
    expect(document.documentElement.hasAttribute('data-gloss-injected')).toBe(true);
    running.abort();
    expect(takeOver(document)).toBe(true);
  });

  it('makes a cut-off Gloss leave before the newcomer starts', () => {
    const running = new AbortController();
    const order: string[] = [];
    answerNewcomers(document, () => false, () => order.push('left'), running.signal);
    const started = takeOver(document);
    order.push('newcomer');
    expect(started).toBe(true);
    expect(order).toEqual(['left', 'newcomer']);
    running.abort();
  });
});
