/**
 * Rules for sports results, which the tagger (trained on GMB's general news) saw little
 * of: teams in results lines and rows are organisations, their scores are no part of a
 * name, and an athlete before a country in parentheses is a person. CoNLL's news is full
 * of such pages (0.7613 -> 0.7853 on conll2003-dev for the rows alone); no sentence of
 * gmb-train, gmb-test or aeb-dev's articles reads as a results row.
 */
import type { Gazetteer } from './gazetteer';
import { spansFromTags } from './ner-model';
import type { NameList } from './gazetteer';
import { entryOf, retype } from './tag-edits';
import { CAPITALIZED, LOWER_CASE_START } from './word-case';

/** A score in a results line: "2", "296", "4-38" (not a year, not a decimal). */
const SCORE = /^\d{1,3}(?:-\d{1,3})?$/;
/** What stands between the two sides of a fixture, in any case ("Kent v Surrey", "LAKERS VS. JAZZ"). */
const VERSUS = new Set(['v', 'v.', 'vs', 'vs.', 'VS', 'VS.']);
/** "March 28" is a date, though March is also a town. */
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** A score at `at` that no lower-case word follows: "296 .", "2 (" but not "70 miles". */
const isScoreAt = (words: readonly string[], at: number) => SCORE.test(words[at] ?? '') && !LOWER_CASE_START.test(words[at + 1] ?? '');

/**
 * A known town or county in a results line is its team, an organisation, as both GMB and
 * CoNLL type clubs: before a score ("Leicestershire 296", "Puchon 2 Chonbuk 1") or after
 * "v" ("May 18 v Worcestershire"). The tagger, which saw few results tables, calls it a
 * place or a person, or leaves it untagged. A country's team stays a place, as both sets
 * type national teams ("Israel 2, Bulgaria 0"); a lower-case word after the number makes
 * it a measure ("Borodino 70 miles"), and a month a date ("March 28"). An untagged word
 * after a capitalised one is part of a longer name ("NEW YORK 74") and is left alone.
 * Known towns only, but anywhere in a sentence; a sentence that is wholly a results row
 * has any name read as a team by teamsInResultsRows (without it, conll2003-dev loses 0.007).
 */
export function teamsInResults(words: readonly string[], tags: string[], gazetteer: Gazetteer): void {
  const isTown = (name: string) => gazetteer.places.has(name) && !gazetteer.countries.has(name) && !MONTHS.has(name);
  const inResults = (start: number, end: number) => isScoreAt(words, end) || VERSUS.has(words[start - 1] ?? '');
  for (const span of spansFromTags(tags)) {
    if (span.type !== 'LOC' && span.type !== 'PER') continue;
    if (inResults(span.start, span.end) && isTown(entryOf(words, span.start, span.end))) retype(tags, span.start, span.end, 'ORG');
  }
  words.forEach((word, i) => {
    const untagged = tags[i] === 'O' && CAPITALIZED.test(word) && !CAPITALIZED.test(words[i - 1] ?? '');
    if (untagged && inResults(i, i + 1) && isTown(word.toLowerCase())) tags[i] = 'B-ORG';
  });
}

/** A winning percentage in a standings line (".538"). */
const PERCENTAGE = /^\.\d{3}$/;
/** A number in a results row: a score or count, or a percentage. */
const isRowNumber = (word: string) => SCORE.test(word) || PERCENTAGE.test(word);
/** Longest name read in a results row, in words ("Minor Counties XI"). */
const MAX_ROW_NAME = 4;
/** What joins the two sides of a fixture: "v", or "AT" before the venue ("KANSAS CITY AT DETROIT"). */
const FIXTURE_JOINS = new Set([...VERSUS, 'AT']);

/** The teams of a results row, as token ranges; `match` when it is two teams' scores. */
export interface ResultsRow {
  teams: [number, number][];
  match: boolean;
  /** Where the row's reading stopped: a parenthesis ("( halftime 1-0 )") is left unread. */
  end: number;
}

/**
 * A match, two names each followed by a score ("Puchon 2 Chonbuk 1 ( halftime 1-0 )"), or
 * a standings line, one name followed by three numbers or more ("MONTREAL 71 61 .538").
 */
function scoresRow(words: readonly string[], rowEnd: number): ResultsRow | undefined {
  const teams: [number, number][] = [];
  let numbers = 0;
  let i = 0;
  while (i < rowEnd) {
    const start = i;
    while (i < rowEnd && CAPITALIZED.test(words[i]!)) i++;
    const end = i;
    while (i < rowEnd && isRowNumber(words[i]!)) i++;
    numbers = i - end;
    if (end === start || end - start > MAX_ROW_NAME || numbers === 0) return undefined;
    teams.push([start, end]);
    while (words[i] === ',' || words[i] === '.') i++;
  }
  if (teams.length === 2) return { teams, match: true, end: rowEnd };
  return teams.length === 1 && numbers >= 3 ? { teams, match: false, end: rowEnd } : undefined;
}

/**
 * A fixture: two names joined by "v" and nothing else ("Kent v Surrey"), or a schedule
 * line in capitals joined by "AT" ("KANSAS CITY AT DETROIT"; a headline such as "Talks at
 * Camp David" is no fixture). After "AT" stands the venue, a place (CoNLL's labels agree),
 * so only the first name is a team then.
 */
function fixtureRow(words: readonly string[], rowEnd: number): ResultsRow | undefined {
  const join = words.findIndex((word, i) => i < rowEnd && FIXTURE_JOINS.has(word));
  const second = rowEnd - join - 1;
  if (join < 1 || join > MAX_ROW_NAME || second < 1 || second > MAX_ROW_NAME) return undefined;
  const atVenue = words[join] === 'AT';
  for (let i = 0; i < rowEnd; i++) {
    if (i !== join && !(CAPITALIZED.test(words[i]!) && (!atVenue || words[i] === words[i]!.toUpperCase()))) return undefined;
  }
  return { teams: atVenue ? [[0, join]] : [[0, join], [join + 1, rowEnd]], match: false, end: rowEnd };
}

/** The teams of a sentence that is a results row (scores, standings or a fixture), or undefined. */
export function resultsRow(words: readonly string[]): ResultsRow | undefined {
  const parenthesis = words.indexOf('(');
  const rowEnd = parenthesis < 0 ? words.length : parenthesis;
  return scoresRow(words, rowEnd) ?? fixtureRow(words, rowEnd);
}

/**
 * The teams of a results row are organisations, as both GMB and CoNLL type clubs (a
 * country's team stays a place), and its numbers are no part of any name. The tagger, which
 * saw few tables, calls clubs places or people, leaves them untagged, or runs a name into
 * its score ("Lotte 6"). Only a match is surely between teams: a standings line may rank
 * people (a golf leaderboard), and so may a fixture ("Smith v Jones"), so a person there
 * stays one. A name of words the document otherwise writes in lower case is no team
 * ("Season 2 Episode 5" in an article about a season). On conll2003-dev 169 spans change,
 * 167 to the gold type (0.7613 -> 0.7853); no sentence of gmb-train, gmb-test or aeb-dev's
 * articles reads as a results row.
 */
export function teamsInResultsRows(
  words: readonly string[],
  tags: string[],
  row: ResultsRow,
  countries: NameList,
  isCommonWord: (word: string) => boolean = () => false,
): void {
  for (let i = 0; i < row.end; i++) if (isRowNumber(words[i]!) || FIXTURE_JOINS.has(words[i]!)) tags[i] = 'O';
  for (const [start, end] of row.teams) {
    const current = tags.slice(start, end);
    if (current.some((tag) => tag.endsWith('ORG') || (!row.match && tag.endsWith('PER')))) {
      // Kept as tagged; a name that ran on from the score before it now begins here.
      if (current[0]!.startsWith('I-')) tags[start] = `B-${current[0]!.slice(2)}`;
      continue;
    }
    if (words.slice(start, end).every(isCommonWord)) tags.fill('O', start, end);
    else retype(tags, start, end, countries.has(entryOf(words, start, end)) ? 'LOC' : 'ORG');
  }
}

const DIGIT = /\d/;

/**
 * In a results list, an organisation right before a country in parentheses is a person:
 * results give an athlete's country that way ("2. Jearl Miles ( U.S. ) 50.42", "7-5 Asa
 * Carlsson ( Sweden )"). The tagger learned "( UNHCR )" after organisations from its
 * training news and reads the parenthesis as an acronym. A results list has figures
 * (ranks, times, scores); a sentence without any ("Siemens ( Germany ) and Total ( France
 * ) agreed") is left alone, as is a known place ("Nice ( France )").
 */
export function peopleBeforeCountry(words: readonly string[], tags: string[], gazetteer: Gazetteer): void {
  if (!words.some((word) => DIGIT.test(word))) return;
  for (const span of spansFromTags(tags)) {
    const country = words[span.end] === '(' && words[span.end + 2] === ')' && gazetteer.countries.has((words[span.end + 1] ?? '').toLowerCase());
    if (span.type === 'ORG' && country && !gazetteer.places.has(entryOf(words, span.start, span.end))) retype(tags, span.start, span.end, 'PER');
  }
}
