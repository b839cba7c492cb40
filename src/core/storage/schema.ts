/**
 * The IndexedDB schema as data: stores, key paths and indexes per version, and the
 * steps that take a database from one version to the next. background/db applies
 * them with idb; tests apply them to old databases with real data in them.
 */

export const DB_NAME = 'gloss';
export const SCHEMA_VERSION = 1;

export const STORE = { annotations: 'annotations', pages: 'pages', settings: 'settings' } as const;
export const INDEX = {
  annotationsByPage: 'byPage',
  annotationsByUpdated: 'byUpdated',
  annotationsByTag: 'byTag',
  pagesByLastSeen: 'byLastSeen',
  pagesBySite: 'bySite',
} as const;

/** The single key under which settings live in the settings store. */
export const SETTINGS_KEY = 'settings';

/** One structural operation of an upgrade step. */
export type SchemaOperation =
  | { op: 'createStore'; store: string; keyPath?: string }
  | { op: 'createIndex'; store: string; index: string; keyPath: string; multiEntry?: boolean };

/** What one version adds; `transform` rewrites existing records of a store, if needed. */
export interface UpgradeStep {
  version: number;
  operations: SchemaOperation[];
  transform?: { store: string; apply: (record: unknown) => unknown };
}

export const UPGRADE_STEPS: readonly UpgradeStep[] = [
  {
    version: 1,
    operations: [
      { op: 'createStore', store: STORE.annotations, keyPath: 'id' },
      { op: 'createIndex', store: STORE.annotations, index: INDEX.annotationsByPage, keyPath: 'pageKey' },
      { op: 'createIndex', store: STORE.annotations, index: INDEX.annotationsByUpdated, keyPath: 'updated' },
      { op: 'createIndex', store: STORE.annotations, index: INDEX.annotationsByTag, keyPath: 'tags', multiEntry: true },
      { op: 'createStore', store: STORE.pages, keyPath: 'key' },
      { op: 'createIndex', store: STORE.pages, index: INDEX.pagesByLastSeen, keyPath: 'lastSeen' },
      { op: 'createIndex', store: STORE.pages, index: INDEX.pagesBySite, keyPath: 'site' },
      { op: 'createStore', store: STORE.settings },
    ],
  },
];

/** The steps to run for an upgrade from `oldVersion` to the current version, in order. */
export function stepsAfter(oldVersion: number, steps: readonly UpgradeStep[] = UPGRADE_STEPS): UpgradeStep[] {
  return steps.filter((step) => step.version > oldVersion && step.version <= SCHEMA_VERSION);
}
