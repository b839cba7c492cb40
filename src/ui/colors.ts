import type { HighlightColor } from '../core/model/annotation';

/** Swatch colours and readable names, shared by the in-page UI and the popup. */
export const COLOR_SWATCHES: Record<HighlightColor, { fill: string; label: string }> = {
  yellow: { fill: '#fff176', label: 'Yellow' },
  green: { fill: '#a5d6a7', label: 'Green' },
  blue: { fill: '#90caf9', label: 'Blue' },
  pink: { fill: '#f8bbd0', label: 'Pink' },
  purple: { fill: '#d1c4e9', label: 'Purple' },
};

/** Readable names of entity types. */
export const ENTITY_LABELS: Record<string, string> = {
  PER: 'Person',
  ORG: 'Organisation',
  LOC: 'Place',
  MISC: 'Other name',
};
