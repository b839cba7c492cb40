import { describe, expect, it } from 'vitest';
import { onceUntilFailure } from '../../../src/core/once-until-failure';

describe('onceUntilFailure', () => {
  it('runs the load once and gives every caller its answer', async () => {
    let runs = 0;
    const load = onceUntilFailure(async () => ++runs);
    expect(await Promise.all([load(), load()])).toEqual([1, 1]);
    expect(await load()).toBe(1);
    expect(runs).toBe(1);
  });

  it('forgets a failed load, so that the next call tries again', async () => {
    let runs = 0;
    const load = onceUntilFailure(async () => {
      if (++runs === 1) throw new Error('not yet');
      return runs;
    });
    await expect(load()).rejects.toThrow('not yet');
    expect(await load()).toBe(2);
    expect(await load()).toBe(2);
  });
});
