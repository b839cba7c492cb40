/**
 * Rules over a whole document's tags: what one sentence cannot tell, the rest of the
 * article can. A word of a headline is a common word if the text writes it only in lower
 * case, a name of several words is that name wherever it recurs, a name keeps one type,
 * and a person's surname is that person where it stands alone.
 */
import { JOINED_ARTICLE, NAME_SUFFIX } from '../model/analysis';
import type { NameList } from './gazetteer';
import { spansFromTags } from './ner-model';
import { entryOf, retype } from './tag-edits';
import { ARTICLE_WORD, CAPITALIZED, HAS_LETTER, LOWER_CASE_WORD, TITLE_CASE } from './word-case';

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

/** Short words a headline in title case leaves in lower case ("The Hidden Heroines of Chaos"). */
const HEADLINE_SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'vs', 'with']);

/** A sentence set in title case, as headings and the titles a reference list cites are: three capitalised words or more, and no other but short ones. */
function isTitleCased(words: readonly string[]): boolean {
  let capitalised = 0;
  for (const word of words) {
    if (!HAS_LETTER.test(word) || HEADLINE_SMALL_WORDS.has(word)) continue;
    if (!CAPITALIZED.test(word)) return false;
    capitalised++;
  }
  return capitalised > 2;
}

/**
 * Drops the entities of a headline whose every word the rest of the document writes only
 * in lower case after a sentence's first word: "CRICKET - ENGLAND WIN TOSS" over a text
 * that says "cricket", "Black-Box Versus White-Box" over one that says "black-box".
 * Capitals hide the case the tagger relies on; the document's own text shows it. A person
 * in title case who begins with a known given name stays ("Reporting by Will Dunham").
 */
export function commonWordsInHeadlines(sentences: readonly (readonly string[])[], tags: string[][], givenNames?: NameList): void {
  const headlines = sentences.map((words) => (isShouted(words) ? 'capitals' : isTitleCased(words) ? 'title case' : undefined));
  if (!headlines.some(Boolean)) return;
  const common = onlyInLowerCase(sentences, (s) => headlines[s] !== undefined);
  sentences.forEach((words, s) => {
    if (!headlines[s]) return;
    for (const span of spansFromTags(tags[s]!)) {
      const givenName = headlines[s] === 'title case' && span.type === 'PER' && givenNames?.has(words[span.start]!.toLowerCase());
      if (!givenName && words.slice(span.start, span.end).every(common)) tags[s]!.fill('O', span.start, span.end);
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
 * The surname of a person span of two words or more: its last word, or the word before a
 * suffix ("Patrick Carlineo Jr."); never an article ("D. The" in a garbled line).
 */
function surnameOf(words: readonly string[], span: { type: string; start: number; end: number }): string | undefined {
  if (span.type !== 'PER') return undefined;
  const end = NAME_SUFFIX.test(words[span.end - 1]!) ? span.end - 1 : span.end;
  // "Assad" alone is the surname of "Bashar al-Assad".
  const last = words[end - 1]!.replace(JOINED_ARTICLE, '');
  return end - span.start > 1 && TITLE_CASE.test(last) && !ARTICLE_WORD.test(last) ? last : undefined;
}

/**
 * A name of several words is one name wherever the document writes those words in a row:
 * an occurrence the tagger left untagged, or read only in part ("Whole" left out of "Whole
 * Foods", the company read as a person called Foods; "Manchester" a person and "United" a
 * club), becomes the whole name, of the type the tagger gave it where it read it whole
 * (the first such reading). An occurrence read whole keeps its type, for oneTypePerName to
 * vote on, and a longer name around one is left as it is ("Whole Foods Market").
 * conll2003-dev +0.0011 (19 spans, all boundaries made right); GMB has no documents; over
 * aeb-dev the summaries of 28 pages change ("MacBook Pro" 59 times, where "MacBook Pro" 17
 * and "MacBook" 27 were listed apart).
 */
export function fullNamesAlike(sentences: readonly (readonly string[])[], tags: string[][]): void {
  // Names of several words, looked up by their first word.
  const names = new Map<string, { words: readonly string[]; type: string }[]>();
  sentences.forEach((words, s) => {
    for (const span of spansFromTags(tags[s]!)) {
      if (span.end - span.start < 2) continue;
      const name = words.slice(span.start, span.end);
      const known = names.get(name[0]!) ?? [];
      if (!known.some((n) => n.words.join(' ') === name.join(' '))) names.set(name[0]!, [...known, { words: name, type: span.type }]);
    }
  });
  if (names.size === 0) return;
  sentences.forEach((words, s) => {
    const row = tags[s]!;
    words.forEach((word, i) => {
      for (const name of names.get(word) ?? []) {
        const end = i + name.words.length;
        if (!name.words.every((w, k) => words[i + k] === w)) continue;
        const readWhole = row[i]!.startsWith('B-') && row.slice(i + 1, end).every((t) => t === `I-${row[i]!.slice(2)}`);
        const insideLonger = row[i]!.startsWith('I-') || row[end]?.startsWith('I-');
        if (!readWhole && !insideLonger) retype(row, i, end, name.type);
      }
    });
  });
}

/** A courtesy title: what follows it is a person's surname ("Mr. Georgelis"). */
const COURTESY_TITLE = /^(?:Mr|Mrs|Ms|Mx|Dr)\.?$/;

/**
 * Gives a multi-word person's surname to the same word wherever it stands alone, in
 * capitals too (a headline's "ALIYEV"), or behind its particles ("de Miranda"): an article
 * names "Ilham Aliyev" once and "Aliyev" after that, and a lone surname has little context
 * of its own, so the tagger may leave it untagged or call it a place. An untagged one next
 * to another entity is left alone. A full name of another type that ends on the surname
 * of a "Mr." of the article is that person too.
 */
export function surnamesAlone(sentences: readonly (readonly string[])[], tags: string[][]): void {
  const surnames = new Set<string>();
  const withParticles = new Set<string>();
  const addressed = new Set<string>();
  sentences.forEach((words, s) => {
    for (const span of spansFromTags(tags[s]!)) {
      if (span.type === 'PER' && span.end - span.start === 2 && COURTESY_TITLE.test(words[span.start]!)) addressed.add(words[span.start + 1]!);
      const surname = surnameOf(words, span);
      if (!surname) continue;
      surnames.add(surname).add(surname.toUpperCase());
      let first = span.end - 1;
      // Its particles: the lower-case words before it ("de", "van", "bin").
      while (first - 1 > span.start && LOWER_CASE_WORD.test(words[first - 1]!)) first--;
      if (first < span.end - 1) withParticles.add(entryOf(words, first, span.end));
    }
  });
  if (surnames.size === 0) return;
  sentences.forEach((words, s) => {
    const row = tags[s]!;
    for (const span of spansFromTags(row)) {
      if (span.type === 'PER') continue;
      const name = words.slice(span.start, span.end);
      // A full name ending on the surname of a "Mr." or "Ms." of the article ("Tasos Georgelis",
      // an organisation, and "Mr. Georgelis"), or a surname with its particles ("De Miranda" of
      // "Luis de Miranda"), taken for another type: the person.
      const addressedByTitle = name.length > 1 && addressed.has(name.at(-1)!) && name.every((word) => TITLE_CASE.test(word));
      if (addressedByTitle || withParticles.has(entryOf(words, span.start, span.end))) retype(row, span.start, span.end, 'PER');
    }
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
 *
 * But a one-word name the tagger calls a person in some sentences and an organisation in
 * others is an organisation, however the votes fall, unless it ends a full person's name
 * in the document or is a known place: news introduces people by their full names, and a
 * company the subject of a verb reads like a person to the tagger ("Audi is offering",
 * "Gannett said" outvoted "Audi's" and "at Gannett"). conll2003-dev +0.0036 (18 sentences
 * better, none worse); gmb-test and gmb-dev −0.0001 (one sentence each, "Saddam" and
 * "Nguyen" named twice in a sentence); over aeb-dev 12 pages change, Audi, Ford,
 * Salesforce, Gannett, Lexus and BART among them. Known places are left to the vote:
 * "Kabul" and "Seoul" are not companies ("Toyota", a city too, stays what the vote says).
 */
export function oneTypePerName(sentences: readonly (readonly string[])[], tags: string[][], places?: NameList): void {
  // Each mention with its name; retyping below keeps every span's bounds.
  const mentions = sentences.flatMap((words, s) => spansFromTags(tags[s]!).map((span) => ({ s, span, name: entryOf(words, span.start, span.end) })));
  const counts = new Map<string, Map<string, number>>();
  for (const { span, name } of mentions) {
    const types = counts.get(name) ?? new Map<string, number>();
    types.set(span.type, (types.get(span.type) ?? 0) + 1);
    counts.set(name, types);
  }
  const surnames = new Set(mentions.flatMap(({ s, span }) => surnameOf(sentences[s]!, span)?.toLowerCase() ?? []));
  const isOrganisationReadAsPerson = (name: string, types: Map<string, number>) =>
    !name.includes(' ') && types.has('PER') && types.has('ORG') && !surnames.has(name) && !places?.has(name);
  for (const { s, span, name } of mentions) {
    const types = counts.get(name)!;
    if (types.size < 2) continue;
    const [first, second] = [...types].sort((a, b) => b[1] - a[1]);
    const type = isOrganisationReadAsPerson(name, types) ? 'ORG' : first![1] > second![1] ? first![0] : span.type;
    if (type !== span.type) retype(tags[s]!, span.start, span.end, type);
  }
}

/**
 * Gives a full name's first word to the same word standing alone as a name of another type,
 * when it is a known given name written in title case, no place, and begins no other full
 * name of the document: "Marco" after "Marco Arment", typed an organisation where it stands
 * alone. (A full name of two people, "Marco Arment" and "Marco Rubio", leaves "Marco" be.)
 */
export function givenNamesAlone(sentences: readonly (readonly string[])[], tags: string[][], givenNames: NameList, places: NameList): void {
  const fullNames = new Map<string, Set<string>>();
  sentences.forEach((words, s) => {
    for (const span of spansFromTags(tags[s]!)) {
      if (span.type !== 'PER' || span.end - span.start < 2) continue;
      const first = words[span.start]!;
      fullNames.set(first, (fullNames.get(first) ?? new Set()).add(entryOf(words, span.start, span.end)));
    }
  });
  const isFirstName = (word: string) => TITLE_CASE.test(word) && fullNames.get(word)?.size === 1 && givenNames.has(word.toLowerCase()) && !places.has(word.toLowerCase());
  sentences.forEach((words, s) => {
    for (const span of spansFromTags(tags[s]!)) {
      if (span.type !== 'PER' && span.end - span.start === 1 && isFirstName(words[span.start]!)) retype(tags[s]!, span.start, span.end, 'PER');
    }
  });
}
