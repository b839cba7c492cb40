import type { EntitySpan, TextAnalysis } from '../model/analysis';
import { findClaims } from './claim-rules';

/** An entity engine: text in, spans with exact offsets out. */
export type EntityTagger = (text: string) => EntitySpan[];

/** Runs entity tagging then claim scoring over an article text. */
export function analyzeText(text: string, tagEntities: EntityTagger, claimThreshold: number): TextAnalysis {
  const entities = tagEntities(text);
  return { entities, claims: findClaims(text, entities, claimThreshold) };
}
