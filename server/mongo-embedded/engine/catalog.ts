import type { Document } from 'bson';
import type { Mutation } from '../storage/persistence';
import { Collection } from './collection';
import { encodeKey } from './key-encoding';

/** All databases and their collections held in memory. */
export class Catalog {
  readonly dbs = new Map<string, Map<string, Collection>>();
  /** Set during journal replay: collections defer index building until `buildDeferredIndexes()`. */
  deferIndexes = false;

  getCollection(db: string, name: string): Collection | undefined {
    return this.dbs.get(db)?.get(name);
  }

  collectionsOf(db: string): Collection[] {
    return [...(this.dbs.get(db)?.values() ?? [])];
  }

  createCollection(db: string, name: string, options: Document = {}): Collection {
    let collections = this.dbs.get(db);
    if (!collections) {
      collections = new Map();
      this.dbs.set(db, collections);
    }
    const collection = new Collection(db, name, options);
    collection.deferIndexes = this.deferIndexes;
    collections.set(name, collection);
    return collection;
  }

  buildDeferredIndexes(): void {
    this.deferIndexes = false;
    for (const collections of this.dbs.values())
      for (const c of collections.values()) c.buildDeferredIndexes();
  }

  dropCollection(db: string, name: string): boolean {
    const collections = this.dbs.get(db);
    const dropped = collections?.delete(name) ?? false;
    if (collections && collections.size === 0) this.dbs.delete(db);
    return dropped;
  }

  dropDatabase(db: string): void {
    this.dbs.delete(db);
  }

  rename(db: string, from: string, toDb: string, to: string): void {
    const source = this.getCollection(db, from);
    if (!source) return;
    this.dropCollection(db, from);
    const target = this.createCollection(toDb, to, source.options);
    for (const index of source.indexes.values()) if (index.name !== '_id_') target.addIndex(index.spec);
    for (const doc of source.records.values()) target.put(doc);
  }
}

/** Applies one journal mutation; the same code runs for live writes and for replay at start-up. */
export function applyMutation(catalog: Catalog, m: Mutation): void {
  switch (m.op) {
    case 'createCollection':
      if (!catalog.getCollection(m.db, m.coll)) catalog.createCollection(m.db, m.coll, m.options ?? {});
      return;
    case 'dropCollection':
      catalog.dropCollection(m.db, m.coll);
      return;
    case 'dropDatabase':
      catalog.dropDatabase(m.db);
      return;
    case 'renameCollection':
      catalog.rename(m.db, m.from, m.toDb, m.to);
      return;
    case 'createIndex':
      ensure(catalog, m.db, m.coll).addIndex(m.spec);
      return;
    case 'dropIndex':
      catalog.getCollection(m.db, m.coll)?.indexes.delete(m.name);
      return;
    case 'put':
      ensure(catalog, m.db, m.coll).put(m.doc);
      return;
    case 'remove':
      catalog.getCollection(m.db, m.coll)?.remove(encodeKey(m.id));
      return;
  }
}

function ensure(catalog: Catalog, db: string, coll: string): Collection {
  return catalog.getCollection(db, coll) ?? catalog.createCollection(db, coll);
}

/** The whole state as journal batches (collections with indexes, then documents in chunks). */
export function snapshotBatches(catalog: Catalog, chunkSize = 1000): Mutation[][] {
  const batches: Mutation[][] = [];
  for (const [db, collections] of catalog.dbs) {
    for (const coll of collections.values()) {
      const header: Mutation[] = [{ op: 'createCollection', db, coll: coll.name, options: coll.options }];
      for (const index of coll.indexes.values()) {
        if (index.name !== '_id_') header.push({ op: 'createIndex', db, coll: coll.name, spec: index.spec });
      }
      batches.push(header);
      let chunk: Mutation[] = [];
      for (const doc of coll.records.values()) {
        chunk.push({ op: 'put', db, coll: coll.name, doc });
        if (chunk.length >= chunkSize) {
          batches.push(chunk);
          chunk = [];
        }
      }
      if (chunk.length) batches.push(chunk);
    }
  }
  return batches;
}
