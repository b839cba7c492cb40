/** Binds the core schema to idb's typed DBSchema and applies upgrade steps. */
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames, openDB } from 'idb';
import type { Annotation } from '../../core/model/annotation';
import type { PageRecord } from '../../core/model/page';
import type { Settings } from '../../core/model/settings';
import { DB_NAME, SCHEMA_VERSION, type UpgradeStep, stepsAfter } from '../../core/storage/schema';

/** The typed shape of Gloss's database (current version). */
export interface GlossSchema extends DBSchema {
  annotations: { key: string; value: Annotation; indexes: { byPage: string; byUpdated: number; byTag: string } };
  pages: { key: string; value: PageRecord; indexes: { byLastSeen: number; bySite: string } };
  settings: { key: string; value: Settings };
}

export type GlossDb = IDBPDatabase<GlossSchema>;

// Upgrade steps name stores by string, since old versions may have stores the current schema lacks.
type AnyDb = IDBPDatabase<unknown>;
type AnyTransaction = IDBPTransaction<unknown, ArrayLike<StoreNames<unknown>>, 'versionchange'>;

/** Applies each step's structural operations and record transforms inside the upgrade transaction. */
export async function applyUpgradeSteps(db: AnyDb, tx: AnyTransaction, steps: readonly UpgradeStep[]): Promise<void> {
  for (const step of steps) {
    for (const operation of step.operations) {
      if (operation.op === 'createStore') {
        db.createObjectStore(operation.store, operation.keyPath ? { keyPath: operation.keyPath } : undefined);
      } else {
        tx.objectStore(operation.store).createIndex(operation.index, operation.keyPath, { multiEntry: operation.multiEntry ?? false });
      }
    }
    if (step.transform) {
      const { store, apply } = step.transform;
      for (let cursor = await tx.objectStore(store).openCursor(); cursor; cursor = await cursor.continue()) {
        await cursor.update(apply(cursor.value));
      }
    }
  }
}

/**
 * Opens (creating or upgrading) the database. `steps` and `version` are parameters so
 * tests can run the same machinery over synthetic future versions. A failed step
 * aborts the upgrade, which leaves the old database and its data untouched.
 */
export async function openGlossDb(
  name: string = DB_NAME,
  version: number = SCHEMA_VERSION,
  steps: (oldVersion: number) => readonly UpgradeStep[] = stepsAfter,
): Promise<GlossDb> {
  const db: GlossDb = await openDB<GlossSchema>(name, version, {
    upgrade(upgradeDb, oldVersion, _newVersion, tx) {
      // idb does not await upgrade(); the transaction stays open while its requests chain.
      // An aborted upgrade surfaces as openDB's rejection; tx.done would only repeat it.
      tx.done.catch(() => undefined);
      applyUpgradeSteps(upgradeDb as unknown as AnyDb, tx as unknown as AnyTransaction, steps(oldVersion)).catch((error: unknown) => {
        console.error('Gloss: database upgrade failed, keeping the old version', error);
        tx.abort();
      });
    },
    blocking() {
      // A newer Gloss (another context) wants to upgrade: step aside instead of blocking it.
      db.close();
    },
  });
  return db;
}
