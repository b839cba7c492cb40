import { describe, expect, it } from 'vitest';
import { createUiHost } from '../../src/content/shadow-ui/host';

describe('createUiHost', () => {
  it('keeps typing inside the UI from reaching the page, and leaves when aborted', () => {
    const controller = new AbortController();
    const { host, root } = createUiHost(document, '.x { color: red; }', controller.signal);
    const input = document.createElement('textarea');
    root.append(input);
    const seen: string[] = [];
    document.addEventListener('keydown', (event) => seen.push(event.key));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true }));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', bubbles: true }));
    expect(seen).toEqual(['k']);
    expect(host.isConnected).toBe(true);
    controller.abort();
    expect(host.isConnected).toBe(false);
  });

  it('styles its content whether or not sheets can be adopted', () => {
    const { root } = createUiHost(document, '.x { color: red; }', new AbortController().signal);
    const adopted = root.adoptedStyleSheets?.length ?? 0;
    const styleTags = root.querySelectorAll('style').length;
    expect(adopted + styleTags).toBe(1);
  });
});
