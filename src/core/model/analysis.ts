/** Entity types Gloss marks; PER/ORG/LOC follow CoNLL, MISC is everything else named. */
export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** A named-entity mention; offsets index into the analysed text. */
export interface EntitySpan {
  text: string;
  type: EntityType;
  start: number;
  end: number;
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
}

/** Counts mentions per entity, grouped by type, for the popup summary. */
export interface EntitySummaryItem {
  text: string;
  type: EntityType;
  mentions: number;
}

/** Groups mentions of one entity ("Ilham Aliyev" … "Aliyev" stay separate until issue 4). */
export function summarizeEntities(entities: readonly EntitySpan[]): EntitySummaryItem[] {
  const byKey = new Map<string, EntitySummaryItem>();
  for (const entity of entities) {
    const text = entity.text.replace(/\s+/g, ' ').trim();
    const key = `${entity.type}\u0000${text.toLowerCase()}`;
    const item = byKey.get(key);
    if (item) item.mentions += 1;
    else byKey.set(key, { text, type: entity.type, mentions: 1 });
  }
  return [...byKey.values()].sort((a, b) => b.mentions - a.mentions || a.text.localeCompare(b.text));
}
