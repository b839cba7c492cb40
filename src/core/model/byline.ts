/**
 * A byline as the reader wants to see it beside the site and the date. The stored byline
 * stays as the page wrote it (and as Readability reads it: the test hooks and the
 * metadata benchmark compare it with that); only what the popup and the Markdown export
 * show is cleaned.
 */
import { foldSpaces, squashWhitespace } from './whitespace';

const LEAD = /^\s*(?:(?:posted|written|words|reported|story)\s+)?by\b\s*:?\s*/i;

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';

/**
 * Where a date or time begins inside a byline: "Updated …", a weekday before a date
 * ("Monday, March 25", "Mon 3 Feb"), "March 25", "22 Dec", "2018-09-16", "11/8/2019". A
 * month or a weekday needs a number beside it, so "April Ryan", "Theresa May" and "Sun
 * Yat" are names.
 */
const DATE_START = new RegExp(
  [
    '\\b(?:last\\s+)?(?:updated|published|posted)\\b',
    `\\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\b\\.?(?=[,\\s]+(?:${MONTH}|\\d))`,
    `\\b${MONTH}\\s+\\d{1,2}\\b`,
    `(?<!\\d)\\d{1,2}\\s+${MONTH}(?![a-z])`,
    '\\b\\d{4}-\\d{2}-\\d{2}\\b',
    '\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b',
  ].join('|'),
  'i',
);

const EDGE_SEPARATORS = /^[\s,;:|·•@—–-]+|[\s,;:|·•@—–-]+$/g;

/**
 * The author part of a byline: without a leading "By" and without a date written into it
 * ("by Jeff Foust — November 18, 2019" is "Jeff Foust"); empty when the byline was only a
 * date ("Sunday, Feb 1, 2015 11:57 AM UTC"), which the popup shows apart already.
 */
export function plainByline(byline: string): string {
  const author = byline.replace(LEAD, '');
  const date = DATE_START.exec(author);
  return foldSpaces((date ? author.slice(0, date.index) : author).replace(EDGE_SEPARATORS, ''));
}

/**
 * The site and the author, as the popup and the Markdown export show them before the date.
 * A byline that only names the site is not repeated ("BBC News · BBC News" is "BBC News").
 */
export function siteAndAuthor(site: string, byline: string): string[] {
  const author = plainByline(byline);
  const namesTheSite = author.toLowerCase() === squashWhitespace(site).toLowerCase();
  return [site, namesTheSite ? '' : author].filter(Boolean);
}
