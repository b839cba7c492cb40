import { describe, expect, it } from 'vitest';
import { applyPatch, createAnnotation, isAnnotation, isAnnotationPatch, isNewAnnotation, parseTagInput } from '../../../../src/core/model/annotation';
import { newAnnotation, storedAnnotation } from '../../../helpers/builders';

describe('isNewAnnotation', () => {
  it('accepts a well-formed annotation', () => {
    expect(isNewAnnotation(newAnnotation())).toBe(true);
  });

  it.each([
    ['an unknown colour', { color: 'red' }],
    ['an empty quote', { target: { quote: { exact: '  ', prefix: '', suffix: '' }, position: { start: 0, end: 2 } } }],
    ['a backwards position', { target: { quote: { exact: 'x', prefix: '', suffix: '' }, position: { start: 5, end: 2 } } }],
    ['an over-long note', { note: 'x'.repeat(20_001) }],
    ['non-string tags', { tags: [1] }],
    ['an empty page key', { pageKey: '' }],
  ])('rejects %s', (_name, overrides) => {
    expect(isNewAnnotation({ ...newAnnotation(), ...overrides })).toBe(false);
  });

  it('rejects unknown fields', () => {
    expect(isNewAnnotation({ ...newAnnotation(), id: 'forged' })).toBe(false);
  });
});

describe('isAnnotation', () => {
  it('accepts a stored annotation, as a deleted note is sent back to be restored', () => {
    expect(isAnnotation(storedAnnotation())).toBe(true);
  });

  it.each([
    ['a malformed id', { id: 'a b' }],
    ['an empty id', { id: '' }],
    ['a date that is no time', { created: 'yesterday' }],
    ['a negative time', { updated: -1 }],
    ['an unknown field', { owner: 'x' }],
    ['a bad body', { color: 'red' }],
  ])('rejects %s', (_, change) => {
    expect(isAnnotation({ ...storedAnnotation(), ...change })).toBe(false);
  });
});

describe('patches', () => {
  it('validates and applies a patch, bumping the update time', () => {
    expect(isAnnotationPatch({ note: 'new', color: 'blue' })).toBe(true);
    expect(isAnnotationPatch({ pageKey: 'x' })).toBe(false);
    const updated = applyPatch(storedAnnotation(), { note: 'new', tags: ['A b', '#A-b'] }, 2_000);
    expect(updated).toMatchObject({ note: 'new', tags: ['a-b'], updated: 2_000, created: 1_000 });
  });

  it('normalises tags on creation', () => {
    expect(createAnnotation(newAnnotation({ tags: [' Flood ', 'flood', '#Money'] }), 'id1', 5).tags).toEqual(['flood', 'money']);
    expect(parseTagInput('figures, flood  #Money')).toEqual(['figures', 'flood', 'money']);
  });
});
