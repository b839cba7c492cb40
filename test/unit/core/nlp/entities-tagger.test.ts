import { describe, expect, it } from 'vitest';
import { tagEntities as tagWith } from '../../../../src/core/nlp/entities-tagger';
import { nerModel, shippedModelFiles } from '../../../../bench/lib/shipped-models';
import { commonWordsInHeadlines, fullNamesAlike, givenNamesAlone, onlyInLowerCase, oneTypePerName } from '../../../../src/core/nlp/document-rules';
import { commonInitialisms, countriesAlone, joinSplitPlaces, organisationsByHeadWord, peopleAfterOffices, peopleAfterTitles, placesBeforeParty, placesByPosition, tagDocument, titlesAlone, trimSpans } from '../../../../src/core/nlp/entity-rules';
import { peopleBeforeCountry, resultsRow, teamsInResults, teamsInResultsRows } from '../../../../src/core/nlp/results-rules';
import { encodeGazetteer, loadGazetteer, type NameLists } from '../../../../src/core/nlp/gazetteer';
import { greedyTag, isAllowedAfter, loadNerModel, type NerModel, type NerModelFile, scorerByName, spansFromTags } from '../../../../src/core/nlp/ner-model';
import { decodeFeatureKeys, encodeFeatureKeys } from '../../../../src/core/nlp/feature-keys';
import { loadLexicon } from '../../../../src/core/nlp/language-engine';
import { wordShape } from '../../../../src/core/nlp/ner-features';

/** A name list, for the rules that read one. */
const nameList = (...names: string[]) => new Set(names);
/** Name lists as the gazetteer ships them. */
const gazetteerOf = (lists: Partial<NameLists>) => loadGazetteer(encodeGazetteer({ givenNames: [], places: [], countries: [], ...lists }, {}, {}, 'tests'));
const tagEntities = (text: string) => tagWith(nerModel(), text);
describe('the entity tagger', () => {
  const text = 'Thousands of demonstrators marched through London on Saturday.\n\nThe United Nations said Kofi Annan would visit Baghdad.';
  const entities = tagEntities(text);

  it('puts every span on the exact characters of the text', () => {
    expect(entities.length).toBeGreaterThan(2);
    for (const e of entities) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('types people, organisations and places', () => {
    expect(entities).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ text: 'London', type: 'LOC' }),
        expect.objectContaining({ text: 'United Nations', type: 'ORG' }),
        expect.objectContaining({ text: 'Kofi Annan', type: 'PER' }),
        expect.objectContaining({ text: 'Baghdad', type: 'LOC' }),
      ]),
    );
  });
});

describe('the entity tagger on typographic text', () => {
  it('reads curly apostrophes as the training text wrote them ("Epstein’s" is a name and a clitic, as "Epstein\'s")', () => {
    const typeAndText = (text: string) => tagEntities(text).map((e) => `${e.type}:${e.text}`);
    expect(typeAndText('He visited Jeffrey Epstein’s mansion in New York.')).toEqual(['PER:Jeffrey Epstein', 'LOC:New York']);
    expect(typeAndText('He visited Epstein’s mansion in New York.')).toEqual(typeAndText("He visited Epstein's mansion in New York."));
  });
});

describe('the entity tagger on a ranking run into a sentence', () => {
  it('marks the first of the ranked names too', () => {
    const text = 'The rankings of the countries were as follows: 1. Finland 2. Norway 3. Australia 4. Canada';
    expect(tagEntities(text).map((e) => `${e.type}:${e.text}`)).toEqual(['LOC:Finland', 'LOC:Norway', 'LOC:Australia', 'LOC:Canada']);
  });
});

describe('the entity tagger on web-era names', () => {
  it('marks a company named by its web address, and no organisation called Covid', () => {
    const typeAndText = (text: string) => tagEntities(text).map((e) => `${e.type}:${e.text}`);
    expect(typeAndText('Amazon.com Inc. was fined by the European Commission.')).toEqual(['ORG:Amazon.com Inc.', 'ORG:European Commission']);
    expect(typeAndText('The WHO warned that Covid-19 was not over.')).toEqual(['ORG:WHO']);
  });
});

describe('the entity tagger on names with an apostrophe', () => {
  it('marks the whole name, not its pieces around the apostrophe', () => {
    const typeAndText = (text: string) => tagEntities(text).map((e) => `${e.type}:${e.text}`);
    expect(typeAndText("Mr. O'Brien declined to comment.")).toEqual(["PER:Mr. O'Brien"]);
    expect(typeAndText("Dinesh D'Souza was pardoned.")).toEqual(["PER:Dinesh D'Souza"]);
    expect(typeAndText("Rebels marched on N'Djamena.")).toEqual(["LOC:N'Djamena"]);
  });
});

describe('the entity tagger on hyphenated text', () => {
  it('tags a name written with soft hyphens as it tags the name, on the text\'s own characters', () => {
    const plain = 'Russian President Vladimir Putin spoke to Benjamin Netanyahu in Jerusalem.';
    const soft = 'Russian President Vladi\u00ADmir Putin spoke to Benjamin Netan\u00ADyahu in Jeru\u00ADsalem.';
    const typeAndText = (text: string) => tagEntities(text).map((e) => `${e.type}:${e.text.replace(/\u00AD/g, '')}`);
    expect(typeAndText(soft)).toEqual(typeAndText(plain));
    expect(typeAndText(plain)).toEqual(expect.arrayContaining(['PER:Benjamin Netanyahu', 'LOC:Jerusalem']));
    for (const entity of tagEntities(soft)) expect(soft.slice(entity.start, entity.end)).toBe(entity.text);
  });
});

describe('the entity tagger on web text', () => {
  it('marks no user name or e-mail address, only the names around them', () => {
    const typeAndText = (text: string) => tagEntities(text).map((e) => `${e.type}:${e.text}`);
    expect(typeAndText('— Arvind Kejriwal (@ArvindKejriwal) November 1, 2019')).toEqual(['PER:Arvind Kejriwal']);
    expect(typeAndText('Write to jane@Reuters.com in London.')).toEqual(['LOC:London']);
  });
});

describe('BIO helpers', () => {
  it('reads spans from tags, treating a stray I- as a beginning', () => {
    expect(spansFromTags(['B-PER', 'I-PER', 'O', 'I-LOC', 'B-ORG', 'B-ORG'])).toEqual([
      { type: 'PER', start: 0, end: 2 },
      { type: 'LOC', start: 3, end: 4 },
      { type: 'ORG', start: 4, end: 5 },
      { type: 'ORG', start: 5, end: 6 },
    ]);
  });

  it('allows I- only after the same type', () => {
    expect(isAllowedAfter('B-PER', 'I-PER')).toBe(true);
    expect(isAllowedAfter('O', 'I-PER')).toBe(false);
    expect(isAllowedAfter('B-ORG', 'I-PER')).toBe(false);
  });

  it('compresses word shapes', () => {
    expect(wordShape('Obama')).toBe('Xx');
    expect(wordShape('U.S.')).toBe('X.X.');
    expect(wordShape('1996-08-30')).toBe('d-d-d');
  });
});

describe('tagDocument', () => {
  // A stand-in tagger that knows "Ilham Aliyev" only as a pair, so a lone "Aliyev" is left untagged.
  const pairTagger: NerModel = {
    tag: (words) =>
      words.map((w, i) => {
        if (w === 'Ilham' && words[i + 1] === 'Aliyev') return 'B-PER';
        if (w === 'Aliyev') return words[i - 1] === 'Ilham' ? 'I-PER' : words[i - 1] === 'in' ? 'B-LOC' : 'O';
        return w === 'Baku' ? 'B-LOC' : 'O';
      }),
  };

  it("gives a person's surname to the same word elsewhere in the document", () => {
    const tags = tagDocument(pairTagger, [['President', 'Ilham', 'Aliyev', 'spoke'], ['Aliyev', 'left', 'Baku'], ['aliyev', 'Baku', 'Aliyev'], ['trust', 'in', 'Aliyev']]);
    expect(tags).toEqual([
      ['O', 'B-PER', 'I-PER', 'O'],
      ['B-PER', 'O', 'B-LOC'],
      ['O', 'B-LOC', 'O'],
      ['O', 'O', 'B-PER'],
    ]);
  });

  it('leaves documents without multi-word people as the tagger made them', () => {
    expect(tagDocument(pairTagger, [['Aliyev', 'in', 'Baku']])).toEqual([['O', 'O', 'B-LOC']]);
  });

  it('takes the surname from before a suffix, and never takes an article for one', () => {
    // A stand-in tagger that reads "Carlineo" alone as a place and ends a name on "The".
    const tagger: NerModel = {
      tag: (words) =>
        words.map((w, i) => {
          if (w === 'Patrick' || w === 'D.') return 'B-PER';
          if (['Carlineo', 'Jr.', 'The'].includes(w) && ['Patrick', 'Carlineo', 'D.'].includes(words[i - 1]!)) return 'I-PER';
          return w === 'Carlineo' ? 'B-LOC' : 'O';
        }),
    };
    const tags = tagDocument(tagger, [['Patrick', 'Carlineo', 'Jr.', 'and', 'D.', 'The'], ['Carlineo', 'called'], ['The', 'end']]);
    // "D. The" loses its "The" (no name ends on it), and an initial alone is no name.
    expect(tags).toEqual([
      ['B-PER', 'I-PER', 'I-PER', 'O', 'O', 'O'],
      ['B-PER', 'O'],
      ['O', 'O'],
    ]);
  });

  it('takes the surname without its joined Arabic article ("Assad" of "Bashar al-Assad")', () => {
    // A stand-in tagger that reads "Assad" alone as a place.
    const tagger: NerModel = {
      tag: (words) => words.map((w, i) => (w === 'Bashar' ? 'B-PER' : w === 'al-Assad' && words[i - 1] === 'Bashar' ? 'I-PER' : w === 'Assad' ? 'B-LOC' : 'O')),
    };
    expect(tagDocument(tagger, [['Bashar', 'al-Assad', 'spoke'], ['Assad', 'left']])).toEqual([
      ['B-PER', 'I-PER', 'O'],
      ['B-PER', 'O'],
    ]);
  });

  it('gives the person a surname behind its particles taken for another type, a sentence\'s capital too ("De Miranda")', () => {
    // A stand-in tagger that reads "de Miranda" without "Luis" as an organisation.
    const given = new Map([
      ['Luis de Miranda wrote', ['B-PER', 'I-PER', 'I-PER', 'O']],
      ['so de Miranda notes', ['O', 'B-ORG', 'I-ORG', 'O']],
      ['De Miranda writes', ['B-ORG', 'I-ORG', 'O']],
    ]);
    const tagger: NerModel = { tag: (words) => [...given.get(words.join(' '))!] };
    expect(tagDocument(tagger, [...given.keys()].map((sentence) => sentence.split(' ')))).toEqual([
      ['B-PER', 'I-PER', 'I-PER', 'O'],
      ['O', 'B-PER', 'I-PER', 'O'],
      ['B-PER', 'I-PER', 'O'],
    ]);
  });

  it("gives a full name's first word, a known given name, to the same word standing alone as another type", () => {
    const givenNames = nameList('marco', 'jordan', 'gui');
    const places = nameList('jordan');
    // Each sentence beside the tagger's tags for it.
    const tagged = [
      ['Marco Arment wrote', 'B-PER I-PER O'],
      ['Marco said so', 'B-ORG O O'],
      ['Jordan Peterson spoke', 'B-PER I-PER O'],
      ['in Jordan', 'O B-LOC'],
      ['GUI Oxyd and the GUI', 'B-PER I-PER O O B-ORG'],
    ];
    const tags = tagged.map(([, row]) => row!.split(' '));
    givenNamesAlone(tagged.map(([sentence]) => sentence!.split(' ')), tags, givenNames, places);
    // "Marco" joins its person; a place ("Jordan") and an acronym in capitals ("GUI") stay as they were.
    expect(tags.map((row) => row.join(' '))).toEqual(['B-PER I-PER O', 'B-PER O O', 'B-PER I-PER O', 'O B-LOC', 'B-PER I-PER O O B-ORG']);
    // Two full names begin with it: whose it is cannot be told.
    const two = [['B-PER', 'I-PER'], ['B-PER', 'I-PER'], ['B-ORG']];
    givenNamesAlone([['Marco', 'Arment'], ['Marco', 'Rubio'], ['Marco']], two, givenNames, places);
    expect(two[2]).toEqual(['B-ORG']);
  });

  it('gives the person a full name taken for another type that ends on the surname of a "Mr." of the article', () => {
    const given = new Map([
      ['said Tasos Georgelis , deputy', ['O', 'B-ORG', 'I-ORG', 'O', 'O']],
      ['Mr. Georgelis said', ['B-PER', 'I-PER', 'O']],
      ['Georgelis Engineering won', ['B-ORG', 'I-ORG', 'O']],
    ]);
    const tagger: NerModel = { tag: (words) => [...given.get(words.join(' '))!] };
    const tags = tagDocument(tagger, [...given.keys()].map((sentence) => sentence.split(' ')));
    expect(tags[0]).toEqual(['O', 'B-PER', 'I-PER', 'O', 'O']);
    // A company named after the person ends on another word, and stays one.
    expect(tags[2]).toEqual(['B-ORG', 'I-ORG', 'O']);
  });

  it('gives the surname to its capitals too, as a headline sets it ("ALIYEV")', () => {
    const tags = tagDocument(pairTagger, [['ALIYEV', 'LEAVES', 'BAKU'], ['Ilham', 'Aliyev', 'left', 'Baku']]);
    expect(tags[0]).toEqual(['B-PER', 'O', 'O']);
  });
});

describe('trimSpans', () => {
  it('drops punctuation at either end and a lower-case word at the end of a span, and empty spans', () => {
    const words = ['"', 'Rudolph', '"', 'said', 'Garrett', 'hit', 'him', '"'];
    const tags = ['B-PER', 'I-PER', 'I-PER', 'O', 'B-PER', 'I-PER', 'O', 'B-ORG'];
    expect(trimSpans(words, tags)).toEqual(['O', 'B-PER', 'O', 'O', 'B-PER', 'O', 'O', 'O']);
  });

  it('joins a person span to the person span right before it, as titles belong to the name ("Vice" "President Pence")', () => {
    const words = ['Vice', 'President', 'Pence', ',', 'Obama'];
    expect(trimSpans(words, ['B-PER', 'B-PER', 'I-PER', 'O', 'B-PER'])).toEqual(['B-PER', 'I-PER', 'I-PER', 'O', 'B-PER']);
  });

  it('drops a measure or an age at either end of a span ("AppleInsider 16-inch")', () => {
    expect(trimSpans(['AppleInsider', '16-inch', 'review'], ['B-ORG', 'I-ORG', 'O'])).toEqual(['B-ORG', 'O', 'O']);
    expect(trimSpans(['56-year-old', 'Yoshie', 'Sato'], ['B-PER', 'I-PER', 'I-PER'])).toEqual(['O', 'B-PER', 'I-PER']);
    // A company that begins with a number and a capital stays whole.
    expect(trimSpans(['7-Eleven', 'stores'], ['B-ORG', 'O'])).toEqual(['B-ORG', 'O']);
  });

  it('drops numbers at either end of a span: a rank before a name, a score after it', () => {
    const words = ['5.', 'Dionne', 'Rose', ',', 'P.', 'Simmons', '4-38'];
    const tags = ['B-PER', 'I-PER', 'I-PER', 'O', 'B-PER', 'I-PER', 'I-PER'];
    expect(trimSpans(words, tags)).toEqual(['O', 'B-PER', 'I-PER', 'O', 'B-PER', 'I-PER', 'O']);
  });

  it('splits a span at a colon, semicolon or dash ("Portsmouth : Middlesex" is two names)', () => {
    expect(trimSpans(['Portsmouth', ':', 'Middlesex', '214'], ['B-LOC', 'I-LOC', 'I-LOC', 'O'])).toEqual(['B-LOC', 'O', 'B-LOC', 'O']);
    expect(trimSpans(['Hove', ';', 'Sussex'], ['B-ORG', 'I-ORG', 'I-ORG'])).toEqual(['B-ORG', 'O', 'B-ORG']);
    expect(trimSpans(['John', 'Bolton', '—', 'Morrison'], ['B-PER', 'I-PER', 'I-PER', 'I-PER'])).toEqual(['B-PER', 'I-PER', 'O', 'B-PER']);
  });

  it('drops a span of bare capitals, a table\'s column heads ("W D L"), but keeps initials', () => {
    expect(trimSpans(['W', 'D', 'L', 'PCT'], ['B-PER', 'I-PER', 'I-PER', 'O'])).toEqual(['O', 'O', 'O', 'O']);
    expect(trimSpans(['J', 'K', 'Rowling'], ['B-PER', 'I-PER', 'I-PER'])).toEqual(['B-PER', 'I-PER', 'I-PER']);
    expect(trimSpans(['J.', 'K.'], ['B-PER', 'I-PER'])).toEqual(['B-PER', 'I-PER']);
  });

  it('drops a span without a capital letter ("mid-1990s"), as English writes names with one, "eBay" included', () => {
    expect(trimSpans(['in', 'the', 'mid-1990s', ','], ['O', 'O', 'B-ORG', 'O'])).toEqual(['O', 'O', 'O', 'O']);
    expect(trimSpans(['eBay', 'sold'], ['B-ORG', 'O'])).toEqual(['B-ORG', 'O']);
    expect(trimSpans(['de', 'Gaulle'], ['B-PER', 'I-PER'])).toEqual(['B-PER', 'I-PER']);
  });

  it('ends no name on "The", and parts a name of several words written twice in a row', () => {
    expect(trimSpans(['Bradley', 'M.', 'Kuhn', 'The', 'board'], ['B-PER', 'I-PER', 'I-PER', 'I-PER', 'O'])).toEqual(['B-PER', 'I-PER', 'I-PER', 'O', 'O']);
    expect(trimSpans(['Group', 'A'], ['B-ORG', 'I-ORG'])).toEqual(['B-ORG', 'I-ORG']);
    expect(trimSpans(['Stella', 'Kim', 'Stella', 'Kim', 'is'], ['B-PER', 'I-PER', 'I-PER', 'I-PER', 'O'])).toEqual(['B-PER', 'I-PER', 'B-PER', 'I-PER', 'O']);
    // One word twice is a name of its own ("Abdullah Abdullah", "Wei Wei").
    expect(trimSpans(['Abdullah', 'Abdullah'], ['B-PER', 'I-PER'])).toEqual(['B-PER', 'I-PER']);
  });

  it('runs no name across an "@", and takes nothing right after one for a name', () => {
    expect(trimSpans(['Bugzilla', '@', 'Mozilla', '.'], ['B-PER', 'I-PER', 'I-PER', 'O'])).toEqual(['B-PER', 'O', 'O', 'O']);
    expect(trimSpans(['follow', '@', 'ArvindKejriwal'], ['O', 'O', 'B-PER'])).toEqual(['O', 'O', 'O']);
  });

  it('carries an organisation the tagger took through "of" on through the name after it', () => {
    const words = ['the', 'Bank', 'of', 'Canada', 'and', 'News', 'Agency', 'of', 'South', 'Africa'];
    const tags = ['O', 'B-ORG', 'I-ORG', 'B-LOC', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'B-LOC', 'I-LOC'];
    expect(trimSpans(words, tags)).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG']);
    // Only through "of" inside the organisation: not after one that ended before it, nor through other words.
    expect(trimSpans(['Bank', 'of', 'Canada'], ['B-ORG', 'O', 'B-LOC'])).toEqual(['B-ORG', 'O', 'B-LOC']);
    expect(trimSpans(['Commission', 'on', 'Debates'], ['B-ORG', 'I-ORG', 'B-MISC'])).toEqual(['B-ORG', 'O', 'B-MISC']);
  });

  it('drops an article tagged a name alone ("The" split off "The Carlyle Group")', () => {
    expect(trimSpans(['The', 'Carlyle', 'Group'], ['B-ORG', 'B-ORG', 'I-ORG'])).toEqual(['O', 'B-ORG', 'I-ORG']);
    expect(trimSpans(['The', 'Hague'], ['B-LOC', 'I-LOC'])).toEqual(['B-LOC', 'I-LOC']);
  });

  it('drops an initial tagged a name alone (the tail of "non-U.S."), but keeps initials in a name', () => {
    expect(trimSpans(['non-U', 'S.', 'rivals'], ['O', 'B-PER', 'O'])).toEqual(['O', 'O', 'O']);
    expect(trimSpans(['J.', 'Smith'], ['B-PER', 'I-PER'])).toEqual(['B-PER', 'I-PER']);
  });

  it('keeps lower-case words inside a name', () => {
    const words = ['Osama', 'bin', 'Laden', 'and', 'Bank', 'of', 'America'];
    const tags = ['B-PER', 'I-PER', 'I-PER', 'O', 'B-ORG', 'I-ORG', 'I-ORG'];
    expect(trimSpans(words, tags)).toEqual(tags);
  });
});

describe('greedyTag', () => {
  const classes = ['O', 'B-ORG', 'I-ORG'];
  // Every token scores highest as the start of an organisation.
  const alwaysBeginOrg = (_feature: string, scores: Float64Array) => void (scores[1]! += 1);

  it('begins no entity on a token without a letter ("2." before a ranked name)', () => {
    expect(greedyTag(['2.', 'Ludmila', '4-38'], classes, scorerByName(alwaysBeginOrg))).toEqual(['O', 'B-ORG', 'O']);
  });

  it('begins no entity on a lower-case word after no entity, unless a capitalised word follows ("bin Laden")', () => {
    expect(greedyTag(['5.', 'said', 'the', 'bin', 'Laden', 'aide'], classes, scorerByName(alwaysBeginOrg))).toEqual(['O', 'O', 'O', 'B-ORG', 'B-ORG', 'B-ORG']);
  });
});

/** A rule that changes tags in place, as a function returning them. */
const retaggedBy =
  (rule: (words: readonly string[], tags: string[]) => void) =>
  (words: string[], tags: string[]): string[] => {
    rule(words, tags);
    return tags;
  };

describe('placesByPosition', () => {
  const places = nameList('trinidad', 'new zealand');

  it('makes a known place alone in parentheses a place, whatever the tagger called it', () => {
    const words = ['Ato', 'Boldon', '(', 'Trinidad', ')', 'and', '(', 'New', 'Zealand', ')', '(', 'UNHCR', ')'];
    const tags = ['B-PER', 'I-PER', 'O', 'B-ORG', 'O', 'O', 'O', 'B-PER', 'I-PER', 'O', 'O', 'B-ORG', 'O'];
    placesByPosition(words, tags, places);
    expect(tags).toEqual(['B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'O', 'O', 'B-LOC', 'I-LOC', 'O', 'O', 'B-ORG', 'O']);
  });

  it('makes a known place in capitals opening a sentence before a date, comma or dash a place (a dateline)', () => {
    const lines = [['TRINIDAD', '1996-08-30'], ['TRINIDAD', ',', 'Colorado'], ['TRINIDAD', '(', 'AP', ')', '-'], ['TRINIDAD', 'OIL', 'said'], ['Trinidad', 'Oil', 'said']];
    const tagged = lines.map((words) => {
      const tags = words.map((_, i) => (i === 0 ? 'B-ORG' : 'O'));
      placesByPosition(words, tags, places);
      return tags[0];
    });
    expect(tagged).toEqual(['B-LOC', 'B-LOC', 'B-LOC', 'B-ORG', 'B-ORG']);
  });

  it('leaves a place that is only part of the parenthesis alone', () => {
    const words = ['(', 'Trinidad', 'Petroleum', ')'];
    const tags = ['O', 'B-ORG', 'I-ORG', 'O'];
    placesByPosition(words, tags, places);
    expect(tags).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
  });
});

describe('teamsInResults', () => {
  const gazetteer = gazetteerOf({ places: ['puchon', 'chonbuk', 'kent', 'israel', 'borodino', 'york', 'march'], countries: ['israel'] });
  const retag = retaggedBy((words, tags) => teamsInResults(words, tags, gazetteer));

  it('makes a town followed by a score its team, whatever the tagger called it', () => {
    expect(retag(['Puchon', '2', 'Chonbuk', '1'], ['B-LOC', 'O', 'B-PER', 'O'])).toEqual(['B-ORG', 'O', 'B-ORG', 'O']);
    expect(retag(['Kent', '108-3', '.'], ['B-LOC', 'O', 'O'])).toEqual(['B-ORG', 'O', 'O']);
    expect(retag(['Puchon', '3', '1', '0'], ['O', 'O', 'O', 'O'])).toEqual(['B-ORG', 'O', 'O', 'O']);
  });

  it('makes a town after "v" its team', () => {
    expect(retag(['May', '18', 'v', 'Kent'], ['O', 'O', 'O', 'O'])).toEqual(['O', 'O', 'O', 'B-ORG']);
    expect(retag(['Puchon', 'vs.', 'Kent'], ['B-LOC', 'O', 'B-LOC'])).toEqual(['B-LOC', 'O', 'B-ORG']);
  });

  it('leaves a month before a day, and the end of a longer name, alone', () => {
    expect(retag(['March', '28', ',', 'Kent'], ['O', 'O', 'O', 'O'])).toEqual(['O', 'O', 'O', 'O']);
    expect(retag(['NEW', 'YORK', '74', '59'], ['O', 'O', 'O', 'O'])).toEqual(['O', 'O', 'O', 'O']);
  });

  it("leaves a country's team a place, a measure after a town, a year and an unknown name alone", () => {
    expect(retag(['Israel', '2', ',', 'Bulgaria', '0'], ['B-LOC', 'O', 'O', 'B-LOC', 'O'])).toEqual(['B-LOC', 'O', 'O', 'B-LOC', 'O']);
    expect(retag(['Borodino', '70', 'miles', 'west'], ['B-LOC', 'O', 'O', 'O'])).toEqual(['B-LOC', 'O', 'O', 'O']);
    expect(retag(['Kent', '1996'], ['B-LOC', 'O'])).toEqual(['B-LOC', 'O']);
    expect(retag(['Kent', 'said'], ['B-LOC', 'O'])).toEqual(['B-LOC', 'O']);
    expect(retag(['Smith', '69'], ['B-PER', 'O'])).toEqual(['B-PER', 'O']);
  });
});

describe('the loaded tagger', () => {
  it('scores as the sum of every feature row: its per-word sums change nothing', () => {
    const files = shippedModelFiles();
    const file = files.ner;
    const weights = file.weights;
    const width = file.classes.length;
    const keys = decodeFeatureKeys(file.keys);
    const addWeights = (feature: string, scores: Float64Array) => {
      const row = keys.rowOf(feature);
      if (row >= 0) for (let c = 0; c < width; c++) scores[c]! += weights[row * width + c]!;
    };
    const lexicon = loadLexicon(files);
    const model = loadNerModel(file, lexicon);
    const sentences = [
      ['Ilham', 'Aliyev', 'met', 'the', 'U.N.', 'envoy', 'in', 'Baku', 'on', 'Monday', '.'],
      ['Leicestershire', '296', '(', 'P.', 'Simmons', '4-38', ')', ',', 'Somerset', '83', '.'],
      ['Aliyev', 'said', 'Baku', 'and', 'the', 'U.N.', 'agreed', '.'],
      ['Paris'],
      ['Obama', 'said'],
      ['New', 'York', 'and', 'New', 'Jersey', 'sued', 'New', 'York', 'City', '.'],
    ];
    for (const words of sentences) expect(model.tag(words)).toEqual(greedyTag(words, file.classes, scorerByName(addWeights), lexicon));
  });

  it('counts the stand-ins past both edges of a sentence as neighbours ("<s>", "</s>")', () => {
    // O, B-PER, I-PER: "w-1=<s>" favours a beginning, "w+1=</s>" a continuation.
    const rows = { 'w-1=<s>': [0, 10, 0], 'w+1=</s>': [0, 0, 10], 'w-2=<s>': [1, 0, 0] };
    const { keys, order } = encodeFeatureKeys(Object.keys(rows));
    const file: NerModelFile = {
      version: 3,
      classes: ['O', 'B-PER', 'I-PER'],
      keys,
      weights: new Int16Array(order.flatMap((k) => Object.values(rows)[k]!)),
      scale: 1,
      trainedOn: 'test',
    };
    expect(loadNerModel(file).tag(['Ann', 'Lee'])).toEqual(['B-PER', 'I-PER']);
    expect(loadNerModel(file).tag(['Ann', 'met', 'Lee'])).toEqual(['B-PER', 'O', 'O']);
  });
});

describe('results rows', () => {
  const retag = retaggedBy((words, tags) => teamsInResultsRows(words, tags, resultsRow(words)!, nameList('israel', 'bulgaria')));

  it('reads the teams of a match, a standings line and a fixture', () => {
    expect(resultsRow(['Puchon', '2', 'Chonbuk', '1', '(', 'halftime', '1-1', ')'])).toEqual({ teams: [[0, 1], [2, 3]], match: true, end: 4 });
    expect(resultsRow(['MONTREAL', '71', '61', '.538'])).toEqual({ teams: [[0, 1]], match: false, end: 4 });
    expect(resultsRow(['ST', 'LOUIS', '9', 'Florida', '10'])).toEqual({ teams: [[0, 2], [3, 4]], match: true, end: 5 });
    expect(resultsRow(['Kent', 'v', 'Surrey'])).toEqual({ teams: [[0, 1], [2, 3]], match: false, end: 3 });
    // After "at" stands the venue.
    expect(resultsRow(['KANSAS', 'CITY', 'AT', 'DETROIT'])).toEqual({ teams: [[0, 2]], match: false, end: 4 });
  });

  it('reads no row in prose, measures, decimals or a dateline', () => {
    for (const line of ['Leicestershire 22 points', 'Sales 9.06 9.31 8.42', 'NEW YORK 1996-08-30', 'Puchon 3 1', 'He scored 2 goals', 'Revenue 1,234 1,100 950', 'Talks at Camp David', 'Chaos AT Heathrow', 'AT']) {
      expect(resultsRow(line.split(' '))).toBeUndefined();
    }
  });

  it('makes the names of a row teams and its numbers part of no name', () => {
    expect(retag(['Hyundai', '6', 'Lotte', '5'], ['B-LOC', 'O', 'B-PER', 'I-PER'])).toEqual(['B-ORG', 'O', 'B-ORG', 'O']);
    expect(retag(['Haitai', '64', '2', '43'], ['O', 'O', 'O', 'O'])).toEqual(['B-ORG', 'O', 'O', 'O']);
  });

  it("keeps a country's team a place, and a person in a standings line a person", () => {
    expect(retag(['Israel', '2', 'Bulgaria', '0'], ['O', 'O', 'B-PER', 'O'])).toEqual(['B-LOC', 'O', 'B-LOC', 'O']);
    expect(retag(['Ernie', 'Els', '68', '70', '71'], ['B-PER', 'I-PER', 'O', 'O', 'O'])).toEqual(['B-PER', 'I-PER', 'O', 'O', 'O']);
    expect(retag(['Smith', 'v', 'Jones'], ['B-PER', 'O', 'B-PER'])).toEqual(['B-PER', 'O', 'B-PER']);
  });

  it('makes no team of words the document writes in lower case', () => {
    const sentences = [['Season', '2', 'Episode', '5'], ['The', 'season', 'ends', 'with', 'an', 'episode', 'in', 'Paris']];
    const common = onlyInLowerCase(sentences, (s) => s === 0);
    const row = resultsRow(sentences[0]!)!;
    const tags = ['B-LOC', 'O', 'O', 'O'];
    teamsInResultsRows(sentences[0]!, tags, row, nameList(), common);
    expect(tags).toEqual(['O', 'O', 'O', 'O']);
    // Without that evidence they would be teams.
    const elsewhere = ['B-LOC', 'O', 'O', 'O'];
    teamsInResultsRows(sentences[0]!, elsewhere, row, nameList());
    expect(elsewhere).toEqual(['B-ORG', 'O', 'B-ORG', 'O']);
  });

  it('begins a kept name where its score no longer runs into it', () => {
    expect(retag(['Lotte', '6', 'Hyundai', '2'], ['B-ORG', 'I-ORG', 'I-ORG', 'O'])).toEqual(['B-ORG', 'O', 'B-ORG', 'O']);
  });

  it('makes the side before "at" a team and leaves the venue a place', () => {
    expect(retag(['KANSAS', 'CITY', 'AT', 'DETROIT'], ['B-LOC', 'I-LOC', 'O', 'B-LOC'])).toEqual(['B-ORG', 'I-ORG', 'O', 'B-LOC']);
  });
});

describe('peopleBeforeCountry', () => {
  const gazetteer = gazetteerOf({ places: ['nice', 'france', 'u.s.'], countries: ['france', 'u.s.'] });
  const retag = retaggedBy((words, tags) => peopleBeforeCountry(words, tags, gazetteer));

  it('makes an organisation before a country in parentheses a person, as results lists give an athlete\'s country', () => {
    expect(retag(['2.', 'Jearl', 'Miles', '(', 'U.S.', ')', '50.42'], ['O', 'B-ORG', 'I-ORG', 'O', 'B-LOC', 'O', 'O'])).toEqual(['O', 'B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'O']);
  });

  it('leaves a sentence without figures alone: companies are listed that way too', () => {
    expect(retag(['Siemens', '(', 'France', ')', 'agreed'], ['B-ORG', 'O', 'B-LOC', 'O', 'O'])).toEqual(['B-ORG', 'O', 'B-LOC', 'O', 'O']);
  });

  it('leaves a known place, a parenthesis that is not a country, and other types alone', () => {
    expect(retag(['Nice', '(', 'France', ')', '2'], ['B-ORG', 'O', 'B-LOC', 'O', 'O'])).toEqual(['B-ORG', 'O', 'B-LOC', 'O', 'O']);
    // Each with a figure, so that only the rule's other conditions keep it.
    expect(retag(['Refugee', 'Agency', '(', 'UNHCR', ')', '5'], ['B-ORG', 'I-ORG', 'O', 'B-ORG', 'O', 'O'])).toEqual(['B-ORG', 'I-ORG', 'O', 'B-ORG', 'O', 'O']);
    expect(retag(['Paris', '(', 'France', ')', '5'], ['B-LOC', 'O', 'B-LOC', 'O', 'O'])).toEqual(['B-LOC', 'O', 'B-LOC', 'O', 'O']);
    expect(retag(['Total', '(', 'France', 'and', 'Spain', ')', '5'], ['B-ORG', 'O', 'B-LOC', 'O', 'B-LOC', 'O', 'O'])).toEqual(['B-ORG', 'O', 'B-LOC', 'O', 'B-LOC', 'O', 'O']);
  });
});

describe('countriesAlone', () => {
  const countries = nameList('us', 'u.s.', 'jordan', 'finland', 'united states');
  const givenNames = nameList('jordan', 'chad');
  const retag = retaggedBy((words, tags) => countriesAlone(words, tags, countries, givenNames));

  it('makes a country read as an organisation a place', () => {
    expect(retag(['US', 'officials', 'said'], ['B-ORG', 'O', 'O'])).toEqual(['B-LOC', 'O', 'O']);
    expect(retag(['the', 'U.S.', 'military'], ['O', 'B-ORG', 'O'])).toEqual(['O', 'B-LOC', 'O']);
  });

  it('makes a country read as a person a place, unless it is also a given name', () => {
    expect(retag(['Finland', 'scored'], ['B-PER', 'O'])).toEqual(['B-LOC', 'O']);
    expect(retag(['Jordan', 'scored'], ['B-PER', 'O'])).toEqual(['B-PER', 'O']);
  });

  it('reads a country written with full stops as the country ("U.K." for "UK")', () => {
    const withUk = retaggedBy((words, tags) => countriesAlone(words, tags, nameList('uk'), givenNames));
    expect(withUk(['the', 'U.K.', 'said'], ['O', 'B-ORG', 'O'])).toEqual(['O', 'B-LOC', 'O']);
  });

  it('makes a country of several words a place, whichever name the tagger read ("7. United Kingdom 8. Italy")', () => {
    expect(retag(['7.', 'United', 'States', '8.'], ['O', 'B-ORG', 'I-ORG', 'O'])).toEqual(['O', 'B-LOC', 'I-LOC', 'O']);
    expect(retag(['United', 'States', 'scored'], ['B-PER', 'I-PER', 'O'])).toEqual(['B-LOC', 'I-LOC', 'O']);
  });

  it('leaves a longer name and an unknown name alone', () => {
    expect(retag(['Finland', 'Smith'], ['B-PER', 'I-PER'])).toEqual(['B-PER', 'I-PER']);
    expect(retag(['United', 'States', 'Steel'], ['B-ORG', 'I-ORG', 'I-ORG'])).toEqual(['B-ORG', 'I-ORG', 'I-ORG']);
    expect(retag(['US', 'Airways'], ['B-ORG', 'I-ORG'])).toEqual(['B-ORG', 'I-ORG']);
    expect(retag(['Acme', 'said'], ['B-ORG', 'O'])).toEqual(['B-ORG', 'O']);
  });
});

describe('organisationsByHeadWord', () => {
  const retag = retaggedBy(organisationsByHeadWord);

  it('makes a name of several words ending in an organisation\'s head word an organisation', () => {
    expect(retag(['from', 'Halcrow', 'Partners', ','], ['O', 'B-LOC', 'I-LOC', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
    expect(retag(['Nissan', 'Motor', 'Company'], ['B-PER', 'I-PER', 'I-PER'])).toEqual(['B-ORG', 'I-ORG', 'I-ORG']);
    // Companies named by their trade, which news introduces without "Inc." (aeb-dev: a lunar lander story).
    expect(retag(['Ceres', 'Robotics', 'and', 'Firefly', 'Aerospace'], ['B-PER', 'I-PER', 'O', 'B-PER', 'I-PER'])).toEqual(['B-ORG', 'I-ORG', 'O', 'B-ORG', 'I-ORG']);
    expect(retag(['GateHouse', 'Media'], ['B-PER', 'I-PER'])).toEqual(['B-ORG', 'I-ORG']);
    // Companies' usual last words: a grocer and a television producer read as people.
    expect(retag(['Whole', 'Foods', 'said'], ['B-PER', 'I-PER', 'O'])).toEqual(['B-ORG', 'I-ORG', 'O']);
    expect(retag(['Dick', 'Clark', 'Productions'], ['B-PER', 'I-PER', 'I-PER'])).toEqual(['B-ORG', 'I-ORG', 'I-ORG']);
    // Public bodies and schools: a college read as a place, a government's administration as its president.
    expect(retag(['at', 'Earlham', 'College'], ['O', 'B-LOC', 'I-LOC'])).toEqual(['O', 'B-ORG', 'I-ORG']);
    expect(retag(['the', 'National', 'Weather', 'Service'], ['O', 'B-LOC', 'I-LOC', 'I-LOC'])).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG']);
    expect(retag(['the', 'Bush', 'Administration', 'said'], ['O', 'B-PER', 'O', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
    expect(retag(['the', 'Palestinian', 'Authority'], ['O', 'B-LOC', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG']);
  });

  it('ends a name on a head word the tagger left out right after it ("Getty" "Images", "Los Angeles" "Times")', () => {
    expect(retag(['Photo', ':', 'Getty', 'Images'], ['O', 'O', 'B-PER', 'O'])).toEqual(['O', 'O', 'B-ORG', 'I-ORG']);
    expect(retag(['the', 'Los', 'Angeles', 'Times', 'said'], ['O', 'B-LOC', 'I-LOC', 'O', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
    // Not after a word that is no name.
    expect(retag(['our', 'Services', 'page'], ['O', 'O', 'O'])).toEqual(['O', 'O', 'O']);
  });

  it('joins a head word tagged an organisation alone to the name before it', () => {
    expect(retag(['Hong', 'Kong', 'Polytechnic', 'University', 'was'], ['B-LOC', 'I-LOC', 'I-LOC', 'B-ORG', 'O'])).toEqual(['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O']);
    // Not across a gap, and not two organisations.
    expect(retag(['Kong', 'and', 'University'], ['B-LOC', 'O', 'B-ORG'])).toEqual(['B-LOC', 'O', 'B-ORG']);
    expect(retag(['Acme', 'University'], ['B-ORG', 'B-ORG'])).toEqual(['B-ORG', 'B-ORG']);
  });

  it('joins an organisation that begins with a head word and "of" to the name before it', () => {
    const words = ['Ludwig', 'Maximilian', 'University', 'of', 'Munich', 'said'];
    expect(retag(words, ['B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'I-ORG', 'O'])).toEqual(['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O']);
    expect(retag(['Smith', 'University', 'College'], ['B-PER', 'B-ORG', 'I-ORG'])).toEqual(['B-PER', 'B-ORG', 'I-ORG']);
  });

  it('leaves one-word names, other last words and places that end like unions alone', () => {
    expect(retag(['Partners', 'said'], ['B-LOC', 'O'])).toEqual(['B-LOC', 'O']);
    expect(retag(['Soviet', 'Union'], ['B-LOC', 'I-LOC'])).toEqual(['B-LOC', 'I-LOC']);
    expect(retag(['Halcrow', 'Street'], ['B-LOC', 'I-LOC'])).toEqual(['B-LOC', 'I-LOC']);
  });
});

describe('peopleAfterTitles', () => {
  const retag = retaggedBy(peopleAfterTitles);

  it('splits a person off a place at the title that begins the person, and joins titles alone to the person after them', () => {
    expect(retag(['New', 'Jersey', 'Sen.', 'Cory', 'Booker'], ['B-LOC', 'I-LOC', 'I-LOC', 'I-LOC', 'I-LOC'])).toEqual(['B-LOC', 'I-LOC', 'B-PER', 'I-PER', 'I-PER']);
    expect(retag(['Hawaii', 'Rep.', 'Tulsi', 'Gabbard'], ['B-LOC', 'I-LOC', 'B-ORG', 'I-ORG'])).toEqual(['B-LOC', 'B-PER', 'I-PER', 'I-PER']);
    expect(retag(['Lt', 'Col', 'Alexander', 'Vindman'], ['B-ORG', 'I-ORG', 'B-PER', 'I-PER'])).toEqual(['B-PER', 'I-PER', 'I-PER', 'I-PER']);
  });

  it('leaves organisations, names that begin with a title word, and titles with no name after them', () => {
    expect(retag(['U.S.', 'Ambassador', 'Zalmay', 'Khalilzad'], ['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG'])).toEqual(['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG']);
    expect(retag(['Lord', "'s", 'Resistance', 'Army'], ['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG'])).toEqual(['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG']);
    expect(retag(['Massachusetts', 'Gov.', 'said'], ['B-LOC', 'I-LOC', 'O'])).toEqual(['B-LOC', 'I-LOC', 'O']);
    expect(retag(['Vice', 'President', 'Pence'], ['B-PER', 'I-PER', 'I-PER'])).toEqual(['B-PER', 'I-PER', 'I-PER']);
  });
});

describe('commonInitialisms', () => {
  const retag = retaggedBy(commonInitialisms);

  it('drops a one-word name that is a common noun\'s initialism, plural too', () => {
    expect(retag(['the', 'CEO', 'bought', 'SUVs'], ['O', 'B-ORG', 'O', 'B-ORG'])).toEqual(['O', 'O', 'O', 'O']);
  });

  it('keeps longer names, unknown acronyms and words that only look alike', () => {
    expect(retag(['AMD', 'CPU'], ['B-ORG', 'I-ORG'])).toEqual(['B-ORG', 'I-ORG']);
    expect(retag(['NASA', 'said'], ['B-ORG', 'O'])).toEqual(['B-ORG', 'O']);
    // One-word names, so that only the case keeps them.
    expect(retag(['Ceo', 'said'], ['B-PER', 'O'])).toEqual(['B-PER', 'O']);
    expect(retag(['Pcs', 'said'], ['B-ORG', 'O'])).toEqual(['B-ORG', 'O']);
  });
});

describe('titlesAlone', () => {
  const retag = retaggedBy(titlesAlone);

  it('drops a person span of titles alone ("Prime" in "Prime Minister Nouri al-Maliki", "the Vice President said")', () => {
    expect(retag(['Prime', 'Minister', 'Nouri', 'al-Maliki'], ['B-PER', 'O', 'B-PER', 'I-PER'])).toEqual(['O', 'O', 'B-PER', 'I-PER']);
    expect(retag(['the', 'Vice', 'President', 'said'], ['O', 'B-PER', 'I-PER', 'O'])).toEqual(['O', 'O', 'O', 'O']);
  });

  it('knows job titles as well as ranks and offices ("the Project Manager said", "Chief Executive")', () => {
    expect(retag(['the', 'Project', 'Manager', 'said'], ['O', 'B-ORG', 'B-PER', 'O'])).toEqual(['O', 'B-ORG', 'O', 'O']);
    expect(retag(['Chief', 'Spokesman', 'said'], ['B-PER', 'I-PER', 'O'])).toEqual(['O', 'O', 'O']);
  });

  it('keeps a titled name, a named person, and titles of other types', () => {
    expect(retag(['President', 'Obama', 'and', 'Blair'], ['B-PER', 'I-PER', 'O', 'B-PER'])).toEqual(['B-PER', 'I-PER', 'O', 'B-PER']);
    expect(retag(['Prime', 'Minister', "'s", 'Office'], ['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG'])).toEqual(['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG']);
  });
});

describe('peopleAfterOffices', () => {
  const retag = retaggedBy((words, tags) => peopleAfterOffices(words, tags, nameList('antony', 'alejandro')));

  it('parts the person from the department of an office named with "of"', () => {
    expect(retag(['Secretary', 'of', 'State', 'Antony', 'Blinken', 'arrived'], ['O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O'])).toEqual(['O', 'O', 'B-ORG', 'B-PER', 'I-PER', 'O']);
    expect(retag(['Secretary', 'of', 'Homeland', 'Security', 'Alejandro', 'Mayorkas'], ['O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG'])).toEqual(['O', 'O', 'B-ORG', 'I-ORG', 'B-PER', 'I-PER']);
  });

  it('leaves a department without a name after it, and an organisation after no office', () => {
    expect(retag(['Secretary', 'of', 'Homeland', 'Security'], ['O', 'O', 'B-ORG', 'I-ORG'])).toEqual(['O', 'O', 'B-ORG', 'I-ORG']);
    expect(retag(['University', 'of', 'Antony', 'Hall'], ['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG'])).toEqual(['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG']);
    expect(retag(['friends', 'of', 'State', 'Antony'], ['O', 'O', 'B-ORG', 'I-ORG'])).toEqual(['O', 'O', 'B-ORG', 'I-ORG']);
  });
});

describe('fullNamesAlike', () => {
  it('makes every occurrence of a name of several words that name, where the tagger left it out or read it in part', () => {
    const sentences = [['Whole', 'Foods', 'plans', 'cuts'], ['Amazon', 'bought', 'Whole', 'Foods'], ['at', 'Whole', 'Foods']];
    const tags = [['B-ORG', 'I-ORG', 'O', 'O'], ['B-ORG', 'O', 'O', 'B-PER'], ['O', 'O', 'O']];
    fullNamesAlike(sentences, tags);
    expect(tags).toEqual([['B-ORG', 'I-ORG', 'O', 'O'], ['B-ORG', 'O', 'B-ORG', 'I-ORG'], ['O', 'B-ORG', 'I-ORG']]);
  });

  it('leaves an occurrence tagged whole, of any type, and a longer name around one', () => {
    const sentences = [['Whole', 'Foods', 'said'], ['Whole', 'Foods', 'wins'], ['Whole', 'Foods', 'Market', 'opened']];
    const tags = [['B-ORG', 'I-ORG', 'O'], ['B-PER', 'I-PER', 'O'], ['B-ORG', 'I-ORG', 'I-ORG', 'O']];
    fullNamesAlike(sentences, tags);
    expect(tags).toEqual([['B-ORG', 'I-ORG', 'O'], ['B-PER', 'I-PER', 'O'], ['B-ORG', 'I-ORG', 'I-ORG', 'O']]);
  });
});

describe('oneTypePerName', () => {
  it('gives every mention of a name the type most of its mentions have, in any case', () => {
    const sentences = [['Ukraine', 'said'], ['in', 'Ukraine'], ['UKRAINE', 'WINS'], ['Ukraine', 'Airlines']];
    const tags = [['B-LOC', 'O'], ['O', 'B-LOC'], ['B-ORG', 'O'], ['B-ORG', 'I-ORG']];
    oneTypePerName(sentences, tags);
    expect(tags).toEqual([['B-LOC', 'O'], ['O', 'B-LOC'], ['B-LOC', 'O'], ['B-ORG', 'I-ORG']]);
  });

  it('leaves a tie as it is', () => {
    const tags = [['B-LOC'], ['B-ORG']];
    oneTypePerName([['Jordan'], ['Jordan']], tags);
    expect(tags).toEqual([['B-LOC'], ['B-ORG']]);
  });

  it('makes a one-word name read as a person and as an organisation an organisation, however the votes fall', () => {
    const sentences = [['Audi', 'is', 'offering'], ['Audi', 'says'], ['Audi', 'added'], ['at', 'Audi']];
    const tags = [['B-PER', 'O', 'O'], ['B-PER', 'O'], ['B-PER', 'O'], ['O', 'B-ORG']];
    oneTypePerName(sentences, tags, nameList('kabul'));
    expect(tags).toEqual([['B-ORG', 'O', 'O'], ['B-ORG', 'O'], ['B-ORG', 'O'], ['O', 'B-ORG']]);
  });

  it('leaves such a name to the vote when it ends a full name in the document, or is a known place', () => {
    const surname = [['Bob', 'Dole', 'spoke'], ['Dole', 'said'], ['Dole', 'won'], ['at', 'Dole']];
    const surnameTags = [['B-PER', 'I-PER', 'O'], ['B-PER', 'O'], ['B-PER', 'O'], ['O', 'B-ORG']];
    oneTypePerName(surname, surnameTags, nameList('kabul'));
    expect(surnameTags).toEqual([['B-PER', 'I-PER', 'O'], ['B-PER', 'O'], ['B-PER', 'O'], ['O', 'B-PER']]);
    const place = [['Kabul', 'said'], ['Kabul', 'says'], ['in', 'Kabul']];
    const placeTags = [['B-PER', 'O'], ['B-PER', 'O'], ['O', 'B-ORG']];
    oneTypePerName(place, placeTags, nameList('kabul'));
    expect(placeTags).toEqual([['B-PER', 'O'], ['B-PER', 'O'], ['O', 'B-PER']]);
  });
});

describe('commonWordsInHeadlines', () => {
  it('drops an entity of a sentence in capitals whose words the document writes only in lower case', () => {
    const sentences = [
      ['CRICKET', '-', 'ENGLAND', 'WIN', 'TOSS'],
      ['England', 'won', 'the', 'toss', 'in', 'the', 'cricket', 'final', '.'],
    ];
    const tags = [['B-ORG', 'O', 'B-LOC', 'O', 'O'], ['B-LOC', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O']];
    commonWordsInHeadlines(sentences, tags);
    expect(tags[0]).toEqual(['O', 'O', 'B-LOC', 'O', 'O']);
  });

  it('keeps entities of capitals the document writes capitalised, or never writes, and leaves mixed-case sentences alone', () => {
    const sentences = [
      ['ROTOR', 'FANS', 'LOCKED', 'OUT'],
      ['HANWHA', 'WIN'],
      ['Rotor', 'said', 'fans', 'of', 'rotor', 'blades', 'and', 'Fans', 'Club', 'left', '.'],
      ['Fans', 'Club', 'members', 'met', '.'],
    ];
    const tags = [['B-ORG', 'I-ORG', 'O', 'O'], ['B-ORG', 'O'], ['B-ORG', 'O', 'O', 'O', 'O', 'O', 'O', 'B-ORG', 'I-ORG', 'O', 'O'], ['B-ORG', 'I-ORG', 'O', 'O', 'O']];
    const before = structuredClone(tags);
    commonWordsInHeadlines(sentences, tags);
    expect(tags).toEqual(before);
  });

  it('drops such entities of a heading in title case too, but keeps a person who begins with a known given name', () => {
    const sentences = [
      ['The', 'Hidden', 'Heroines', 'of', 'Chaos'],
      ['Reporting', 'by', 'Will', 'Dunham'],
      ['They', 'will', 'study', 'chaos', 'and', 'its', 'hidden', 'heroines', '.'],
    ];
    // A Reuters credit line, "Will" read as a person and "Dunham" apart from him.
    const tagged = () => [['O', 'O', 'O', 'O', 'B-LOC'], ['O', 'O', 'B-PER', 'B-ORG'], ['O', 'O', 'O', 'O', 'O', 'O', 'O', 'O', 'O']];
    const tags = tagged();
    commonWordsInHeadlines(sentences, tags, nameList('will'));
    expect(tags[0]).toEqual(['O', 'O', 'O', 'O', 'O']);
    expect(tags[1]).toEqual(['O', 'O', 'B-PER', 'B-ORG']);
    // Without the given names, "Will" is the verb the text writes in lower case; "Dunham" it never does.
    const withoutNames = tagged();
    commonWordsInHeadlines(sentences, withoutNames);
    expect(withoutNames[1]).toEqual(['O', 'O', 'O', 'B-ORG']);
    // Two capitalised words are no heading: a name may well be two words.
    const short = [['Hidden', 'Chaos'], sentences[2]!];
    const shortTags = [['B-ORG', 'I-ORG'], tagged()[2]!];
    commonWordsInHeadlines(short, shortTags);
    expect(shortTags[0]).toEqual(['B-ORG', 'I-ORG']);
  });
});

describe('placesBeforeParty', () => {
  const places = nameList('virginia', 'new york');
  const trim = retaggedBy((words, tags) => placesBeforeParty(words, tags, places));

  it('leaves the place alone of a state and its party member run into one place ("a Virginia Democrat")', () => {
    expect(trim(['a', 'Virginia', 'Democrat', ','], ['O', 'B-LOC', 'I-LOC', 'O'])).toEqual(['O', 'B-LOC', 'O', 'O']);
    expect(trim(['New', 'York', 'Republicans'], ['B-LOC', 'I-LOC', 'I-LOC'])).toEqual(['B-LOC', 'I-LOC', 'O']);
    // Not a party of no known place, nor an organisation ("Christian Democrats", "Senate Democrats").
    expect(trim(['Christian', 'Democrats'], ['B-LOC', 'I-LOC'])).toEqual(['B-LOC', 'I-LOC']);
    expect(trim(['Virginia', 'Democrats'], ['B-ORG', 'I-ORG'])).toEqual(['B-ORG', 'I-ORG']);
  });
});

describe('joinSplitPlaces', () => {
  const places = nameList('sri lanka', 'czech republic', 'dera ghazi khan', 'lanka');
  const join = retaggedBy((words, tags) => joinSplitPlaces(words, tags, places));

  it('makes one place of a known place name split into adjacent entities', () => {
    expect(join(['Sri', 'Lanka', 'beat', 'Kenya'], ['B-PER', 'B-LOC', 'O', 'B-LOC'])).toEqual(['B-LOC', 'I-LOC', 'O', 'B-LOC']);
    expect(join(['(', 'Czech', 'Republic', ')'], ['O', 'B-LOC', 'B-LOC', 'O'])).toEqual(['O', 'B-LOC', 'I-LOC', 'O']);
    expect(join(['Dera', 'Ghazi', 'Khan'], ['B-LOC', 'B-PER', 'I-PER'])).toEqual(['B-LOC', 'I-LOC', 'I-LOC']);
  });

  it('leaves apart entities that only touch, and a place name with an untagged word', () => {
    expect(join(['Kenya', 'Lanka'], ['B-LOC', 'B-LOC'])).toEqual(['B-LOC', 'B-LOC']);
    expect(join(['Sri', 'Lanka'], ['O', 'B-LOC'])).toEqual(['O', 'B-LOC']);
  });
});
