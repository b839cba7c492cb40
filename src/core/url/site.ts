/**
 * Sites: a hostname without "www.", and which hostnames count as one site. Apart from
 * page keys so the content script, which needs only this, does not carry the key rules.
 */

/** The hostname without a leading "www.", used to compare sites. */
export function siteOf(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

/** True when two hostnames belong to the same site (equal, or one a subdomain of the other). */
export function isSameSite(a: string, b: string): boolean {
  const x = siteOf(a);
  const y = siteOf(b);
  return x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`);
}
