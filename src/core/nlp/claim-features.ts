/**
 * Features of a sentence for the check-worthiness model: word unigrams and bigrams with
 * figures folded into classes (<num>, <pct>, <money>, <year>), plus the rule cues that also
 * explain a score to the reader (figure, date, attribution, comparison, causal, opinion…).
 */
import { scoreSentence } from './claim-rules';

const TOKEN = /\$\s?\d[\d,.]*|\d[\d,.]*\s?%|\d[\d,.]*|[\p{L}]+(?:['’][\p{L}]+)?|[?!]/gu;

/** Lower-cased tokens with figures folded into classes. */
export function claimTokens(sentence: string): string[] {
  return (sentence.match(TOKEN) ?? []).map((token) => {
    if (/^\$/.test(token)) return '<money>';
    if (/%$/.test(token)) return '<pct>';
    if (/^(19|20)\d\d$/.test(token)) return '<year>';
    if (/^\d/.test(token)) return '<num>';
    return token.toLowerCase().replace('’', "'");
  });
}

const OPINION = /\b(I think|I believe|I feel|in my opinion|we should|we must|we need|let's|let us|thank you|I hope|I want)\b/i;
const HEDGE = /\b(might|may|could|perhaps|possibly|maybe|probably)\b/i;

/** Every feature name of a sentence (duplicates allowed; the model sums them). */
export function claimFeatures(sentence: string): string[] {
  const tokens = claimTokens(sentence);
  const features = ['bias'];
  for (let i = 0; i < tokens.length; i++) {
    features.push(`w:${tokens[i]}`);
    features.push(`b:${i === 0 ? '<s>' : tokens[i - 1]} ${tokens[i]}`);
  }
  if (tokens.length > 0) features.push(`b:${tokens[tokens.length - 1]} </s>`);
  for (const reason of scoreSentence(sentence).reasons) features.push(`r:${reason.kind}`);
  if (OPINION.test(sentence)) features.push('r:opinion');
  if (HEDGE.test(sentence)) features.push('r:hedge');
  if (/\?\s*["'”’)]*\s*$/.test(sentence)) features.push('r:question');
  features.push(`len:${Math.min(6, Math.floor(tokens.length / 5))}`);
  return features;
}
