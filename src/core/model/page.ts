import { hostnameOf } from '../url/page-key';
import { siteOf } from '../url/site';
import type { Annotation } from './annotation';
import { LIMITS } from './limits';
import { hasOnlyKeys, isBoundedString, isRecord } from './guards';

/** Metadata of a page the reader opened, as detected in the page. */
export interface PageMeta {
  key: string;
  url: string;
  title: string;
  /** Hostname without "www.": the key for per-site settings. */
  site: string;
  /** The publication's own name ("The Riverside Courier"), from its metadata. */
  siteName: string;
  byline: string;
  published: string;
  lang: string;
}

/** A page record: metadata plus when it was first and last seen. */
export interface PageRecord extends PageMeta {
  firstSeen: number;
  lastSeen: number;
}

const PAGE_FIELDS = ['key', 'url', 'title', 'site', 'siteName', 'byline', 'published', 'lang'] as const;

/** Validates page metadata from an untrusted source. */
export function isPageMeta(value: unknown): value is PageMeta {
  return (
    isRecord(value) &&
    hasOnlyKeys(value, PAGE_FIELDS) &&
    PAGE_FIELDS.every((field) => isBoundedString(value[field], field === 'key' || field === 'url' ? LIMITS.URL : LIMITS.TITLE)) &&
    (value.key as string).length > 0
  );
}

/** A page record's metadata, without its dates. */
export function pageMetaOf({ firstSeen: _first, lastSeen: _last, ...meta }: PageRecord): PageMeta {
  return meta;
}

/** What a note itself says of its page, where no record of the page is at hand. */
export function pageMetaFromAnnotation({ pageKey, url, title }: Pick<Annotation, 'pageKey' | 'url' | 'title'>): PageMeta {
  return { key: pageKey, url, title, site: siteOf(hostnameOf(url)), siteName: '', byline: '', published: '', lang: '' };
}

/** A page's record met again (import, Undo): its metadata as given, seen from the earlier first sighting to the later last one. */
export function mergePageRecords(stored: PageRecord | undefined, incoming: PageRecord): PageRecord {
  return stored ? { ...incoming, firstSeen: Math.min(stored.firstSeen, incoming.firstSeen), lastSeen: Math.max(stored.lastSeen, incoming.lastSeen) } : incoming;
}

/** Merges a new sighting of a page into its record. */
export function recordPageVisit(previous: PageRecord | undefined, meta: PageMeta, now: number): PageRecord {
  return { ...meta, firstSeen: previous?.firstSeen ?? now, lastSeen: now };
}
