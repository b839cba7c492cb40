/** Class/id/tag/role rules that tell content from page furniture, after Readability and boilerpipe. */
import type { BlockDescriptor } from './block';

/** Containers that are furniture whatever they hold. */
export const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'form', 'button', 'select', 'textarea', 'input', 'iframe', 'svg', 'dialog', 'menu']);

/** Elements whose text never counts (their content is not prose). */
export const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'canvas', 'video', 'audio', 'object', 'embed', 'math']);

export const FURNITURE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'menu', 'menubar', 'dialog', 'alertdialog', 'search', 'form']);

/**
 * A regex matching any of `words` (regex alternatives) as a whole class/id token: at the
 * start or after whitespace, "_" or "-", and at the end or before one. Written with
 * lookarounds rather than as `(^|[\\s_-])(words)($|[\\s_-])`, which answers the same: that
 * form took Chromium twice as long to compile on its first use in a page (hasFurnitureHint's
 * first call: 0.52-0.59 ms against 0.26-0.33, medians of 15 fresh pages).
 */
export function classTokens(words: string): RegExp {
  return new RegExp(`(?<![^\\s_-])(?:${words})(?![^\\s_-])`);
}

/**
 * An id made of a heading's words ("sharing-with-a-single-developer", "how-to-share-a-file"):
 * four words or more, one of them a small word no class name uses. It names a section of
 * the text, so its words are no hint of furniture.
 */
export const HEADING_SLUG = /^(?=(?:[^-]+-){3})(?:.*-)?(?:a|an|the|of|with|and|to|in|for|on|how|what|why|your)-/i;

/** Hints so specific that no "content" in the same class list rescues them ("related-content"). */
const STRONG_FURNITURE_HINTS = classTokens(
  'related\\w*|comments?|share|sharing|social|newsletter|promo\\w*|advert\\w*|sponsor\\w*|outbrain|taboola|recommend\\w*|read-?also|also-?read|more-stories|subscribe|trending|most-?popular|signup|cookie\\w*|consent|breadcrumbs?|tooltip|popover|rollover\\w*|hovercard',
);

/** Hints of furniture that a "content"-like hint in the same class list can overrule. */
const UNLIKELY_HINTS = classTokens(
  'ad|ads|banner|comment-\\w+|disqus|footer|header-nav|masthead|menu|nav|navbar|pagination|pager|next-?prev|prev-?next|popup|remark|sidebar|skyscraper|subscription|tags?|toolbar|tools|popular|read-?more|modal|rail|widget|byline|author-?bio|jump-?link|hidden|print-only|sr-only|visually-hidden|caption-credit',
);

/** Hints that rescue an otherwise unlikely element. */
const LIKELY_HINTS = classTokens('article|body|content|entry|main|page|post|story|text|blog|prose|column');

/** Hints that raise or lower a candidate's score. */
export const POSITIVE_HINTS = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose/;
export const NEGATIVE_HINTS =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|newsletter|subscribe|social|recommend/;

/** Block-level tags: their boundaries are whitespace in the article text. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'img', 'picture',
]);

/** Embedded posts an article quotes ("social-media-embed", "twitter-tweet"): content, whatever else the class says. */
const EMBED_HINTS = classTokens('embed|embedded|twitter-tweet|instagram-media|tiktok-embed');

/** True when an element's class/id says it is furniture, unless it also says content. */
export function hasFurnitureHint(hints: string): boolean {
  if (EMBED_HINTS.test(hints)) return false;
  return STRONG_FURNITURE_HINTS.test(hints) || (UNLIKELY_HINTS.test(hints) && !LIKELY_HINTS.test(hints));
}

/** Inside an article: bylines, datelines, captions, credits, tag lists — metadata, not body text. */
export const META_HINTS =
  /caption|credit|(^|[\s_-])(byline|bylines|author|authors|dateline|timestamp|date|time|published|pubdate|updated|caption|credit|credits|tags?|topics|keywords|share-tools|article-tools|toolbar|actions|print)($|[\s_-])/;

/** Headings that introduce link sections rather than article text. */
export const RELATED_LABELS =
  /^(related|read (also|more|next)|more (from|on|in|stories|news|articles|coverage|like this)|you (may|might|could) (also )?(like|enjoy|be interested)|recommended|popular|most (read|popular|viewed|shared)|trending|see also|also (read|see|on)|further reading|latest( news| stories)?|what to read next|sponsored|top stories|don'?t miss|editor'?s picks|in case you missed)/;

/**
 * Alternatives that must end where a word ends: \b does not know accented letters, and
 * leads are lower case. Latin letters are listed rather than \p{L}: a Unicode property
 * class made compiling this regex, on its first use in a page, cost half a millisecond.
 */
const wholeWords = (alternatives: string) => `(?:${alternatives})(?![a-z\\u00df-\\u024f\\d])`;

/** How boilerplate lines inside an article begin, in English and the main languages of European news. */
export const BOILERPLATE_LEADS = new RegExp(
  `^[\\s\\-–—|•·]*(?:${[
    "advert(isement)?\\b|ad\\b|sponsored\\b|read (more|also|next)\\b|more:|related:|see also\\b|also read\\b|don'?t miss\\b",
    'sign up\\b|subscribe\\b|click here\\b|share (this|on)\\b|follow us\\b|tell us what\\b|this slideshow requires',
    '(have|got) a (news )?tip\\b|contact the (writer|reporter|author)\\b|(email|reach) the (writer|reporter|author)\\b',
    'comments?\\s*$|leave a (comment|reply)|previous (post|article)|next (post|article)|tags?\\b\\s*:?|(updated|published|posted)( at| on| by|:)',
    // A gallery's counter ("Image 1 of 5").
    '(image|photo|picture|slide) \\d+\\s*(of|/)\\s*\\d+\\s*$',
    // Portuguese, Spanish, French, German, Italian: published or updated, read also, advertising.
    wholeWords('publicad[oa] (por|em|el|en)|atualizad[oa] (em|a)|actualizad[oa] (el|a)|publié (le|par)|mis à jour|veröffentlicht|aktualisiert|pubblicato'),
    wholeWords('leia (também|mais)|veja também|lea también|ver también|(à )?lire aussi|lesen sie (auch|mehr)|mehr zum thema|leggi anche'),
    wholeWords('publicidade|publicidad|publicité|werbung|pubblicità'),
    // …and a tag list or a comments heading.
    '(etiquetas|schlagwörter)\\s*:|(anzeige|comentários|comentarios|commentaires|kommentare|commenti)\\s*$',
  ].join('|')})`,
);

const NEVER_FURNITURE = new Set(['html', 'body', 'main', 'article']);

/** True for an element that is page furniture by its tag, role, hints or visibility. */
export function isFurniture(block: Pick<BlockDescriptor, 'hidden' | 'tag' | 'role' | 'hints'>): boolean {
  if (block.hidden) return true;
  if (NEVER_FURNITURE.has(block.tag)) return false;
  return FURNITURE_TAGS.has(block.tag) || FURNITURE_ROLES.has(block.role) || hasFurnitureHint(block.hints);
}

/** True when a block is furniture by its class, id or role alone: detection without hints would read inside it. */
export function isFurnitureByHintsOnly(block: Pick<BlockDescriptor, 'hidden' | 'tag' | 'role' | 'hints'>): boolean {
  return !block.hidden && !FURNITURE_TAGS.has(block.tag) && isFurniture(block);
}
