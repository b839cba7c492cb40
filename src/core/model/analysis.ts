import { squashWhitespace, withoutSoftHyphens } from './whitespace';

/** Entity types Gloss marks; PER/ORG/LOC follow CoNLL, MISC is everything else named. */
export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** A named-entity mention; offsets index into the analysed text. */
export interface EntitySpan {
  text: string;
  type: EntityType;
  start: number;
  end: number;
  /** Index into TextAnalysis.groups: mentions of one entity share it. */
  group?: number;
}

/** Why a sentence was flagged, shown to the reader ("a figure: 2000"). */
export interface ClaimReason {
  kind: 'figure' | 'date' | 'attribution' | 'comparison' | 'causal' | 'entity';
  evidence: string;
}

/** A check-worthy sentence with a score in [0, 1] and its strongest evidence. */
export interface ClaimSpan {
  text: string;
  score: number;
  start: number;
  end: number;
  reasons: ClaimReason[];
}

/** What the background returns for one article text. */
export interface TextAnalysis {
  entities: EntitySpan[];
  claims: ClaimSpan[];
  /** One entry per entity (its fullest name and mention count), indexed by EntitySpan.group. */
  groups: EntitySummaryItem[];
  /** False for a text in another language: the models know English only, so nothing is marked. */
  english: boolean;
}

/** One entity of an article with how often it is mentioned, for the popup summary. */
export interface EntitySummaryItem {
  /** The fullest name the article uses ("Ilham Aliyev"). */
  text: string;
  type: EntityType;
  mentions: number;
}

/** A title that may stand before a person's name ("Prime", "Minister", "Mr."), lower-cased. */
export const TITLES = /^(mr|mrs|ms|dr|prof|sen|rep|gov|gen|lt|col|capt|sgt|maj|rev|president|vice|prime|minister|deputy|ambassador|mayor|senator|governor|king|queen|prince|princess|pope|sir|lord|lady|judge|chancellor|secretary)\.?$/;

/**
 * Job titles and ranks written out, lower-cased ("Project Manager Fumihiko Hazama", "Captain
 * James T. Kirk"). Titles in people's names only: organisations are named with them too
 * ("UN High Commissioner for Refugees", "Coach"), so they stay in those names.
 */
const JOB_TITLES = /^(chairman|chairwoman|chief|director|manager|spokesman|spokeswoman|spokesperson|coach|commissioner|ceo|founder|professor|inspector|detective|admiral|commander|colonel|captain|lieutenant|sergeant|congressman|congresswoman|councilman|councilwoman|speaker)$/;

/** A word, lower-cased, that may stand before a person's name as a title. */
export const isPersonTitle = (word: string): boolean => TITLES.test(word) || JOB_TITLES.test(word);

/** Where a person's name begins after the titles before it ("President Ilham Aliyev": 1); -1 when it is all titles. */
const nameStart = (words: readonly string[]): number => words.findIndex((word) => !isPersonTitle(word.toLowerCase()));

/** A suffix after a surname ("Jr."): the surname of "Patrick Carlineo Jr." is "Carlineo". */
export const NAME_SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;

/** The Arabic article joined to a surname ("al-Assad", "el-Sisi"), which a later mention may leave out ("Mr. Assad"). */
export const JOINED_ARTICLE = /^(?:al|el)[-‐]/;

/** Two words of people's names that are the same name ("assad", "al-assad"). */
const sameNameWord = (a: string, b: string) => a === b || a.replace(JOINED_ARTICLE, '') === b.replace(JOINED_ARTICLE, '');

/** A possessive ending ("Aliyev's", "EU’s"): not part of the name. */
const POSSESSIVE = /[’']s$/;

/** A company's legal form after its name: "Ceres Robotics Inc." is the Ceres Robotics of the next sentence. */
const LEGAL_FORM = /^(?:inc|corp|co|ltd|llc|plc|gmbh|ag|sa|s\.a|nv|n\.v)\.?$/;

/** The words before a legal form, without the comma that may part them ("Acme, Inc."). */
function withoutLegalForm(words: readonly string[]): string[] {
  const name = words.slice(0, -1);
  name[name.length - 1] = name.at(-1)!.replace(/,$/, '');
  return name;
}

/**
 * A name's words for matching, lower-cased, without titles ("President Ilham Aliyev" is
 * "ilham aliyev"; a place the tagger ran into a title, "South Dakota Gov.", is "south
 * dakota"). A person's titles come before the name, so only those are dropped there: a
 * title word after the first name stays ("Kevin King"), and a name of titles alone keeps
 * them ("King" is Kevin King's surname).
 */
function wordsOf(entity: EntitySpan): string[] {
  const words = withoutSoftHyphens(entity.text).toLowerCase().replace(POSSESSIVE, '').split(/\s+/).filter(Boolean);
  if (entity.type !== 'PER') {
    const name = entity.type === 'ORG' && words.length > 1 && LEGAL_FORM.test(words.at(-1)!) ? withoutLegalForm(words) : words;
    return name.filter((w) => !TITLES.test(w));
  }
  const firstName = nameStart(words);
  return firstName < 0 ? words : words.slice(firstName);
}

/** Small words an acronym skips: "United Nations High Commissioner for Refugees" is UNHCR. */
const ACRONYM_SKIPS = new Set(['of', 'the', 'for', 'and', 'on', 'in', '&']);

/** The initials of a name of several words ("united nations" -> "un"); "" for one word. */
function initialsOf(words: readonly string[]): string {
  return words.length < 2 ? '' : words.filter((w) => !ACRONYM_SKIPS.has(w)).map((w) => w[0]).join('');
}

/** A name written as an acronym ("U.N.", "NATO", "EU's"), lower-cased without periods; "" otherwise. */
function acronymOf(text: string): string {
  const bare = text.replace(POSSESSIVE, '');
  return /^(?:\p{Lu}\.?){2,8}$/u.test(bare) ? bare.replace(/\./g, '').toLowerCase() : '';
}

/**
 * Endings that make a place's name an adjective or its people's name ("Israeli",
 * "Iranian", "Chinese", "British", "German", "Delhiite"), plurals included ("Indians",
 * "Israelis", "Delhiites"): a plural left as a place of its own made its singular
 * ambiguous ("Indian" could come from "India" or "Indians").
 */
const DEMONYM_ENDINGS = ['ian', 'ians', 'an', 'ans', 'i', 'is', 'ese', 'ish', 'ite', 'ites'];

/** Which country a name is, or its people's name, as an ISO code (from the name lists). */
export interface CountryNames {
  /** A country's name, lower-case ("united states", "u.s."). */
  countryOf(name: string): string | undefined;
  /** A people's name, lower-case, singular or plural ("american", "south koreans"). */
  peopleOf(name: string): string | undefined;
}

/** The stems a one-word place adjective may come from ("iranian" -> "iran", "irani"); none for other names. */
function demonymStems(entity: EntitySpan, words: readonly string[]): string[] {
  if (entity.type !== 'LOC' || words.length !== 1) return [];
  const word = words[0]!;
  return DEMONYM_ENDINGS.filter((ending) => word.endsWith(ending) && word.length - ending.length >= 4).map((ending) => word.slice(0, -ending.length));
}

/** How a mention is written, case and a possessive aside ("Islamic State's" is "islamic state"); "Arduino LLC" is not "Arduino". */
const writingOf = (text: string) => nameLabel(text).replace(POSSESSIVE, '').toLowerCase();

/** How far a way of writing a name is from a plain label: each title, possessive or headline capitals counts. */
function labelFlaws(text: string): number {
  const shouted = text === text.toUpperCase() && text !== text.toLowerCase();
  return text.split(' ').length + (POSSESSIVE.test(text) ? 1 : 0) + (shouted ? 1 : 0);
}

/** A name as the summary shows it: on one line, without soft hyphens. */
function nameLabel(text: string): string {
  return squashWhitespace(withoutSoftHyphens(text));
}

/**
 * A person's label without the titles before the name, when two words of name are left:
 * "Mayor Helen Okafor" is Helen Okafor in a list of people; "Pope Francis" and "Vice
 * President Biden" stay as they are.
 */
function withoutLeadingTitles(label: string): string {
  const words = label.split(' ');
  const firstName = nameStart(words);
  return firstName > 0 && words.length - firstName >= 2 ? words.slice(firstName).join(' ') : label;
}

/**
 * Of two ways an article writes the same name, the one the summary shows: without a title
 * when the article also writes it so ("Benjamin Netanyahu" over "Prime Minister Benjamin
 * Netanyahu"), without a possessive, in ordinary case rather than a headline's capitals.
 */
function betterLabel(current: string, other: string): string {
  return labelFlaws(other) < labelFlaws(current) ? other : current;
}

/**
 * Groups the mentions of one entity: a person named in full once ("Ilham Aliyev",
 * "President Ilham Aliyev") and by surname later ("Aliyev", "Mr. Aliyev"; "Assad" after
 * "Bashar al-Assad"), or by first
 * name when no other full name begins with it ("Jose" after "Jose Mourinho"), is one person;
 * an acronym joins the one name of its type it abbreviates ("U.N.", "United Nations"); a
 * place's adjective joins the one place it comes from ("Israeli" with "Israel", "Chinese"
 * with "China": GMB, and so the tagger, call both places), and so does a country's
 * people's name however it is formed, given `countries` ("American" with "United States",
 * "Dutch" with "the Netherlands"), as does a country's other name ("Britain" with "United
 * Kingdom"); other names group when their words match exactly, or when they are written
 * alike but typed otherwise, and a group takes the type most of its mentions have.
 * Returns, for each mention, the index of its group, and for each group its fullest name
 * (see betterLabel).
 */
export function groupMentions(entities: readonly EntitySpan[], countries?: CountryNames): { groupOf: number[]; groups: EntitySummaryItem[] } {
  /** words: the first mention's, for matching; country: the ISO code of a place group named as a country. */
  const groups: (EntitySummaryItem & { words: string[]; votes: Map<EntityType, number>; country?: string })[] = [];
  const groupByKey = new Map<string, number>();
  /** Each group by how its label is written, of whatever type. */
  const groupByWriting = new Map<string, number>();
  const groupOf: number[] = [];
  const wordsOfEntity = entities.map(wordsOf);
  const stemsOfEntity = entities.map((entity, i) => demonymStems(entity, wordsOfEntity[i]!));
  const peopleOfEntity = entities.map((entity, i) => (entity.type === 'LOC' ? countries?.peopleOf(wordsOfEntity[i]!.join(' ')) : undefined));
  // Longest names first, so a surname finds the full name it belongs to; words that may be a
  // place's adjective last, shortest first, so that the place ("Taiwan") is there before its
  // adjective ("Taiwanese").
  const mayBeAdjective = (i: number) => stemsOfEntity[i]!.length > 0 || peopleOfEntity[i] !== undefined;
  const order = entities
    .map((_, i) => i)
    .sort(
      (a, b) =>
        Number(mayBeAdjective(a)) - Number(mayBeAdjective(b)) ||
        (mayBeAdjective(a) ? entities[a]!.text.length - entities[b]!.text.length : wordsOfEntity[b]!.length - wordsOfEntity[a]!.length) ||
        a - b,
    );
  /** Groups that some mention typed PER has joined: the only ones a surname or first name may join. */
  const personGroups: number[] = [];
  /** The index of the one group (of `among`, else of all) that `matches`, or -1 for none or several. */
  const onlyGroup = (matches: (g: (typeof groups)[number]) => boolean, among?: readonly number[]): number => {
    let found = -1;
    const count = among ? among.length : groups.length;
    for (let k = 0; k < count; k++) {
      const g = among ? among[k]! : k;
      if (!matches(groups[g]!)) continue;
      if (found >= 0) return -1;
      found = g;
    }
    return found;
  };
  for (const i of order) {
    const entity = entities[i]!;
    const words = wordsOfEntity[i]!;
    const key = `${entity.type} ${words.join(' ')}`;
    let group = groupByKey.get(key) ?? -1;
    const writtenAlike = group >= 0;
    if (group < 0 && entity.type === 'PER' && words.length > 0) {
      // A surname (or partial name) joins the one full name that ends the same way; failing
      // that, a lone first name joins the one full name that begins with it ("Jose").
      const isPerson = (g: (typeof groups)[number]) => g.votes.has('PER') && g.words.length > words.length;
      const endsSo = (g: (typeof groups)[number]) => {
        if (!isPerson(g)) return false;
        const full = NAME_SUFFIX.test(g.words.at(-1)!) ? g.words.slice(0, -1) : g.words;
        return full.length > words.length && words.every((w, k) => sameNameWord(full[full.length - words.length + k]!, w));
      };
      const anyEndsSo = personGroups.some((g) => endsSo(groups[g]!));
      group = anyEndsSo ? onlyGroup(endsSo, personGroups) : words.length === 1 ? onlyGroup((g) => isPerson(g) && g.words[0] === words[0], personGroups) : -1;
    }
    const acronym = group < 0 && entity.type !== 'PER' ? acronymOf(entity.text) : '';
    if (acronym) group = onlyGroup((g) => g.type === entity.type && initialsOf(g.words) === acronym);
    // A country by another of its names ("Britain", "United Kingdom"), or by its people's name.
    const namedCountry = group < 0 && entity.type === 'LOC' ? countries?.countryOf(words.join(' ')) : undefined;
    const country = group < 0 ? (peopleOfEntity[i] ?? namedCountry) : undefined;
    if (country) group = onlyGroup((g) => g.type === 'LOC' && g.country === country);
    for (const stem of group < 0 ? stemsOfEntity[i]! : []) {
      // The place is no longer than its adjective, give or take a letter ("Germany", "German").
      const isSource = (g: (typeof groups)[number]) => g.type === 'LOC' && g.words.length === 1 && g.words[0]!.startsWith(stem) && g.words[0]!.length <= words[0]!.length + 1;
      group = onlyGroup(isSource);
      if (group >= 0) break;
    }
    // The same name typed otherwise ("Islamic State" an organisation twice and a place twice:
    // a tie in the tagger's vote over the article) is one entity, listed once, under the type
    // most of its mentions have (a tie: the first's).
    const writing = group < 0 ? writingOf(entity.text) : '';
    if (group < 0) group = groupByWriting.get(writing) ?? -1;
    if (group < 0) {
      groups.push({ text: nameLabel(entity.text), type: entity.type, mentions: 0, words, votes: new Map(), country: namedCountry });
      group = groups.length - 1;
      groupByKey.set(key, group);
      groupByWriting.set(writing, group);
    } else if (writtenAlike) {
      groups[group]!.text = betterLabel(groups[group]!.text, nameLabel(entity.text));
      if (!groupByWriting.has(writingOf(groups[group]!.text))) groupByWriting.set(writingOf(groups[group]!.text), group);
    }
    const chosen = groups[group]!;
    chosen.mentions++;
    if (entity.type === 'PER' && !chosen.votes.has('PER')) personGroups.push(group);
    chosen.votes.set(entity.type, (chosen.votes.get(entity.type) ?? 0) + 1);
    // The most mentions' type; on a tie the first's (the first vote counted).
    chosen.type = [...chosen.votes].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
    groupOf[i] = group;
  }
  return { groupOf, groups: groups.map(({ text, type, mentions }) => ({ text: type === 'PER' ? withoutLeadingTitles(text) : text, type, mentions })) };
}

/** Most mentioned first, then by name. */
export function sortByMentions<T extends EntitySummaryItem>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => b.mentions - a.mentions || a.text.localeCompare(b.text));
}
