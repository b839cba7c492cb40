import { type ClaimSpan, type CountryNames, type EntitySpan, type TextAnalysis, groupMentions } from '../model/analysis';
import type { TextRange } from '../model/text-range';
import { readsAsEnglish } from './language';
import { splitSentences } from './sentences';

/** An entity engine: text and its sentences in, spans with exact offsets out. */
export type EntityTagger = (text: string, sentences: readonly TextRange[]) => EntitySpan[];

/** A claim engine: text, its entities and sentences in, claim sentences scoring at least `threshold` out. */
export type ClaimFinder = (text: string, entities: readonly EntitySpan[], threshold: number, sentences: readonly TextRange[]) => ClaimSpan[];

/**
 * Runs entity tagging then claim scoring over an article text, splitting it into sentences
 * once for both; a text in another language is left unmarked rather than marked wrongly.
 * `countries` lets a people's name join its country's mentions.
 */
export function analyzeText(text: string, tagEntities: EntityTagger, findClaims: ClaimFinder, claimThreshold: number, countries?: CountryNames): TextAnalysis {
  if (!readsAsEnglish(text)) return { entities: [], claims: [], groups: [], english: false };
  const sentences = splitSentences(text);
  const tagged = tagEntities(text, sentences);
  const { groupOf, groups } = groupMentions(tagged, countries);
  // A mention takes its group's type: one entity is painted, counted and described as one thing.
  const entities = tagged.map((entity, i) => ({ ...entity, type: groups[groupOf[i]!]!.type, group: groupOf[i]! }));
  return { entities, claims: findClaims(text, entities, claimThreshold, sentences), groups, english: true };
}
