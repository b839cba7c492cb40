import { describe, expect, it } from 'vitest';
import { isLightColor } from '../../../../src/core/model/contrast';

describe('isLightColor', () => {
  it('reads the computed colours of light text as light', () => {
    expect(isLightColor('rgb(238, 238, 238)')).toBe(true);
    expect(isLightColor('rgba(255, 255, 255, 0.87)')).toBe(true);
    expect(isLightColor('rgb(200 200 190)')).toBe(true);
  });

  it('reads dark and mid-grey text as dark', () => {
    expect(isLightColor('rgb(0, 0, 0)')).toBe(false);
    expect(isLightColor('rgb(34, 34, 34)')).toBe(false);
    expect(isLightColor('rgb(119, 119, 119)')).toBe(false);
    // Saturated blue is light in its numbers but dark to the eye.
    expect(isLightColor('rgb(40, 80, 255)')).toBe(false);
  });

  it('falls back to dark (the default palette) for a colour it cannot read', () => {
    expect(isLightColor('oklch(0.9 0 0)')).toBe(false);
    expect(isLightColor('')).toBe(false);
  });
});
