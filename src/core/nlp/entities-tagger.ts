/**
 * Gloss's entity engine: sentences split, tokens found with exact offsets, tagged by the
 * trained model (GMB), and turned into spans on the text's own characters.
 */
import { ENTITY_TYPES, type EntitySpan } from '../model/analysis';
import { withoutSoftHyphens } from '../model/whitespace';
import type { TextRange } from '../model/text-range';
import { tagDocument } from './entity-rules';
import { type NerModel, type NerModelFile, loadNerModel, spansFromTags } from './ner-model';
import type { CountryNames } from '../model/analysis';
import { type GazetteerFile, loadCountryNames, loadGazetteer } from './gazetteer';
import gazetteerFile from './models/gazetteer.json';
import modelFile from './models/ner-model.json';
import clustersFile from './models/word-clusters.json';
import { splitSentences } from './sentences';
import { tokenize } from './tokenize';
import { loadWordClusters, type WordClustersFile } from './word-clusters';

let model: NerModel | undefined;
let countries: CountryNames | undefined;

/**
 * A token as the training text writes it: typographic quotes and apostrophes as ASCII
 * ("Epstein’s" is "Epstein" "'s" there; an unseen "’s" was read as part of the name), and
 * no soft hyphens ("Netan\u00ADyahu" is Netanyahu). Offsets still come from the page's own characters.
 */
function asInTraining(token: string): string {
  return withoutSoftHyphens(token).replace(/[‘’‛′]/g, "'").replace(/[“”„‟″«»]/g, '"');
}

/** The shipped model, loaded on first use (once per background start). */
export function nerModel(): NerModel {
  model ??= loadNerModel(modelFile as NerModelFile, {
    gazetteer: loadGazetteer(gazetteerFile as GazetteerFile),
    clusters: loadWordClusters(clustersFile as WordClustersFile),
  });
  return model;
}

/** The shipped country names and peoples' names, loaded on first use. */
export function countryNames(): CountryNames {
  countries ??= loadCountryNames(gazetteerFile as GazetteerFile);
  return countries;
}

/** People, organisations, places (and other names) in a text, on its exact characters. */
export function tagEntities(text: string, sentenceRanges: readonly TextRange[] = splitSentences(text), tagger: NerModel = nerModel()): EntitySpan[] {
  const entities: EntitySpan[] = [];
  const sentences = sentenceRanges.map((sentence) => ({ sentence, tokens: tokenize(text.slice(sentence.start, sentence.end)) }));
  // Titles stay inside person names, as in the GMB guidelines the model learned ("President Bush").
  const tagged = tagDocument(tagger, sentences.map(({ tokens }) => tokens.map((t) => asInTraining(t.text))));
  sentences.forEach(({ sentence, tokens }, s) => {
    for (const span of spansFromTags(tagged[s]!)) {
      const type = ENTITY_TYPES.find((t) => t === span.type);
      if (!type) continue;
      const start = sentence.start + tokens[span.start]!.start;
      const end = sentence.start + tokens[span.end - 1]!.end;
      // A user name ("@ArvindKejriwal") or an address ("jane@reuters.com") is not a name
      // written in prose; the training text has none, and the tagger typed them at random.
      if (text[start - 1] === '@') continue;
      entities.push({ text: text.slice(start, end), type, start, end });
    }
  });
  return entities;
}
