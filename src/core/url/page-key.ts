/**
 * Page keys: one key per article, however the reader reached it. The key is the
 * canonical URL (when the page names one on its own site) without tracking
 * parameters or fragment, with the remaining query parameters sorted.
 */
import { isSameSite } from './site';

const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id',
  'mc_cid', 'mc_eid', 'igshid', 'igsh', '_ga', '_gl', '_hsenc', '_hsmi', 'mkt_tok', 'oly_anon_id', 'oly_enc_id',
  'vero_id', 'rb_clickid', 's_cid', 'cmpid', 'ocid', 'smid', 'smtyp', 'ref_src', 'ref_url', 'spm',
  'at_medium', 'at_campaign', 'at_custom1', 'at_custom2', 'at_custom3', 'at_custom4', 'guccounter',
  'guce_referrer', 'guce_referrer_sig',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_', 'stm_'];

/** Schemes on which Gloss keeps notes. */
const KEYED_SCHEMES = new Set(['http:', 'https:', 'file:']);

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

function parse(url: string, base?: string): URL | undefined {
  try {
    return new URL(url, base);
  } catch {
    return undefined;
  }
}

/** Strips the fragment and tracking parameters and sorts the rest. */
export function normalizeUrl(url: URL): string {
  const clean = new URL(url.href);
  clean.hash = '';
  const kept: [string, string][] = [];
  clean.searchParams.forEach((value, name) => {
    if (!isTrackingParam(name)) kept.push([name, value]);
  });
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  clean.search = new URLSearchParams(kept).toString();
  return clean.href;
}

/**
 * The key under which a page's notes are stored, or undefined where Gloss keeps none
 * (browser pages, data: URLs). `canonical` is the page's own claim (link rel=canonical
 * or og:url); it is trusted only on the same site, since a page may name any URL.
 */
export function pageKeyFor(location: string, canonical?: string): string | undefined {
  const url = parse(location);
  if (!url || !KEYED_SCHEMES.has(url.protocol)) return undefined;
  const claimed = canonical ? parse(canonical, url.href) : undefined;
  const chosen =
    claimed && KEYED_SCHEMES.has(claimed.protocol) && claimed.protocol !== 'file:' && isSameSite(claimed.hostname, url.hostname)
      ? claimed
      : url;
  return normalizeUrl(chosen);
}

/** The URL if it is safe to link to (http, https), else undefined: imported data may hold javascript: URLs. */
export function safeLinkHref(url: string): string | undefined {
  const parsed = parse(url);
  return parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:') ? parsed.href : undefined;
}

/** The hostname of a URL, or '' when it is not one. */
export function hostnameOf(url: string): string {
  return parse(url)?.hostname ?? '';
}

/** True when two URLs are pages of one site: same scheme, and the same site (file: pages are one site). */
export function areOnSameSite(a: string, b: string): boolean {
  const x = parse(a);
  const y = parse(b);
  if (!x || !y || x.protocol !== y.protocol) return false;
  return x.protocol === 'file:' || isSameSite(x.hostname, y.hostname);
}
