/**
 * Questions the popup asks a page directly (scripting.executeScript, in the extension's
 * isolated world), when the content script's answer leaves one open. Each function runs in
 * the page on its own: it may use nothing from outside its body.
 */

/**
 * Whether the page keeps an article's worth of paragraphs (500 characters) inside the shadow
 * roots of custom elements, open or closed (web components, as msn.com renders its
 * articles), which Gloss does not read: the popup then says so, rather than that the page
 * has no article. Asked only about pages without an article.
 */
export function hasProseInComponents(): boolean {
  type Host = HTMLElement & { openOrClosedShadowRoot?: ShadowRoot | null };
  const dom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: (element: HTMLElement) => ShadowRoot | null } } }).chrome?.dom;
  // Content scripts may read closed roots: on the element in Firefox, through chrome.dom in Chrome.
  const shadowOf = (element: Host) => element.openOrClosedShadowRoot ?? dom?.openOrClosedShadowRoot?.(element) ?? element.shadowRoot;
  let prose = 0;
  const visit = (scope: Document | ShadowRoot): boolean => {
    for (const element of scope.querySelectorAll<Host>('*')) {
      if (scope !== document && element.localName === 'p') prose += element.textContent?.length ?? 0;
      const shadow = element.localName.includes('-') ? shadowOf(element) : null;
      if (prose >= 500 || (shadow && visit(shadow))) return true;
    }
    return false;
  };
  return visit(document);
}

/**
 * The content type of a document that has no body (an SVG image, an XML file in Firefox),
 * where Gloss finds nothing to read and its content script does not answer; '' for a page
 * with a body. Asked only when the content script does not answer.
 */
export function typeOfDocumentWithoutBody(): string {
  return document.body ? '' : document.contentType || 'unknown';
}
