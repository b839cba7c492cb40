import { describe, expect, it } from 'vitest';
import type { CountryNames, EntitySpan } from '../../../../src/core/model/analysis';
import { groupMentions, sortByMentions } from '../../../../src/core/model/analysis';

const summarizeEntities = (entities: EntitySpan[]) => sortByMentions(groupMentions(entities).groups);

const mention = (text: string, type: EntitySpan['type'] = 'PER'): EntitySpan => ({ text, type, start: 0, end: text.length });

describe('grouping mentions', () => {
  it('reads a name written with soft hyphens as the name, and shows it without them', () => {
    expect(summarizeEntities([mention('Benjamin Netanyahu'), mention('Netan\u00ADyahu'), mention('Benja\u00ADmin Netan\u00ADyahu')])).toEqual([
      { text: 'Benjamin Netanyahu', type: 'PER', mentions: 3 },
    ]);
    expect(summarizeEntities([mention('Netan\u00ADyahu')])).toEqual([{ text: 'Netanyahu', type: 'PER', mentions: 1 }]);
  });

  it('groups a surname with the one full name it ends', () => {
    const entities = [mention('Aliyev'), mention('President Ilham Aliyev'), mention('Mr. Aliyev'), mention('Baku', 'LOC'), mention('Baku', 'LOC')];
    expect(summarizeEntities(entities)).toEqual([
      { text: 'Ilham Aliyev', type: 'PER', mentions: 3 },
      { text: 'Baku', type: 'LOC', mentions: 2 },
    ]);
    const { groupOf } = groupMentions(entities);
    expect(groupOf[0]).toBe(groupOf[1]);
    expect(groupOf[2]).toBe(groupOf[1]);
  });

  it('groups a surname behind a title with the full name ("Vice President Biden", "Lt. Col. Vindman")', () => {
    const summary = summarizeEntities([mention('Biden'), mention('Vice President Biden'), mention('Joe Biden'), mention('Lt. Col. Alexander Vindman'), mention('Vindman')]);
    expect(summary).toEqual([
      { text: 'Joe Biden', type: 'PER', mentions: 3 },
      { text: 'Alexander Vindman', type: 'PER', mentions: 2 },
    ]);
  });

  it('labels a person without the titles before the name when two words of name are left', () => {
    const labels = (texts: string[]) => summarizeEntities(texts.map((text) => mention(text))).map((item) => item.text);
    expect(labels(['Prime Minister Benjamin Netanyahu'])).toEqual(['Benjamin Netanyahu']);
    expect(labels(['Mayor Helen Okafor', 'Okafor'])).toEqual(['Helen Okafor']);
    expect(labels(['Pope Francis'])).toEqual(['Pope Francis']);
    expect(labels(['Vice President Biden'])).toEqual(['Vice President Biden']);
    expect(labels(['King Charles III'])).toEqual(['Charles III']);
    // A title word after the first name is part of the name.
    expect(labels(['Kevin King'])).toEqual(['Kevin King']);
    // Organisations keep theirs: the title is part of the office's name.
    expect(summarizeEntities([mention('UN High Commissioner for Refugees', 'ORG')])[0]!.text).toBe('UN High Commissioner for Refugees');
  });

  it('groups a surname written without its joined Arabic article with the full name ("Assad", "Bashar al-Assad")', () => {
    expect(summarizeEntities([mention('Bashar al-Assad'), mention('Mr. Assad'), mention('Assad'), mention('al-Assad')])).toEqual([{ text: 'Bashar al-Assad', type: 'PER', mentions: 4 }]);
    expect(summarizeEntities([mention('Omar Hassan el-Bashir'), mention('Bashir')])).toEqual([{ text: 'Omar Hassan el-Bashir', type: 'PER', mentions: 2 }]);
    // Only an article: "Alhassan" is not "Hassan".
    expect(summarizeEntities([mention('Omar Alhassan'), mention('Hassan')])).toHaveLength(2);
  });

  it('groups a lone first name with the one full name that begins with it, a surname first', () => {
    expect(summarizeEntities([mention('Jose Mourinho'), mention('Jose'), mention('Mourinho')])).toEqual([{ text: 'Jose Mourinho', type: 'PER', mentions: 3 }]);
    expect(summarizeEntities([mention('Jose Mourinho'), mention('Jose Mari'), mention('Jose')])).toHaveLength(3);
    // A word that ends one full name and begins another is that one's surname.
    const { groupOf } = groupMentions([mention('Paul Simon'), mention('Simon Cowell'), mention('Simon')]);
    expect(groupOf[2]).toBe(groupOf[0]);
  });

  it('shows a name as the article writes it plainest: without a title, possessive or headline capitals', () => {
    expect(summarizeEntities([mention('Prime Minister Benjamin Netanyahu'), mention("Benjamin Netanyahu's"), mention('Benjamin Netanyahu')])).toEqual([
      { text: 'Benjamin Netanyahu', type: 'PER', mentions: 3 },
    ]);
    expect(summarizeEntities([mention('NISSAN', 'ORG'), mention('Nissan', 'ORG')])).toEqual([{ text: 'Nissan', type: 'ORG', mentions: 2 }]);
    // Job titles too, in people's names.
    expect(summarizeEntities([mention('Captain James T. Kirk'), mention('James T. Kirk')])).toEqual([{ text: 'James T. Kirk', type: 'PER', mentions: 2 }]);
    // Written only with a title, the name keeps it.
    expect(summarizeEntities([mention('Prince Andrew'), mention('Prince Andrew')])).toEqual([{ text: 'Prince Andrew', type: 'PER', mentions: 2 }]);
  });

  it('leaves a surname alone when two people share it', () => {
    const summary = summarizeEntities([mention('George Bush'), mention('Laura Bush'), mention('Bush')]);
    expect(summary.map((s) => s.text).sort()).toEqual(['Bush', 'George Bush', 'Laura Bush']);
  });

  it('groups an acronym with the one name of its type it abbreviates', () => {
    const entities = [mention('U.N.', 'ORG'), mention('United Nations', 'ORG'), mention('UNHCR', 'ORG'), mention('United Nations High Commissioner for Refugees', 'ORG'), mention('US', 'LOC'), mention('United States', 'LOC'), mention('EU', 'ORG')];
    expect(summarizeEntities(entities)).toEqual([
      { text: 'United Nations', type: 'ORG', mentions: 2 },
      { text: 'United Nations High Commissioner for Refugees', type: 'ORG', mentions: 2 },
      { text: 'United States', type: 'LOC', mentions: 2 },
      { text: 'EU', type: 'ORG', mentions: 1 },
    ]);
  });

  it('leaves an acronym alone when two names share its letters, or the name has another type', () => {
    expect(summarizeEntities([mention('NBA', 'ORG'), mention('National Basketball Association', 'ORG'), mention('National Bar Association', 'ORG')])).toHaveLength(3);
    expect(summarizeEntities([mention('US', 'ORG'), mention('United States', 'LOC')])).toHaveLength(2);
  });

  it("groups a place's adjective with the one place it comes from, under the place's name", () => {
    const loc = (text: string) => mention(text, 'LOC');
    const summary = summarizeEntities([loc('Israeli'), loc('Israel'), loc('Israeli'), loc('Chinese'), loc('China'), loc('German'), loc('Germany'), loc('Taiwanese'), loc('Taiwan'), loc('Iranian'), loc('Iran')]);
    expect(summary).toEqual([
      { text: 'Israel', type: 'LOC', mentions: 3 },
      { text: 'China', type: 'LOC', mentions: 2 },
      { text: 'Germany', type: 'LOC', mentions: 2 },
      { text: 'Iran', type: 'LOC', mentions: 2 },
      { text: 'Taiwan', type: 'LOC', mentions: 2 },
    ]);
  });

  it("groups the name of a place's people, singular or plural, with the place", () => {
    const loc = (text: string) => mention(text, 'LOC');
    expect(summarizeEntities([loc('India'), loc('Indians'), loc('Indian'), loc('Indian')])).toEqual([{ text: 'India', type: 'LOC', mentions: 4 }]);
    expect(summarizeEntities([loc('Israelis'), loc('Israel')])).toEqual([{ text: 'Israel', type: 'LOC', mentions: 2 }]);
    expect(summarizeEntities([loc('Delhi'), loc('Delhiites'), loc('Delhiite')])).toEqual([{ text: 'Delhi', type: 'LOC', mentions: 3 }]);
  });

  it("groups a country's people's name, however it is formed, with the country, given the country names", () => {
    const loc = (text: string) => mention(text, 'LOC');
    const countries: CountryNames = {
      countryOf: (name) => ({ 'united states': 'US', 'u.s.': 'US', netherlands: 'NL', 'the netherlands': 'NL', india: 'IN', 'united kingdom': 'GB', britain: 'GB' })[name],
      peopleOf: (name) => ({ american: 'US', americans: 'US', dutch: 'NL', indian: 'IN' })[name],
    };
    const summarize = (entities: EntitySpan[]) => sortByMentions(groupMentions(entities, countries).groups);
    expect(summarize([loc('American'), loc('United States'), loc('Americans'), loc('American'), loc('the Netherlands'), loc('Dutch')])).toEqual([
      { text: 'United States', type: 'LOC', mentions: 4 },
      { text: 'the Netherlands', type: 'LOC', mentions: 2 },
    ]);
    // A country by another of its names joins it too.
    expect(summarize([loc('United Kingdom'), loc('Britain'), loc('Britain')])).toEqual([{ text: 'United Kingdom', type: 'LOC', mentions: 3 }]);
    // The people's name settles which place an ending would leave open: Indiana's people are not "Indians".
    expect(summarize([loc('Indian'), loc('India'), loc('Indiana')]).map((g) => g.text)).toEqual(['India', 'Indiana']);
    // Without its country in the article, or as another type, it stands alone.
    expect(summarize([loc('Dutch'), loc('Amsterdam')]).map((g) => g.text)).toEqual(['Amsterdam', 'Dutch']);
    expect(summarize([mention('American', 'ORG'), loc('United States')]).map((g) => g.text)).toEqual(['American', 'United States']);
  });

  it('lists a name the tagger typed two ways once, under the type most of its mentions have', () => {
    // A tie in the tagger's vote: the first mention's type.
    expect(summarizeEntities([mention('Islamic State', 'ORG'), mention('Islamic State', 'LOC'), mention("Islamic State's", 'LOC'), mention('Islamic State', 'ORG')])).toEqual([
      { text: 'Islamic State', type: 'ORG', mentions: 4 },
    ]);
    // Most mentions a person: a person, whose surname then joins the full name.
    expect(summarizeEntities([mention('Scooter Braun', 'ORG'), mention('Scooter Braun'), mention('Braun')])).toEqual([{ text: 'Scooter Braun', type: 'PER', mentions: 3 }]);
    // Not a name that only shares words: "Arduino LLC" is a company apart from "Arduino".
    expect(summarizeEntities([mention('Arduino', 'LOC'), mention('Arduino LLC', 'ORG')])).toHaveLength(2);
  });

  it("leaves a place's adjective alone without its place, or with two it could come from", () => {
    const loc = (text: string) => mention(text, 'LOC');
    expect(summarizeEntities([loc('Indian'), loc('India'), loc('Indiana')]).map((g) => g.text)).toEqual(['India', 'Indian', 'Indiana']);
    expect(summarizeEntities([loc('Indians'), loc('India'), loc('Indiana')]).map((g) => g.text)).toEqual(['India', 'Indiana', 'Indians']);
    expect(summarizeEntities([loc('British'), loc('London')]).map((g) => g.text)).toEqual(['British', 'London']);
    expect(summarizeEntities([mention('Israeli', 'ORG'), loc('Israel')]).map((g) => g.text)).toEqual(['Israel', 'Israeli']);
  });

  it('groups a surname that is also a title with the full name it ends, and keeps lone titles apart', () => {
    expect(summarizeEntities([mention('Kevin King'), mention('King')])).toEqual([{ text: 'Kevin King', type: 'PER', mentions: 2 }]);
    expect(summarizeEntities([mention('King'), mention('President')])).toHaveLength(2);
  });

  it('groups a surname with the full name it ends, a suffix after it aside', () => {
    expect(summarizeEntities([mention('Patrick W. Carlineo Jr.'), mention('Carlineo'), mention('Carlineo')])).toEqual([{ text: 'Patrick W. Carlineo Jr.', type: 'PER', mentions: 3 }]);
  });

  it('groups a company with its name followed by its legal form (Inc., Corp., Ltd.), shown plainest', () => {
    const orgs = [mention('Ceres Robotics Inc.', 'ORG'), mention('Ceres Robotics', 'ORG'), mention('Acme, Inc.', 'ORG'), mention('Acme', 'ORG'), mention('Co.', 'ORG')];
    expect(summarizeEntities(orgs)).toEqual([
      { text: 'Acme', type: 'ORG', mentions: 2 },
      { text: 'Ceres Robotics', type: 'ORG', mentions: 2 },
      { text: 'Co.', type: 'ORG', mentions: 1 },
    ]);
    // Only a company's: a person's "Co" stays a name.
    expect(summarizeEntities([mention('Lee Co'), mention('Lee')])).toEqual([{ text: 'Lee Co', type: 'PER', mentions: 2 }]);
  });

  it('does not merge across types', () => {
    expect(summarizeEntities([mention('Jordan', 'LOC'), mention('Michael Jordan')])).toHaveLength(2);
  });
});
