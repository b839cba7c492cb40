/** Which tabs hear that notes changed, and what they hear. */
import { areOnSameSite } from '../core/url/page-key';
import { envelope } from '../messaging/envelope';

/**
 * The change event a tab hears: the one changed page of its site, or '*' when several
 * were (it reloads its notes either way); none when its site has no changed page, so other
 * sites' tabs never hear of it.
 */
export function annotationsChangedFor(pageKeys: readonly string[] | '*', tabUrl: string) {
  if (pageKeys === '*') return envelope('annotationsChanged', { pageKey: '*' });
  const onSite = pageKeys.filter((pageKey) => tabUrl && areOnSameSite(tabUrl, pageKey));
  if (onSite.length === 0) return undefined;
  return envelope('annotationsChanged', { pageKey: onSite.length === 1 ? onSite[0]! : '*' });
}
