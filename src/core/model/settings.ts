import { hasOnlyKeys, isBoundedString, isRecord } from './guards';

/** How many claims the reader wants to see. */
export const CLAIM_SENSITIVITIES = ['fewer', 'balanced', 'more'] as const;
export type ClaimSensitivity = (typeof CLAIM_SENSITIVITIES)[number];

/** Reader preferences, stored in IndexedDB. */
export interface Settings {
  /** Mark entities and claims automatically on article pages. */
  autoMark: boolean;
  /** Sites (hostnames) where auto-marking is off. */
  disabledSites: string[];
  claimSensitivity: ClaimSensitivity;
}

export const DEFAULT_SETTINGS: Settings = { autoMark: true, disabledSites: [], claimSensitivity: 'balanced' };

/** Minimum claim score shown for each sensitivity. */
export const CLAIM_THRESHOLDS: Record<ClaimSensitivity, number> = { fewer: 0.7, balanced: 0.5, more: 0.35 };

/** Validates a partial settings update. */
export function isSettingsPatch(value: unknown): value is Partial<Settings> {
  if (!isRecord(value) || !hasOnlyKeys(value, ['autoMark', 'disabledSites', 'claimSensitivity'])) return false;
  if ('autoMark' in value && typeof value.autoMark !== 'boolean') return false;
  if (
    'disabledSites' in value &&
    !(Array.isArray(value.disabledSites) && value.disabledSites.length <= 10_000 && value.disabledSites.every((s) => isBoundedString(s, 255)))
  )
    return false;
  if ('claimSensitivity' in value && !(CLAIM_SENSITIVITIES as readonly unknown[]).includes(value.claimSensitivity)) return false;
  return true;
}

/** True when marks should be painted on a page of this site. */
export function isAutoMarkOn(settings: Settings, site: string): boolean {
  return settings.autoMark && !settings.disabledSites.includes(site);
}

/** Turns auto-marking on or off for one site. */
export function withSiteToggled(settings: Settings, site: string, enabled: boolean): Settings {
  const others = settings.disabledSites.filter((s) => s !== site);
  return { ...settings, disabledSites: enabled ? others : [...others, site].sort() };
}
