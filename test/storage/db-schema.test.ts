import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { openGlossDb } from '../../src/background/db/schema';
import * as repo from '../../src/background/db/repository';
import { SCHEMA_VERSION, UPGRADE_STEPS, type UpgradeStep } from '../../src/core/storage/schema';
import { pageMeta, storedAnnotation } from '../helpers/builders';

let counter = 0;
const freshName = () => `gloss-test-${++counter}-${Date.now()}`;

describe('schema v1', () => {
  it('creates every store and index on a new database', async () => {
    const db = await openGlossDb(freshName());
    expect(db.version).toBe(SCHEMA_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['annotations', 'pages', 'settings']);
    const tx = db.transaction(['annotations', 'pages']);
    expect([...tx.objectStore('annotations').indexNames].sort()).toEqual(['byPage', 'byTag', 'byUpdated']);
    expect([...tx.objectStore('pages').indexNames].sort()).toEqual(['byLastSeen', 'bySite']);
    db.close();
  });

  it('keeps data across close and reopen', async () => {
    const name = freshName();
    const db = await openGlossDb(name);
    await repo.saveAnnotationWithPage(db, storedAnnotation(), pageMeta(), 5);
    db.close();
    const again = await openGlossDb(name);
    expect(await repo.listPageAnnotations(again, storedAnnotation().pageKey)).toEqual([storedAnnotation()]);
    expect((await repo.listPages(again))[0]).toMatchObject({ key: pageMeta().key, firstSeen: 5, lastSeen: 5 });
    again.close();
  });
});

describe('upgrades', () => {
  // A future step as v2 would write it: a new index, and records rewritten in place.
  const v2: UpgradeStep = {
    version: 2,
    operations: [{ op: 'createIndex', store: 'annotations', index: 'byColor', keyPath: 'color' }],
    transform: { store: 'annotations', apply: (record) => ({ ...(record as object), migrated: true }) },
  };

  it('upgrades a v1 database with real data in it, losing nothing', async () => {
    const name = freshName();
    const v1 = await openGlossDb(name);
    const records = [storedAnnotation({ id: 'a1' }), storedAnnotation({ id: 'a2', color: 'blue', tags: ['x', 'y'] })];
    for (const record of records) await repo.saveAnnotationWithPage(v1, record, pageMeta(), 1);
    await repo.putSettings(v1, { autoMark: false, disabledSites: ['a.example'], claimSensitivity: 'more' });
    v1.close();

    const upgraded = await openGlossDb(name, 2, (old) => [...UPGRADE_STEPS, v2].filter((s) => s.version > old));
    expect(upgraded.version).toBe(2);
    const all = await upgraded.getAll('annotations');
    expect(all).toEqual(records.map((r) => ({ ...r, migrated: true })));
    expect(await repo.getSettings(upgraded)).toEqual({ autoMark: false, disabledSites: ['a.example'], claimSensitivity: 'more' });
    const raw = upgraded as unknown as { getAllFromIndex(store: string, index: string, key: string): Promise<unknown[]> };
    expect(await raw.getAllFromIndex('annotations', 'byColor', 'blue')).toHaveLength(1);
    upgraded.close();
  });

  it('leaves the old version and its data intact when a step fails', async () => {
    const name = freshName();
    const v1 = await openGlossDb(name);
    await repo.saveAnnotationWithPage(v1, storedAnnotation(), pageMeta(), 1);
    v1.close();
    const broken: UpgradeStep = {
      version: 2,
      operations: [],
      transform: {
        store: 'annotations',
        apply: () => {
          throw new Error('bad migration');
        },
      },
    };
    await expect(openGlossDb(name, 2, (old) => [...UPGRADE_STEPS, broken].filter((s) => s.version > old))).rejects.toThrow();
    const reopened = await openDB(name);
    expect(reopened.version).toBe(1);
    expect(await reopened.getAll('annotations')).toEqual([storedAnnotation()]);
    reopened.close();
  });
});
