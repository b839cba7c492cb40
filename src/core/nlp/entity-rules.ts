/**
 * What Gloss does with the tagger's output before anyone sees it: span edges that cannot
 * belong to a name are trimmed, known places are placed by their position and joined when
 * split, towns in a results line are teams and names before a country are people, titles
 * alone are no person, common words in a headline's capitals are no names, a name keeps
 * one type through a document, and a person's surname is carried to its lone mentions in
 * the rest of the text.
 */
import { TITLES } from '../model/analysis';
import { type Gazetteer, MAX_PLACE_TOKENS } from './gazetteer';
import type { NameList } from './sorted-lines';
import { type NerModel, spansFromTags } from './ner-model';
import { CAPITALIZED, HAS_LETTER, LOWER_CASE_START } from './word-case';

const CAPITALIZED_WORD = /^\p{Lu}\p{Ll}/u;
/** A lower-case word or a clitic ("hit", "'s"): it does not end a name. */
const LOWER_CASE_WORD = /^'?\p{Ll}+$/u;

/** Tokens no name runs across: "Portsmouth : Middlesex" is two names. */
const NAME_BREAKS = new Set([':', ';']);
/** A capital letter standing alone, without a period: a table's column head ("W D L"), not an initial ("J."). */
const BARE_CAPITAL = /^\p{Lu}$/u;

/**
 * Drops from each entity span its edge tokens that cannot end a name: a token without a
 * letter at either end ('"', "Rudolph \"", "5. Dionne Rose", "P. Simmons 4-38"), a lower-case word or a clitic
 * at the end ("Garrett hit", "Epstein 's"), and splits it at a colon or semicolon. A span
 * left empty is no entity, nor is one of bare capitals ("W D L", a table's heads). A person
 * span right after another joins it: titles belong to the name, as in the GMB guidelines.
 */
export function trimSpans(words: readonly string[], tags: readonly string[]): string[] {
  const out = words.map(() => 'O');
  // A break tagged O ends the span; the I- after it begins a new one (spansFromTags).
  const unbroken = tags.map((tag, i) => (NAME_BREAKS.has(words[i]!) ? 'O' : tag));
  for (const span of spansFromTags(unbroken)) {
    let { start, end } = span;
    while (start < end && !HAS_LETTER.test(words[start]!)) start++;
    while (end > start && (!HAS_LETTER.test(words[end - 1]!) || (end - start > 1 && LOWER_CASE_WORD.test(words[end - 1]!)))) end--;
    if (words.slice(start, end).every((word) => BARE_CAPITAL.test(word))) continue;
    // A person span right after another person span continues it ("Vice" "President Pence").
    const continues = span.type === 'PER' && start > 0 && out[start - 1]!.endsWith('-PER');
    for (let i = start; i < end; i++) out[i] = `${i === start && !continues ? 'B' : 'I'}-${span.type}`;
  }
  return out;
}

/** Tokens start..end as one entity of `type`. */
function retype(tags: string[], start: number, end: number, type: string): void {
  for (let i = start; i < end; i++) tags[i] = `${i === start ? 'B' : 'I'}-${type}`;
}

/** Tokens start..end as a name-list entry: lower case, joined by spaces. */
const entryOf = (words: readonly string[], start: number, end: number) => words.slice(start, end).join(' ').toLowerCase();

const DATELINE_FOLLOWER = /^(?:[,(\-–—]|--|\d.*)$/;

/**
 * A known place name is a place where its position says so, whatever the tagger called it:
 * alone in parentheses ("Ato Boldon ( Trinidad )", "Springfield ( Illinois )"), where the
 * tagger reads an acronym, the commonest parenthesis in its training news ("( UNHCR )");
 * or in capitals opening the sentence before a date or comma ("BERLIN 1996-08-30", "NICE ,
 * France"), where it reads capitals as an acronym. (A dateline ending in a dash,
 * "WASHINGTON (AP) —", never reaches the tagger: splitSentences sets it apart.)
 */
export function placesByPosition(words: readonly string[], tags: string[], places: NameList): void {
  for (const span of spansFromTags(tags)) {
    if (span.type === 'LOC') continue;
    const name = words.slice(span.start, span.end).join(' ');
    const inParentheses = words[span.start - 1] === '(' && words[span.end] === ')';
    const dateline = span.start === 0 && name === name.toUpperCase() && !name.includes('.') && (span.end === words.length || DATELINE_FOLLOWER.test(words[span.end]!));
    if ((inParentheses || dateline) && places.has(name.toLowerCase())) retype(tags, span.start, span.end, 'LOC');
  }
}

/**
 * A known place name that the tagger split into adjacent entities is one place: "Sri"
 * "Lanka", "Czech" "Republic", "Dera" "Ghazi Khan". (GMB's own labels split these two
 * countries the same way, so gmb-test loses a few spans by it; the reader gets the place.)
 */
export function joinSplitPlaces(words: readonly string[], tags: string[], places: NameList): void {
  const spans = spansFromTags(tags);
  for (let first = 0; first < spans.length; first++) {
    let joined: number | undefined;
    const { start } = spans[first]!;
    for (let last = first + 1; last < spans.length && spans[last]!.start === spans[last - 1]!.end; last++) {
      const { end } = spans[last]!;
      if (end - start > MAX_PLACE_TOKENS) break;
      if (places.has(entryOf(words, start, end))) joined = last;
    }
    if (joined === undefined) continue;
    retype(tags, start, spans[joined]!.end, 'LOC');
    first = joined;
  }
}

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

/**
 * A country's name alone is the country, not an organisation: "US" and "UK" without
 * periods, which GMB mostly labels ORG (US 91 times ORG, 35 LOC; UK 49 ORG, none LOC, while
 * "U.S." is LOC 2,495 times), and countries the tagger reads as teams or agencies
 * ("Belarus", "SINGAPORE"). On conll2003-dev all 20 spans it changes become correct
 * (+0.0034); gmb-test loses 0.0012 by GMB's own labels. A person stays ("Jordan", "Chad").
 */
export function countriesAlone(words: readonly string[], tags: string[], countries: NameList): void {
  tags.forEach((tag, i) => {
    if (tag === 'B-ORG' && tags[i + 1] !== 'I-ORG' && countries.has(words[i]!.toLowerCase())) tags[i] = 'B-LOC';
  });
}

/**
 * Last words that make a name an organisation's. In GMB (all three parts) and
 * conll2003-dev, a gold name of several words ending in one of them is an organisation
 * 2,059 times of 2,080. Words that also end places ("Union", "Bank", "Federation"), and
 * parties and clubs, which the sets type either way, are not listed.
 */
const ORGANISATION_HEADS = new Set(
  (
    'Agency Airlines Airways Association Bureau Co Co. Commission Committee Company Corp Corp. Corporation Council Court Department ' +
    'Foundation Fund Group Holdings Inc Inc. Industries Institute LLC Ltd Ltd. Ministry Organisation Organization Parliament Partners ' +
    'plc PLC Senate Technologies University'
  ).split(' '),
);

/**
 * A name of several words ending in an organisation's head word is an organisation,
 * whatever the tagger read in its first words: "Halcrow Partners" is no place, "Nissan
 * Motor Company" no person; and a head word the tagger made an organisation alone joins the
 * name right before it ("Hong Kong Polytechnic" "University"). conll2003-dev +0.0008,
 * gmb-test +0.0001, gmb-dev +0.0005.
 */
export function organisationsByHeadWord(words: readonly string[], tags: string[]): void {
  if (!words.some((word) => ORGANISATION_HEADS.has(word))) return;
  const spans = spansFromTags(tags);
  spans.forEach((span, k) => {
    if (!ORGANISATION_HEADS.has(words[span.end - 1]!)) return;
    const before = spans[k - 1];
    const joinsBefore = span.type === 'ORG' && span.end - span.start === 1 && before?.end === span.start && before.type !== 'ORG';
    const start = joinsBefore ? before.start : span.start;
    if (span.end - start > 1 && (joinsBefore || span.type !== 'ORG')) retype(tags, start, span.end, 'ORG');
  });
}

const isTitle = (word: string) => TITLES.test(word.toLowerCase());

/**
 * A person span of titles alone is no person: in "Prime Minister Nouri al-Maliki" the
 * tagger, which learned GMB's split labels, may make "Prime" one person and "Nouri
 * al-Maliki" another, and "the President said" names nobody the summary could list.
 */
export function titlesAlone(words: readonly string[], tags: string[]): void {
  for (const span of spansFromTags(tags)) {
    if (span.type === 'PER' && words.slice(span.start, span.end).every(isTitle)) tags.fill('O', span.start, span.end);
  }
}

/**
 * Initialisms of common nouns: job titles, devices, units, medical and business terms. The
 * tagger reads a word in capitals as an organisation's acronym, and news training text
 * (GMB, CoNLL) rarely shows these, so tech and business articles listed "CEO", "SUV" and
 * "CPU" as organisations (about 60 mentions over aeb-dev's articles). Only a name that is
 * one of them alone is dropped: "CEO" goes, "AMD CPU" or "HDMI Forum" stays.
 */
const COMMON_INITIALISMS = new Set(
  (
    'AC AI AIDS AM API AR ATM AWD CEO CFO CIO COO CPI CPU CTO DC DIY DNA DVD ER ETF EV FAQ FWD GDP GMO GPS GPU HDMI HDR HIV HPV HR HVAC ' +
    'ICU ID IPO IQ LCD LED LNG LPG MPG MPH MRI OLED PC PDF PIN PM PR RAM RNA ROI RPM RWD SMS SSD SUV TV UI URL USB VIP VP VR'
  ).split(' '),
);

/** Drops a one-word name that is a common noun's initialism, or its plural ("CEOs", "SUVs"). */
export function commonInitialisms(words: readonly string[], tags: string[]): void {
  words.forEach((word, i) => {
    const alone = tags[i]!.startsWith('B-') && !tags[i + 1]?.startsWith('I-');
    if (alone && (COMMON_INITIALISMS.has(word) || (word.endsWith('s') && COMMON_INITIALISMS.has(word.slice(0, -1))))) tags[i] = 'O';
  });
}

/** A sentence set in capitals: a headline or a table row ("CRICKET - ENGLAND WIN TOSS"). */
function isShouted(words: readonly string[]): boolean {
  let lettered = 0;
  for (const word of words) {
    if (!HAS_LETTER.test(word)) continue;
    if (word !== word.toUpperCase()) return false;
    lettered++;
  }
  return lettered > 1;
}

/**
 * Drops the entities of a sentence set in capitals whose every word the rest of the
 * document writes only in lower case after a sentence's first word: "CRICKET - ENGLAND WIN
 * TOSS" over a text that says "cricket". Capitals hide the case the tagger relies on; the
 * document's own text shows it.
 */
export function commonWordsInCapitals(sentences: readonly (readonly string[])[], tags: string[][]): void {
  const shouted = sentences.map(isShouted);
  if (!shouted.includes(true)) return;
  const common = onlyInLowerCase(sentences, (s) => shouted[s]!);
  sentences.forEach((words, s) => {
    if (!shouted[s]) return;
    for (const span of spansFromTags(tags[s]!)) {
      if (words.slice(span.start, span.end).every(common)) tags[s]!.fill('O', span.start, span.end);
    }
  });
}

/**
 * A test of whether a document writes a word only in lower case (or it has no letter at all),
 * read off every sentence but the skipped ones and their first words.
 */
export function onlyInLowerCase(sentences: readonly (readonly string[])[], skipped: (sentence: number) => boolean): (word: string) => boolean {
  const lowerCase = new Set<string>();
  const capitalized = new Set<string>();
  sentences.forEach((words, s) => {
    if (skipped(s)) return;
    for (let i = 1; i < words.length; i++) {
      const word = words[i]!;
      if (!HAS_LETTER.test(word)) continue;
      const lower = word.toLowerCase();
      (word === lower ? lowerCase : capitalized).add(lower);
    }
  });
  return (word) => !HAS_LETTER.test(word) || (lowerCase.has(word.toLowerCase()) && !capitalized.has(word.toLowerCase()));
}

/**
 * Gives a multi-word person's surname to the same word wherever it stands alone, in
 * capitals too (a headline's "ALIYEV"): an article names "Ilham Aliyev" once and "Aliyev"
 * after that, and a lone surname has little context of its own, so the tagger may leave
 * it untagged or call it a place. An untagged one next to another entity is left alone.
 */
export function surnamesAlone(sentences: readonly (readonly string[])[], tags: string[][]): void {
  const surnames = new Set<string>();
  sentences.forEach((words, s) => {
    for (const span of spansFromTags(tags[s]!)) {
      const last = words[span.end - 1]!;
      if (span.type === 'PER' && span.end - span.start > 1 && CAPITALIZED_WORD.test(last)) surnames.add(last).add(last.toUpperCase());
    }
  });
  if (surnames.size === 0) return;
  sentences.forEach((words, s) => {
    const row = tags[s]!;
    words.forEach((word, i) => {
      if (!surnames.has(word)) return;
      const untagged = row[i] === 'O' && (i === 0 || row[i - 1] === 'O');
      const aloneAsOther = row[i]!.startsWith('B-') && row[i] !== 'B-PER' && !row[i + 1]?.startsWith('I-');
      if (untagged || aloneAsOther) row[i] = 'B-PER';
    });
  });
}

/**
 * A name written the same way (in any case) is one entity within a document: its
 * mentions take the type most of them have, a tie leaving each as it is. The tagger types
 * each mention from its own sentence, so "Ukraine" could be a place in eight sentences
 * and an organisation in a ninth, and the summary listed it twice.
 */
export function oneTypePerName(sentences: readonly (readonly string[])[], tags: string[][]): void {
  // Each mention with its name; retyping below keeps every span's bounds.
  const mentions = sentences.flatMap((words, s) => spansFromTags(tags[s]!).map((span) => ({ s, span, name: entryOf(words, span.start, span.end) })));
  const counts = new Map<string, Map<string, number>>();
  for (const { span, name } of mentions) {
    const types = counts.get(name) ?? new Map<string, number>();
    types.set(span.type, (types.get(span.type) ?? 0) + 1);
    counts.set(name, types);
  }
  for (const { s, span, name } of mentions) {
    const types = counts.get(name)!;
    if (types.size < 2) continue;
    const [first, second] = [...types].sort((a, b) => b[1] - a[1]);
    if (first![1] > second![1] && first![0] !== span.type) retype(tags[s]!, span.start, span.end, first![0]);
  }
}

/** Tags the sentences of one document and applies the rules above, in this order. */
export function tagDocument(model: NerModel, sentences: readonly (readonly string[])[]): string[][] {
  const tags = sentences.map((words) => trimSpans(words, model.tag(words)));
  const { gazetteer } = model;
  if (gazetteer) {
    sentences.forEach((words, s) => {
      placesByPosition(words, tags[s]!, gazetteer.places);
      joinSplitPlaces(words, tags[s]!, gazetteer.places);
      teamsInResults(words, tags[s]!, gazetteer);
      peopleBeforeCountry(words, tags[s]!, gazetteer);
      countriesAlone(words, tags[s]!, gazetteer.countries);
      organisationsByHeadWord(words, tags[s]!);
    });
  }
  sentences.forEach((words, s) => {
    titlesAlone(words, tags[s]!);
    commonInitialisms(words, tags[s]!);
  });
  commonWordsInCapitals(sentences, tags);
  oneTypePerName(sentences, tags);
  const rows = sentences.map(resultsRow);
  if (gazetteer && rows.some(Boolean)) {
    // Runs after oneTypePerName, so that a team does not outvote its town's other mentions ("NEW YORK 1996-08-30").
    const common = onlyInLowerCase(sentences, (s) => rows[s] !== undefined);
    rows.forEach((row, s) => row && teamsInResultsRows(sentences[s]!, tags[s]!, row, gazetteer.countries, common));
  }
  surnamesAlone(sentences, tags);
  return tags;
}
