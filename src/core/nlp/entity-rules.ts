/**
 * What Gloss does with the tagger's output before anyone sees it, sentence by sentence:
 * span edges that cannot belong to a name are trimmed, known places are placed by their
 * position and joined when split, sports results are read as such (results-rules), titles
 * alone are no person. Then the document's own rules (document-rules): common words in a
 * headline's capitals are no names, a name keeps one type through a document, and a
 * person's surname is carried to its lone mentions in the rest of the text.
 */
import { isPersonTitle } from '../model/analysis';
import { MAX_PLACE_TOKENS } from './gazetteer';
import type { NameList } from './gazetteer';
import { type NerModel, spansFromTags } from './ner-model';
import { peopleBeforeCountry, resultsRow, teamsInResults, teamsInResultsRows } from './results-rules';
import { entryOf, retype } from './tag-edits';
import { commonWordsInHeadlines, fullNamesAlike, givenNamesAlone, oneTypePerName, onlyInLowerCase, surnamesAlone } from './document-rules';
import { ARTICLE_WORD, HAS_CAPITAL, HAS_LETTER, LOWER_CASE_WORD, TITLE_CASE } from './word-case';

/** Tokens no name runs across: "Portsmouth : Middlesex" and "John Bolton — Morrison" are two names each, "Bugzilla@Mozilla" no person. */
const NAME_BREAKS = new Set([':', ';', '—', '–', '--', '@']);
/** A capital letter standing alone, without a period: a table's column head ("W D L"), not an initial ("J."). */
const BARE_CAPITAL = /^\p{Lu}$/u;
/** A measure or an age, one token as the training text writes it ("16-inch", "56-year-old"): no end of a name. */
const MEASURE = /^\d[\d.,]*(?:st|nd|rd|th)?-\p{Ll}/u;
/** A word no name of several words ends on: a lower-case word or a clitic ("Garrett hit", "Epstein 's"), or "The" (a byline run into a sentence). */
const isNoNameEnd = (word: string) => LOWER_CASE_WORD.test(word) || word === 'The';
/** A token no name begins or ends on: one without a letter, or a measure. */
const isNoNameEdge = (word: string) => !HAS_LETTER.test(word) || MEASURE.test(word);
/** An initial alone: the tail of "non-U.S." or "(D-N.Y.)" split at the hyphen, no name by itself. */
const INITIAL = /^\p{Lu}\.$/u;

/**
 * Where a name of two words or more written twice in a row begins its second copy (a
 * byline's photo caption and link: "Stella Kim Stella Kim"); -1 for any other name. One word
 * twice is a name of its own ("Abdullah Abdullah").
 */
function secondCopyAt(name: readonly string[], start: number): number {
  const half = name.length / 2;
  if (half < 2 || !Number.isInteger(half)) return -1;
  return name.slice(0, half).join(' ') === name.slice(half).join(' ') ? start + half : -1;
}

/**
 * Drops from each entity span its edge tokens that cannot end a name: a token without a
 * letter or a measure at either end ('"', "Rudolph \"", "5. Dionne Rose", "P. Simmons 4-38",
 * "AppleInsider 16-inch"), a lower-case word, a clitic or "The" at the end ("Garrett hit",
 * "Epstein 's", "Bradley M. Kuhn The"), and splits it at a colon, semicolon, dash or "@", and
 * where the same words of a name come twice in a row; nothing right after an "@" is a name.
 * A span left empty is no entity, nor is one of bare capitals ("W D L", a table's heads),
 * one without a capital letter ("mid-1990s"), an article alone or an initial alone. A
 * person span right after another joins it: titles belong to the name, as in the GMB
 * guidelines. First, an organisation carried through "of" takes the name after it
 * (joinOrganisationsOf).
 */
export function trimSpans(words: readonly string[], tags: readonly string[]): string[] {
  const out = words.map(() => 'O');
  // A break tagged O ends the span; the I- after it begins a new one (spansFromTags).
  const unbroken = tags.map((tag, i) => (NAME_BREAKS.has(words[i]!) ? 'O' : tag));
  joinOrganisationsOf(words, unbroken);
  for (const span of spansFromTags(unbroken)) {
    let { start, end } = span;
    while (start < end && isNoNameEdge(words[start]!)) start++;
    while (end > start && (isNoNameEdge(words[end - 1]!) || (end - start > 1 && isNoNameEnd(words[end - 1]!)))) end--;
    const name = words.slice(start, end);
    if (name.every((word) => BARE_CAPITAL.test(word)) || !name.some((word) => HAS_CAPITAL.test(word))) continue;
    if (end - start === 1 && (ARTICLE_WORD.test(words[start]!) || INITIAL.test(words[start]!))) continue;
    // A user name ("@ArvindKejriwal") or an address's host ("jane@Reuters.com"): see tagEntities.
    if (words[start - 1] === '@') continue;
    // A person span right after another person span continues it ("Vice" "President Pence").
    const continues = span.type === 'PER' && start > 0 && out[start - 1]!.endsWith('-PER');
    const second = secondCopyAt(name, start);
    for (let i = start; i < end; i++) out[i] = `${(i === start && !continues) || i === second ? 'B' : 'I'}-${span.type}`;
  }
  return out;
}

/**
 * An organisation the tagger carried through "of" goes on through the name after it,
 * which the tagger began as a name of its own: "Bank of" "Canada", "University of"
 * "Michigan", "News Agency of" "Nigeria". gmb-train labels the name after an
 * organisation's "of" as part of it 357 times in 414, and a reader wants the bank, not a
 * bank and a country. conll2003-dev +0.0010, gmb-test +0.0004; gmb-dev −0.0005, where
 * GMB's labels split "Islamic Army of" from "Iraq".
 */
function joinOrganisationsOf(words: readonly string[], tags: string[]): void {
  for (let i = 1; i + 1 < words.length; i++) {
    if (tags[i] !== 'I-ORG' || words[i] !== 'of' || !tags[i + 1]!.startsWith('B-')) continue;
    tags[i + 1] = 'I-ORG';
    for (let k = i + 2; k < words.length && tags[k]!.startsWith('I-'); k++) tags[k] = 'I-ORG';
  }
}

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

/** A party's member, which the tagger runs into the state before it ("a Virginia Democrat"). */
const PARTY_MEMBER = /^(?:Democrat|Republican)s?$/;

/** A known place followed by a party's member is the place alone: "Virginia" of "a Virginia Democrat". */
export function placesBeforeParty(words: readonly string[], tags: string[], places: NameList): void {
  for (const { start, end, type } of spansFromTags(tags)) {
    if (type === 'LOC' && end - start > 1 && PARTY_MEMBER.test(words[end - 1]!) && places.has(entryOf(words, start, end - 1))) tags[end - 1] = 'O';
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

/**
 * A country's name alone is the country, not an organisation: "US" and "UK" without
 * periods, which GMB mostly labels ORG (US 91 times ORG, 35 LOC; UK 49 ORG, none LOC, while
 * "U.S." is LOC 2,495 times), and countries the tagger reads as teams or agencies
 * ("Belarus", "SINGAPORE"). On conll2003-dev all 20 spans it changes become correct
 * (+0.0034); gmb-test loses 0.0012 by GMB's own labels. Nor is it a person ("Finland"
 * scored a goal), unless it is also a given name: "Jordan" and "Chad" stay people (gmb-dev
 * +0.0002; the one span it makes worse in each GMB part is labelled a person there). Names
 * of several words too ("Saudi Arabia", "United Kingdom" in a ranking): conll2003-dev
 * +0.0004, gmb-dev +0.0002, gmb-test -0.0001, where GMB labels "Marshall Islands" ORG.
 * Full stops aside ("U.K." is listed as "uk"): gmb-test -0.0001, a "U.S" GMB labels ORG.
 */
export function countriesAlone(words: readonly string[], tags: string[], countries: NameList, givenNames: NameList): void {
  for (const { type, start, end } of spansFromTags(tags)) {
    if (type !== 'ORG' && type !== 'PER') continue;
    // Whole names are looked up, not words: a lookup per word cost the cold start.
    const name = entryOf(words, start, end);
    const mayBePerson = type === 'PER' && end - start === 1 && givenNames.has(name);
    // "U.K." is listed as "uk" only.
    const isCountry = countries.has(name) || (name.includes('.') && countries.has(name.replace(/\./g, '')));
    if (isCountry && !mayBePerson) retype(tags, start, end, 'LOC');
  }
}

/**
 * Last words that make a name an organisation's. In GMB (all three parts) and
 * conll2003-dev, a gold name of several words ending in one of them is an organisation
 * 2,059 times of 2,080. Words that also end places ("Union", "Bank", "Federation"), and
 * parties and clubs, which the sets type either way, are not listed. The second block,
 * companies' usual last words ("Whole Foods", "Dick Clark Productions", read as people),
 * ends 19 gold names in those sets, all organisations (gmb-test +0.0002). The third, public
 * bodies and schools ("Palestinian Authority", "Bush Administration", "Earlham College"; the
 * British "Programme" beside "Program"), ends 228 gold names there, 224 of them
 * organisations; conll2003-dev +0.0002, gmb-test −0.0004 and gmb-dev −0.0009, all of it
 * GMB's labelling "Palestinian Authority" as the place "Palestinian" and no name after it.
 */
const ORGANISATION_HEADS = new Set(
  (
    'Aerospace Agency Airlines Airways Army Association Brigade Bureau Co Co. Commission Committee Company Corp Corp. Corporation ' +
    'Council Court Department Energy Forces Foundation Front Fund Group Holdings Inc Inc. Industries Institute Laboratories Labs LLC ' +
    'Ltd Ltd. Media Ministry Motors Network Organisation Organization Parliament Partners Pharmaceuticals plc PLC Press Robotics ' +
    'Senate Services Software Studios Systems Technologies Times University ' +
    'Bancorp Biosciences Brands Chemicals Communications Electronics Enterprises Entertainment Financial Foods Hotels Insurance ' +
    'Images Investments Logistics Petroleum Pictures Productions Records Resorts Securities Solutions Stores Telecom Therapeutics Ventures ' +
    'Administration Authority Board Clinic College Laboratory Movement Office Program Programme School Service Tribunal'
  ).split(' '),
);

/**
 * A name of several words ending in an organisation's head word is an organisation,
 * whatever the tagger read in its first words: "Halcrow Partners" is no place, "Nissan
 * Motor Company" no person; and a head word the tagger made an organisation alone, or an
 * organisation beginning with a head word and "of", joins the name right before it ("Hong
 * Kong Polytechnic" "University", "Ludwig Maximilian" "University of Munich").
 * conll2003-dev +0.0008, gmb-test +0.0001, gmb-dev +0.0005 (the second case changes none
 * of the three sets).
 */
export function organisationsByHeadWord(words: readonly string[], tags: string[]): void {
  if (!words.some((word) => ORGANISATION_HEADS.has(word))) return;
  // A head word the tagger left out, right after a name ("Getty" "Images"), ends that name.
  for (const span of spansFromTags(tags)) {
    if (tags[span.end] === 'O' && ORGANISATION_HEADS.has(words[span.end]!)) tags[span.end] = `I-${span.type}`;
  }
  const spans = spansFromTags(tags);
  spans.forEach((span, k) => {
    const headFirst = span.type === 'ORG' && ORGANISATION_HEADS.has(words[span.start]!) && words[span.start + 1] === 'of';
    if (!ORGANISATION_HEADS.has(words[span.end - 1]!) && !headFirst) return;
    const before = spans[k - 1];
    const joinsBefore = span.type === 'ORG' && (span.end - span.start === 1 || headFirst) && before?.end === span.start && before.type !== 'ORG';
    const start = joinsBefore ? before.start : span.start;
    if (span.end - start > 1 && (joinsBefore || span.type !== 'ORG')) retype(tags, start, span.end, 'ORG');
  });
}

const isTitle = (word: string) => isPersonTitle(word.toLowerCase());

/**
 * A title inside a place begins a person: "New Jersey Sen. Cory Booker", tagged one place,
 * is the place "New Jersey" and the person "Sen. Cory Booker"; a name right after the title
 * joins the person when the tagger typed it apart ("Hawaii Rep." "Tulsi Gabbard"). And a
 * span of titles alone joins the person after it ("Lt Col" "Alexander Vindman"). Only when
 * a name follows the title. Organisations are left whole: GMB labels "U.S. Ambassador
 * Zalmay Khalilzad" one organisation, and splitting those cost gmb-test 0.0007. As it is:
 * gmb-test −0.0001 (one title GMB leaves out of the name), the other sets unchanged; over
 * aeb-dev, 4 names.
 */
export function peopleAfterTitles(words: readonly string[], tags: string[]): void {
  // Most sentences have neither a place of two words nor a name right before a person: a
  // scan of the tags rules them out before any span is built.
  let candidate = false;
  for (let i = 1; i < tags.length && !candidate; i++) candidate = tags[i] === 'I-LOC' || (tags[i] === 'B-PER' && tags[i - 1] !== 'O' && !tags[i - 1]!.endsWith('PER'));
  if (!candidate) return;
  const spans = spansFromTags(tags);
  spans.forEach((span, k) => {
    if (span.type === 'PER') return;
    const next = spans[k + 1];
    const nextAdjacent = next && next.start === span.end ? next : undefined;
    // Titles alone ("Lt Col") join the person after them; in a place, the person begins at
    // the first title after its first word.
    const titlesOnly = words.slice(span.start, span.end).every(isTitle);
    const titleAt = words.findIndex((word, i) => i > span.start && i < span.end && TITLE_CASE.test(word) && isTitle(word));
    const personStart = titlesOnly ? (nextAdjacent?.type === 'PER' ? span.start : -1) : span.type === 'LOC' ? titleAt : -1;
    if (personStart < 0) return;
    const end = nextAdjacent && nextAdjacent.type !== 'LOC' ? nextAdjacent.end : span.end;
    if (words.slice(personStart, end).every(isTitle)) return;
    tags[personStart] = 'B-PER';
    for (let i = personStart + 1; i < end; i++) tags[i] = 'I-PER';
  });
}

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

/**
 * An office named with "of" before a person's name: "Secretary of State Antony Blinken",
 * "Secretary of Homeland Security Alejandro Mayorkas". GMB tags the department an
 * organisation and the name a person (62 times of 130 for "Secretary of State"); the
 * tagger runs an unknown name on into the department. The person begins at the first known
 * given name or initial after the department's first word. gmb-dev +0.0002, gmb-test
 * -0.0001 (it labels "State Colin Powell" one organisation twice), conll2003-dev unchanged.
 */
export function peopleAfterOffices(words: readonly string[], tags: string[], givenNames: NameList): void {
  for (const span of spansFromTags(tags)) {
    if (span.type !== 'ORG' || words[span.start - 1] !== 'of' || !isTitle(words[span.start - 2] ?? '')) continue;
    for (let k = span.start + 1; k < span.end; k++) {
      if (!givenNames.has(words[k]!.toLowerCase()) && !/^\p{Lu}\.$/u.test(words[k]!)) continue;
      retype(tags, span.start, k, 'ORG');
      retype(tags, k, span.end, 'PER');
      break;
    }
  }
}

/** Tags the sentences of one document and applies the rules (these and results-rules), in this order. */
export function tagDocument(model: NerModel, sentences: readonly (readonly string[])[]): string[][] {
  const tags = sentences.map((words) => trimSpans(words, model.tag(words)));
  const { gazetteer } = model;
  if (gazetteer) {
    sentences.forEach((words, s) => {
      placesByPosition(words, tags[s]!, gazetteer.places);
      joinSplitPlaces(words, tags[s]!, gazetteer.places);
      placesBeforeParty(words, tags[s]!, gazetteer.places);
      teamsInResults(words, tags[s]!, gazetteer);
      peopleBeforeCountry(words, tags[s]!, gazetteer);
      countriesAlone(words, tags[s]!, gazetteer.countries, gazetteer.givenNames);
      peopleAfterOffices(words, tags[s]!, gazetteer.givenNames);
      organisationsByHeadWord(words, tags[s]!);
    });
  }
  sentences.forEach((words, s) => {
    peopleAfterTitles(words, tags[s]!);
    titlesAlone(words, tags[s]!);
    commonInitialisms(words, tags[s]!);
  });
  commonWordsInHeadlines(sentences, tags, gazetteer?.givenNames);
  fullNamesAlike(sentences, tags);
  oneTypePerName(sentences, tags, gazetteer?.places);
  const rows = sentences.map(resultsRow);
  if (gazetteer && rows.some(Boolean)) {
    // Runs after oneTypePerName, so that a team does not outvote its town's other mentions ("NEW YORK 1996-08-30").
    const common = onlyInLowerCase(sentences, (s) => rows[s] !== undefined);
    rows.forEach((row, s) => row && teamsInResultsRows(sentences[s]!, tags[s]!, row, gazetteer.countries, common));
  }
  surnamesAlone(sentences, tags);
  if (gazetteer) givenNamesAlone(sentences, tags, gazetteer.givenNames, gazetteer.places);
  return tags;
}
