import { describe, expect, it } from 'vitest';
import { ENGINE_LOAD_MARKS, engineLoader } from '../../../src/background/language';
import { MODEL_FILE_PATHS } from '../../../src/core/nlp/language-engine';
import { shippedFileBytes } from '../../../bench/lib/shipped-models';

/** The package's files by path, as the background reads them. */
const packaged = new Map(Object.values(MODEL_FILE_PATHS).map((path) => [path, shippedFileBytes(path)]));

describe('the background language engine', () => {
  it('reads each model file once, however many analyses ask for it', async () => {
    const reads: string[] = [];
    const engine = engineLoader(async (path) => (reads.push(path), packaged.get(path)!));
    const [first, second] = await Promise.all([engine(), engine()]);
    expect(first).toBe(second);
    expect(first('Helen Okafor spoke in Leeds on Monday.', 0.35).entities.map((e) => e.type)).toEqual(['PER', 'LOC']);
    expect(reads.sort()).toEqual(Object.values(MODEL_FILE_PATHS).sort());
  });

  it('tries the files again after a failed load, rather than failing for the rest of its life', async () => {
    let failing = true;
    const engine = engineLoader(async (path) => {
      if (failing) throw new Error(`${path}: 404`);
      return packaged.get(path)!;
    });
    await expect(engine()).rejects.toThrow(/^models\/[\w-]+\.bin: 404$/);
    failing = false;
    await expect(engine()).resolves.toBeTypeOf('function');
  });

  it('marks when the models were asked for, read and loaded: once each, in that order, after a failed attempt too', async () => {
    const marked = () => Object.values(ENGINE_LOAD_MARKS).map((name) => performance.getEntriesByName(name, 'mark').map((mark) => mark.startTime));
    let failing = true;
    const engine = engineLoader(async (path) => {
      if (failing && path === MODEL_FILE_PATHS.claims) throw new Error(`${path}: 404`);
      return packaged.get(path)!;
    });
    await expect(engine()).rejects.toThrow();
    expect(marked().map((times) => times.length)).toEqual([1, 0, 0]);
    failing = false;
    await engine();
    const [requested, read, ready] = marked();
    expect([requested!.length, read!.length, ready!.length]).toEqual([1, 1, 1]);
    expect(requested![0]).toBeLessThanOrEqual(read![0]!);
    expect(read![0]).toBeLessThanOrEqual(ready![0]!);
  });

  it('names the file that is not whole', async () => {
    const engine = engineLoader(async (path) => (path === MODEL_FILE_PATHS.clusters ? packaged.get(path)!.subarray(0, 1000) : packaged.get(path)!));
    await expect(engine()).rejects.toThrow(/^models\/word-clusters\.bin: model file cut short or damaged \(array \w+\)$/);
  });
});
