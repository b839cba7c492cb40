import { describe, expect, it } from 'vitest';
import { CLAIM_THRESHOLDS } from '../../../../src/core/model/settings';
import { claimFeatures, claimTokens } from '../../../../src/core/nlp/claim-features';
import { calibrate as calibrateWith, findClaimsWithModel } from '../../../../src/core/nlp/claim-scorer';
import { claimModel as shippedClaimModel } from '../../../../bench/lib/shipped-models';

const claimModel = shippedClaimModel();
const calibrate = (probability: number) => calibrateWith(probability, claimModel);

describe('claim features', () => {
  it('folds figures into classes and adds rule cues', () => {
    expect(claimTokens('In 2019 it cost $48 million, 64% more than 3,000 homes.')).toEqual(['in', '<year>', 'it', 'cost', '<money>', 'million', '<pct>', 'more', 'than', '<num>', 'homes']);
    expect(claimFeatures('I think we should rebuild the bridge now?')).toEqual(expect.arrayContaining(['r:opinion', 'r:question', 'w:bridge', 'b:the bridge']));
  });
});

describe('the shipped claim model', () => {
  it('maps its tuned thresholds onto the sensitivity scale, monotonically', () => {
    expect(calibrate(claimModel.thresholds.balanced)).toBeCloseTo(CLAIM_THRESHOLDS.balanced);
    expect(calibrate(claimModel.thresholds.fewer)).toBeCloseTo(CLAIM_THRESHOLDS.fewer);
    let last = -1;
    for (let p = 0; p <= 1; p += 0.05) {
      expect(calibrate(p)).toBeGreaterThanOrEqual(last);
      last = calibrate(p);
    }
  });

  it('ranks a factual, attributed figure above an opinion', () => {
    expect(claimModel.score('Unemployment fell to 3.5 percent last year, the lowest rate since 1969.')).toBeGreaterThan(claimModel.score('I think we all want a better future for our children.'));
  });

  it('returns claim sentences with offsets into the text and reasons', () => {
    const text = 'What a week it has been.\n\nThe council voted 7 to 2 on Tuesday to spend $48 million on a new flood barrier, officials said.';
    const claims = findClaimsWithModel(claimModel, text, [], CLAIM_THRESHOLDS.balanced);
    expect(claims.map((c) => c.text)).toEqual(['The council voted 7 to 2 on Tuesday to spend $48 million on a new flood barrier, officials said.']);
    expect(text.slice(claims[0]!.start, claims[0]!.end)).toBe(claims[0]!.text);
    expect(claims[0]!.reasons.map((r) => r.kind)).toContain('figure');
  });
});
