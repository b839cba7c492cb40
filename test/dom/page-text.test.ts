import { describe, expect, it } from 'vitest';
import { wholePageText } from '../../src/content/text-index/page-text';

describe("the whole page's text index", () => {
  it('is built once while the page stays as it is, and again once the page changes', () => {
    document.body.innerHTML = '<h1>A headline</h1><p>A paragraph.</p>';
    const pageText = wholePageText(document, new AbortController().signal);
    const first = pageText();
    expect(first.text).toContain('A headline');
    expect(pageText()).toBe(first);
    document.querySelector('h1')!.textContent = 'A new headline';
    const second = pageText();
    expect(second).not.toBe(first);
    expect(second.text).toContain('A new headline');
    expect(pageText()).toBe(second);
    document.body.append(document.createElement('p'));
    document.body.lastElementChild!.textContent = 'Late text.';
    expect(pageText().text).toContain('Late text.');
  });
});
