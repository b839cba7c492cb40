import { afterEach, describe, expect, it } from 'vitest';
import { hasProseInComponents, typeOfDocumentWithoutBody } from '../../src/popup/page-probes';

const PARAGRAPH = `<p>${'A sentence of the story, long enough to read as prose. '.repeat(4)}</p>`;

/** Defines a custom element whose shadow root holds `html`. */
function component(name: string, html: string): HTMLElement {
  const host = document.createElement(name);
  host.attachShadow({ mode: 'open' }).innerHTML = html;
  return host;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('asking a page whether its article is inside web components', () => {
  it("finds an article's worth of paragraphs in shadow roots, nested ones too", () => {
    document.body.append(component('news-article', PARAGRAPH.repeat(3)));
    expect(hasProseInComponents()).toBe(true);
    document.body.innerHTML = '';
    const outer = component('page-shell', '<slot></slot>');
    outer.shadowRoot!.append(component('article-body', PARAGRAPH.repeat(3)));
    document.body.append(outer);
    expect(hasProseInComponents()).toBe(true);
  });

  it("does not count a component's styles or a short teaser, nor paragraphs in the page's own DOM", () => {
    document.body.append(component('site-header', `<style>${'p { color: red } '.repeat(100)}</style><nav>Home News Sport</nav>`), component('teaser-card', PARAGRAPH));
    document.body.insertAdjacentHTML('beforeend', PARAGRAPH.repeat(5));
    expect(hasProseInComponents()).toBe(false);
  });
});

describe('asking a page whether it is a document without a body', () => {
  it('answers the content type only when there is no body', () => {
    expect(typeOfDocumentWithoutBody()).toBe('');
    const body = document.body;
    body.remove();
    try {
      expect(typeOfDocumentWithoutBody()).toBe(document.contentType);
    } finally {
      document.documentElement.append(body);
    }
  });
});
