/**
 * A rule scorer for check-worthy sentences: figures, dates, attributions, comparisons
 * and causal assertions raise the score; questions, opinions and hedges lower it.
 * The trained model (claim-scorer) decides; these rules explain its flags to the reader
 * and are the baseline it is measured against.
 */
import type { ClaimReason, EntitySpan } from '../model/analysis';

interface Rule {
  kind: ClaimReason['kind'];
  pattern: RegExp;
  weight: number;
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';

const RULES: Rule[] = [
  { kind: 'figure', pattern: /[$€£¥]\s?\d[\d,.]*(\s?(million|billion|trillion|bn|m|k))?|\d[\d,.]*\s?(%|percent|per cent)|\b\d[\d,.]*\s(million|billion|trillion|thousand|hundred)\b/i, weight: 0.5 },
  { kind: 'figure', pattern: /\b(?!(?:19|20)\d\d\b)\d+(?:[.,]\d+)*\b|\b(two|three|four|five|six|seven|eight|nine|ten|dozen|hundreds|thousands|millions|billions|half|third|quarter|twice|double|triple)\b/i, weight: 0.3 },
  { kind: 'date', pattern: new RegExp(`\\b(${MONTHS})\\.?\\s+\\d{1,2}\\b|\\b(19|20)\\d\\d\\b|\\b(last|next|this) (year|month|week|decade)\\b`, 'i'), weight: 0.2 },
  { kind: 'attribution', pattern: /\b(said|says|told|according to|reported|announced|claimed|stated|testified|estimated|confirmed|denied|warned|admitted|insisted|revealed|alleged|found that|showed that|shows that)\b/i, weight: 0.3 },
  { kind: 'comparison', pattern: /\b(more|less|fewer|higher|lower|larger|smaller|bigger|greater|most|least|highest|lowest|largest|biggest|record|increased?|decreased?|rose|risen|fell|fallen|doubled|tripled|halved|grew|dropped|surged|plunged|declined)\b/i, weight: 0.25 },
  { kind: 'causal', pattern: /\b(because|due to|caused|causes|led to|leads to|as a result|resulted in|results in|linked to|responsible for)\b/i, weight: 0.2 },
];

const DAMPENERS: { pattern: RegExp; factor: number }[] = [
  { pattern: /\?["'”’)]*$/, factor: 0.3 },
  { pattern: /\b(I think|I believe|I feel|in my opinion|we should|we must|let's|let us|thank you|I hope)\b/i, factor: 0.5 },
  { pattern: /\b(might|may|could|perhaps|possibly|maybe)\b/i, factor: 0.85 },
];

const MIN_WORDS = 6;

/** Scores one sentence in [0, 1] and explains the score. `entityCount` adds evidence of who or where. */
export function scoreSentence(sentence: string, entities: readonly EntitySpan[] = []): { score: number; reasons: ClaimReason[] } {
  const words = sentence.split(/\s+/).filter(Boolean).length;
  if (words < MIN_WORDS) return { score: 0, reasons: [] };
  let score = 0;
  const reasons: ClaimReason[] = [];
  const seenKinds = new Set<string>();
  for (const rule of RULES) {
    const match = rule.pattern.exec(sentence);
    if (!match || seenKinds.has(rule.kind)) continue;
    seenKinds.add(rule.kind);
    score += rule.weight;
    reasons.push({ kind: rule.kind, evidence: match[0].trim() });
  }
  if (entities.length > 0 && score > 0) {
    score += 0.1;
    reasons.push({ kind: 'entity', evidence: entities[0]!.text });
  }
  for (const dampener of DAMPENERS) if (dampener.pattern.test(sentence.trim())) score *= dampener.factor;
  reasons.sort((a, b) => weightOf(b.kind) - weightOf(a.kind));
  return { score: Math.min(1, Math.round(score * 100) / 100), reasons };
}

function weightOf(kind: ClaimReason['kind']): number {
  return RULES.find((rule) => rule.kind === kind)?.weight ?? 0.1;
}
