import { describe, expect, it } from 'vitest';
import { buildExport, mergeImported, parseImport } from '../../../../src/core/storage/export-format';
import { storedAnnotation } from '../../../helpers/builders';

describe('export and import', () => {
  it('round-trips annotations through the W3C vocabulary', () => {
    const annotations = [storedAnnotation(), storedAnnotation({ id: 'a2', note: '', tags: [], color: 'green' })];
    const file = buildExport(annotations, [], 5_000, 'Gloss test');
    expect(file.items[0]).toMatchObject({ type: 'Annotation', motivation: 'commenting', target: { selector: [{ type: 'TextQuoteSelector' }, { type: 'TextPositionSelector' }] } });
    const parsed = parseImport(JSON.parse(JSON.stringify(file)));
    expect(parsed).toEqual({ annotations, pages: [], rejected: [] });
  });

  it('rejects bad items one by one, with reasons, and keeps the good ones', () => {
    const file = buildExport([storedAnnotation()], [], 5_000, 'Gloss test');
    const bad = JSON.parse(JSON.stringify(file.items[0]));
    bad.gloss.color = 'octarine';
    const forged = { ...JSON.parse(JSON.stringify(file.items[0])), id: 'urn:gloss:../../x' };
    const parsed = parseImport({ ...file, items: [file.items[0], bad, forged, 'junk'] });
    if (typeof parsed === 'string') throw new Error(parsed);
    expect(parsed.annotations).toHaveLength(1);
    expect(parsed.rejected.map((r) => r.item)).toEqual([1, 2, 3]);
    expect(parsed.rejected[0]!.reason).toMatch(/colour/);
  });

  it('refuses files that are not Gloss exports, or come from a newer Gloss', () => {
    expect(parseImport({ hello: 'world' })).toMatch(/not a Gloss export/);
    expect(parseImport({ type: 'AnnotationCollection', items: [], glossExportVersion: 99 })).toMatch(/newer Gloss/);
  });

  it('keeps the newer copy when ids collide', () => {
    const stored = storedAnnotation({ updated: 10 });
    expect(mergeImported(stored, storedAnnotation({ updated: 5 }))).toBeUndefined();
    expect(mergeImported(stored, storedAnnotation({ updated: 20 }))?.updated).toBe(20);
    expect(mergeImported(undefined, stored)).toBe(stored);
  });
});
