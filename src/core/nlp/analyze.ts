import { type ClaimSpan, type EntitySpan, type TextAnalysis, groupMentions } from '../model/analysis';

/** An entity engine: text in, spans with exact offsets out. */
export type EntityTagger = (text: string) => EntitySpan[];

/** A claim engine: text and its entities in, claim sentences scoring at least `threshold` out. */
export type ClaimFinder = (text: string, entities: readonly EntitySpan[], threshold: number) => ClaimSpan[];

/** Runs entity tagging then claim scoring over an article text. */
export function analyzeText(text: string, tagEntities: EntityTagger, findClaims: ClaimFinder, claimThreshold: number): TextAnalysis {
  const tagged = tagEntities(text);
  const { groupOf, groups } = groupMentions(tagged);
  const entities = tagged.map((entity, i) => ({ ...entity, group: groupOf[i]! }));
  return { entities, claims: findClaims(text, entities, claimThreshold), groups };
}
