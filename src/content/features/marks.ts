/**
 * Entity and claim marks: asks the background to analyse the article text once, then
 * paints the two layers and answers "what is under the pointer".
 */
import type { ClaimSpan, EntitySpan, EntitySummaryItem, TextAnalysis } from '../../core/model/analysis';
import { ENTITY_TYPES } from '../../core/model/analysis';
import type { BackgroundCaller } from '../background-client';
import type { Painter } from '../highlighting/painter';
import { spanAtPoint } from '../highlighting/hit-test';
import type { TextIndex } from '../text-index/text-index';

/** Claims at or above this score are painted as strong. */
const STRONG_CLAIM = 0.7;

export interface MarksFeature {
  /**
   * Analyses the article and paints; resolves when done or failed. Once it has succeeded
   * it does nothing more; after a failure the next call asks again.
   */
  analyze(): Promise<void>;
  /** Shows or hides the marks, and sets the lowest claim score shown. */
  configure(enabled: boolean, claimThreshold: number): void;
  /** Entities and the claims currently shown (empty while off). */
  visible(): TextAnalysis;
  /** Why the article could not be analysed (the background's answer), or '' when it was, or is being. */
  problem(): string;
  entityAtPoint(x: number, y: number): EntitySpan | undefined;
  claimAtPoint(x: number, y: number): ClaimSpan | undefined;
  /** The entity a mention names, with its fullest name and mention count ("Aliyev" is "Ilham Aliyev", 4 mentions). */
  groupOf(entity: EntitySpan): EntitySummaryItem | undefined;
  /** The next mention of an entity group, cycling, for stepping through them in the page. */
  nextMention(group: number): Step | undefined;
  /** The next claim shown, in reading order, cycling. */
  nextClaim(): Step | undefined;
}

/** One step through a list of marks: the span shown, its place in the list and the list's length. */
export interface Step {
  span: { start: number; end: number };
  index: number;
  total: number;
}

export function createMarksFeature(index: TextIndex, painter: Painter, background: BackgroundCaller): MarksFeature {
  let analysis: TextAnalysis = { entities: [], claims: [], groups: [], english: true };
  // The last step shown per list: 'claims', or an entity group's number.
  const stepOf = new Map<string, number>();
  let enabled = false;
  let threshold = 1;
  let analyzing: Promise<void> | undefined;
  let problem = '';

  const shownClaims = (): ClaimSpan[] => (enabled ? analysis.claims.filter((c) => c.score >= threshold) : []);
  const shownEntities = (): EntitySpan[] => (enabled ? analysis.entities : []);

  const nextStep = (list: string, spans: readonly { start: number; end: number }[]): Step | undefined => {
    if (spans.length === 0) return undefined;
    const index = ((stepOf.get(list) ?? -1) + 1) % spans.length;
    stepOf.set(list, index);
    return { span: spans[index]!, index, total: spans.length };
  };

  const paint = (): void => {
    const rangeOf = (s: { start: number; end: number }) => index.rangeFromOffsets(s.start, s.end);
    const defined = (r: Range | undefined): r is Range => r !== undefined;
    for (const type of ENTITY_TYPES) {
      painter.set(`gloss-${type.toLowerCase()}`, shownEntities().filter((e) => e.type === type).map(rangeOf).filter(defined));
    }
    const claims = shownClaims();
    painter.set('gloss-claim-strong', claims.filter((c) => c.score >= STRONG_CLAIM).map(rangeOf).filter(defined));
    painter.set('gloss-claim', claims.filter((c) => c.score < STRONG_CLAIM).map(rangeOf).filter(defined));
  };

  return {
    analyze() {
      analyzing ??= (async () => {
        const result = await background('analyzeText', { text: index.text });
        if (result.ok) {
          analysis = result.value;
          problem = '';
        } else {
          problem = result.error.message;
          // The background loads its models again on the next analysis: a failure is not final.
          analyzing = undefined;
        }
        paint();
      })();
      return analyzing;
    },
    configure(on, claimThreshold) {
      enabled = on;
      threshold = claimThreshold;
      paint();
    },
    visible: () => ({ entities: shownEntities(), claims: shownClaims(), groups: enabled ? analysis.groups : [], english: analysis.english }),
    problem: () => problem,
    entityAtPoint: (x, y) => spanAtPoint(index, shownEntities(), x, y),
    claimAtPoint: (x, y) => spanAtPoint(index, shownClaims(), x, y),
    groupOf: (entity) => analysis.groups[entity.group ?? -1],
    nextMention: (group) => nextStep(String(group), shownEntities().filter((e) => e.group === group)),
    nextClaim: () => nextStep('claims', shownClaims()),
  };
}
