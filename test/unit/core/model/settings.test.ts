import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isAutoMarkOn, isSettingsPatch, withSiteToggled } from '../../../../src/core/model/settings';

describe('settings', () => {
  it('turns marking off for one site only', () => {
    const off = withSiteToggled(DEFAULT_SETTINGS, 'news.example', false);
    expect(isAutoMarkOn(off, 'news.example')).toBe(false);
    expect(isAutoMarkOn(off, 'other.example')).toBe(true);
    expect(isAutoMarkOn(withSiteToggled(off, 'news.example', true), 'news.example')).toBe(true);
  });

  it('turns marking off everywhere', () => {
    expect(isAutoMarkOn({ ...DEFAULT_SETTINGS, autoMark: false }, 'news.example')).toBe(false);
  });

  it('validates patches', () => {
    expect(isSettingsPatch({ autoMark: false, claimSensitivity: 'more' })).toBe(true);
    expect(isSettingsPatch({ autoMark: 'no' })).toBe(false);
    expect(isSettingsPatch({ claimSensitivity: 'all' })).toBe(false);
    expect(isSettingsPatch({ evil: true })).toBe(false);
  });
});
