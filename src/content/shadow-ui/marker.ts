/** Tag of Gloss's in-page UI host: the walkers skip it so our UI is never article text. */
export const UI_HOST_TAG = 'gloss-ui';

/** True for Gloss's own in-page UI host. */
export function isGlossNode(element: Element): boolean {
  return element.localName === UI_HOST_TAG;
}
