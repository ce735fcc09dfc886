import type { Document } from 'bson';
import { Codes, MongoError } from '../errors';
import type { Mutation } from '../storage/persistence';
import type { Catalog } from './catalog';
import type { Collection } from './collection';
import type { Scope } from './scope';

/** Writes straight to the live state; `finish()` commits the collected batch to the journal. */
export class LiveScope implements Scope {
  readonly inTransaction = false;
  private readonly batch: Mutation[] = [];
  private finished = false;

  constructor(
    private readonly catalog: Catalog,
    private readonly commit: (batch: Mutation[]) => Promise<void>,
    private readonly assertWritable: () => void,
  ) {}

  collection(db: string, name: string): Collection | undefined {
    return this.catalog.getCollection(db, name);
  }

  ensureCollection(db: string, name: string): Collection {
    const existing = this.catalog.getCollection(db, name);
    if (existing) return existing;
    validateCollectionName(db, name);
    this.assertWritable();
    const created = this.catalog.createCollection(db, name);
    this.batch.push({ op: 'createCollection', db, coll: name, options: {} });
    return created;
  }

  put(collection: Collection, doc: Document): void {
    this.assertWritable();
    collection.checkUnique(doc);
    collection.put(doc);
    this.batch.push({ op: 'put', db: collection.db, coll: collection.name, doc });
  }

  remove(collection: Collection, id: string): void {
    this.assertWritable();
    const removed = collection.remove(id);
    if (removed) this.batch.push({ op: 'remove', db: collection.db, coll: collection.name, id: removed._id });
  }

  record(mutation: Mutation): void {
    this.assertWritable();
    this.batch.push(mutation);
  }

  finish(): Promise<void> {
    if (this.finished) throw new Error('scope finished twice');
    this.finished = true;
    return this.batch.length ? this.commit(this.batch) : Promise.resolve();
  }
}

export function validateCollectionName(db: string, name: string): void {
  if (
    !name ||
    name.includes('$') ||
    name.includes('\0') ||
    name.startsWith('.') ||
    name.startsWith('system.')
  ) {
    throw new MongoError(Codes.InvalidNamespace, `Invalid collection name: ${db}.${name}`);
  }
  if (!db || /[/\\. "$\0]/.test(db))
    throw new MongoError(Codes.InvalidNamespace, `Invalid database name: ${db}`);
}
