/**
 * Gloss's entity engine: sentences split, tokens found with exact offsets, tagged by the
 * trained model (GMB), and turned into spans on the text's own characters.
 */
import { ENTITY_TYPES, type EntitySpan } from '../model/analysis';
import { withoutSoftHyphens } from '../model/whitespace';
import type { TextRange } from '../model/text-range';
import { tagDocument } from './entity-rules';
import { type NerModel, spansFromTags } from './ner-model';
import { splitSentences } from './sentences';
import { tokenize } from './tokenize';

/**
 * A token as the training text writes it: typographic quotes and apostrophes as ASCII
 * ("Epstein’s" is "Epstein" "'s" there; an unseen "’s" was read as part of the name), and
 * no soft hyphens ("Netan\u00ADyahu" is Netanyahu). Offsets still come from the page's own characters.
 */
function asInTraining(token: string): string {
  return withoutSoftHyphens(token).replace(/[‘’‛′]/g, "'").replace(/[“”„‟″«»]/g, '"');
}

/** People, organisations, places (and other names) in a text, on its exact characters, as `tagger` finds them. */
export function tagEntities(tagger: NerModel, text: string, sentenceRanges: readonly TextRange[] = splitSentences(text)): EntitySpan[] {
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
