/** Which tabs hear that notes changed, and what they hear. */
import { areOnSameSite } from '../core/url/page-key';
import { envelope } from '../messaging/envelope';

/** The change event naming these pages: the one page, or '*' for several (receivers re-query either way). */
export function annotationsChanged(pageKeys: readonly string[] | '*') {
  return envelope('annotationsChanged', { pageKey: pageKeys !== '*' && pageKeys.length === 1 ? pageKeys[0]! : '*' });
}

/**
 * The change event a tab hears: about the changed pages of its own site; none when its
 * site has none, so other sites' tabs never hear of it.
 */
export function annotationsChangedFor(pageKeys: readonly string[] | '*', tabUrl: string) {
  if (pageKeys === '*') return annotationsChanged('*');
  const onSite = pageKeys.filter((pageKey) => tabUrl && areOnSameSite(tabUrl, pageKey));
  return onSite.length === 0 ? undefined : annotationsChanged(onSite);
}
