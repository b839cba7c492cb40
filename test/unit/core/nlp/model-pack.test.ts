import { describe, expect, it } from 'vitest';
import { arrayOf, packModel, unpackModel, unpackModelFile } from '../../../../src/core/nlp/model-pack';

describe('model files', () => {
  const arrays = {
    keys: Uint32Array.from([1, 0xffffffff, 7]),
    weights: Int16Array.from([-32768, 5, 32767]),
    flags: Uint8Array.from([1, 2, 3, 4, 5]),
    probabilities: Float32Array.from([0.25, -1.5]),
    ids: Uint16Array.from([0, 1023]),
  };
  const bytes = packModel({ version: 3, classes: ['O', 'B-PER'], trainedOn: 'tests', ...arrays });

  it('give back the settings and every array, of its type, as written', () => {
    const pack = unpackModel(bytes);
    expect(pack.meta).toEqual({ version: 3, classes: ['O', 'B-PER'], trainedOn: 'tests' });
    for (const [name, array] of Object.entries(arrays)) {
      expect(pack.arrays[name]).toBeInstanceOf(array.constructor);
      expect([...pack.arrays[name]!]).toEqual([...array]);
    }
  });

  it('are read in place, each array a view of the file', () => {
    const buffer = bytes.slice().buffer;
    expect(arrayOf(unpackModel(buffer), 'keys', Uint32Array).buffer).toBe(buffer);
  });

  it('are read from a buffer at any offset (Node pools small files)', () => {
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    expect([...arrayOf(unpackModel(shifted.subarray(3)), 'probabilities', Float32Array)]).toEqual([0.25, -1.5]);
  });

  it('are written the same way every time (training is deterministic)', () => {
    expect(packModel({ version: 3, classes: ['O', 'B-PER'], trainedOn: 'tests', ...arrays })).toEqual(bytes);
  });

  it('refuse a file that is not one, or is cut short', () => {
    expect(() => unpackModel(new TextEncoder().encode('{"version":2}'))).toThrow('not a Gloss model file');
    expect(() => unpackModel(bytes.subarray(0, 12))).toThrow('model file cut short (header)');
    expect(() => unpackModel(bytes.subarray(0, bytes.length - 1))).toThrow('model file cut short or damaged (array ids)');
    const header = (text: string) => {
      const encoded = new TextEncoder().encode(text);
      const file = new Uint8Array(8 + encoded.length + 8);
      file.set(new TextEncoder().encode('GLSM'));
      new DataView(file.buffer).setUint32(4, encoded.length, true);
      file.set(encoded, 8);
      return file;
    };
    expect(() => unpackModel(header('{"meta":{},"arrays":{"keys":["constructor",0,1]}}'))).toThrow('model file cut short or damaged (array keys)');
    expect(() => unpackModel(header('{"meta":{},"arrays":{"keys":["Uint8Array",4,1]}}'))).toThrow('model file cut short or damaged (array keys)');
  });

  it('say which array a model lacks, or holds of another type', () => {
    const pack = unpackModel(bytes);
    expect(() => arrayOf(pack, 'scale', Float32Array)).toThrow('model file lacks its Float32Array "scale"');
    expect(() => arrayOf(pack, 'weights', Uint16Array)).toThrow('model file lacks its Uint16Array "weights"');
  });

  it('read as the content of a model: its settings and the arrays it names, of their types, at the version it expects', () => {
    interface File {
      version: 3;
      classes: string[];
      trainedOn: string;
      keys: Uint32Array;
      weights: Int16Array;
    }
    const file = unpackModelFile<File>(bytes, 3, { keys: Uint32Array, weights: Int16Array });
    expect(file.classes).toEqual(['O', 'B-PER']);
    expect([...file.weights]).toEqual([-32768, 5, 32767]);
    expect(() => unpackModelFile<File>(bytes, 4 as 3, { keys: Uint32Array, weights: Int16Array })).toThrow('model file version 3, not 4');
    expect(() => unpackModelFile<File>(bytes, 3, { keys: Uint32Array, weights: Float32Array as unknown as typeof Int16Array })).toThrow('lacks its Float32Array "weights"');
  });
});
