/** Small edits shared by the rules that correct the tagger's output (entity-rules, results-rules). */

/** Tokens start..end as one entity of `type`. */
export function retype(tags: string[], start: number, end: number, type: string): void {
  for (let i = start; i < end; i++) tags[i] = `${i === start ? 'B' : 'I'}-${type}`;
}

/** Tokens start..end as a name-list entry: lower case, joined by spaces. */
export const entryOf = (words: readonly string[], start: number, end: number) => words.slice(start, end).join(' ').toLowerCase();
