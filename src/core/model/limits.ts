/** Size limits applied to everything that crosses a trust boundary. */
export const LIMITS = {
  /** Longest article text the background analyses (characters). */
  ARTICLE_TEXT: 2_000_000,
  /** Longest highlighted quote kept (characters). */
  QUOTE: 10_000,
  /** Context kept on each side of a quote (characters). */
  CONTEXT: 32,
  /** Longest note (characters). */
  NOTE: 20_000,
  TAG: 64,
  TAGS: 32,
  URL: 4_096,
  TITLE: 1_000,
  SEARCH_QUERY: 500,
  /** Most annotations accepted in one import. */
  IMPORT_ITEMS: 100_000,
  ID: 100,
  /** Most elements of a page the article search reads; a larger page is not searched (the popup says so). */
  PAGE_ELEMENTS: 60_000,
} as const;

/** Bounds on the raw metadata a content script sends (a page can hold anything). */
export const METADATA_LIMITS = {
  TEXT: 2_000,
  ITEMS: 500,
  JSON_LD: 200_000,
} as const;
