import type { Document } from 'bson';
import { Codes, MongoError } from '../errors';
import type { Mutation } from '../storage/persistence';
import { applyMutation, type Catalog } from './catalog';
import { Collection } from './collection';
import { encodeKey } from './key-encoding';
import { validateCollectionName } from './live-scope';
import type { Scope } from './scope';

export function writeConflict(): MongoError {
  return new MongoError(
    Codes.WriteConflict,
    'WriteConflict error: this operation conflicted with another operation. Please retry your operation or multi-document transaction.',
    { errorLabels: ['TransientTransactionError'] },
  );
}

interface WrittenRecord {
  db: string;
  coll: string;
  id: string;
  /** The record as the transaction's snapshot saw it before its first write (identity = version). */
  base: Document | undefined;
}

/**
 * A multi-document transaction: reads and writes go to private copies of the collections taken
 * at first access; commit checks that no written document changed meanwhile and applies all
 * writes as one journal batch.
 */
export class Transaction implements Scope {
  readonly inTransaction = true;
  private currentState: 'inProgress' | 'committed' | 'aborted' = 'inProgress';
  readonly startedAt = Date.now();
  readonly mutations: Mutation[] = [];
  private readonly workspace = new Map<string, Collection | null>();
  private readonly written = new Map<string, WrittenRecord>();

  constructor(
    private readonly catalog: Catalog,
    readonly txnNumber: bigint,
  ) {}

  get state(): 'inProgress' | 'committed' | 'aborted' {
    return this.currentState;
  }

  /** Ends the transaction and lets go of its private copies. */
  end(state: 'committed' | 'aborted'): void {
    this.currentState = state;
    this.workspace.clear();
    this.written.clear();
    this.mutations.length = 0;
  }

  collection(db: string, name: string): Collection | undefined {
    const ns = `${db}.${name}`;
    if (!this.workspace.has(ns))
      this.workspace.set(ns, this.catalog.getCollection(db, name)?.clone() ?? null);
    return this.workspace.get(ns) ?? undefined;
  }

  ensureCollection(db: string, name: string): Collection {
    const existing = this.collection(db, name);
    if (existing) return existing;
    validateCollectionName(db, name);
    const created = new Collection(db, name);
    this.workspace.set(`${db}.${name}`, created);
    this.mutations.push({ op: 'createCollection', db, coll: name, options: {} });
    return created;
  }

  put(collection: Collection, doc: Document): void {
    collection.checkUnique(doc);
    this.noteWrite(collection, encodeKey(doc._id));
    collection.put(doc);
    this.mutations.push({ op: 'put', db: collection.db, coll: collection.name, doc });
  }

  remove(collection: Collection, id: string): void {
    this.noteWrite(collection, id);
    const removed = collection.remove(id);
    if (removed)
      this.mutations.push({ op: 'remove', db: collection.db, coll: collection.name, id: removed._id });
  }

  record(): void {
    throw new MongoError(
      Codes.OperationNotSupportedInTransaction,
      'Cannot run this command in a multi-document transaction.',
    );
  }

  finish(): Promise<void> {
    return Promise.resolve();
  }

  private noteWrite(collection: Collection, id: string): void {
    const key = `${collection.ns}\0${id}`;
    if (this.written.has(key)) return;
    const base = collection.get(id);
    this.written.set(key, { db: collection.db, coll: collection.name, id, base });
    if (this.catalog.getCollection(collection.db, collection.name)?.get(id) !== base) throw writeConflict();
  }

  /**
   * Applies the transaction's writes to the live state, all or nothing. Returns the batch to
   * journal; throws WriteConflict (and leaves the live state untouched) when another write got
   * in the way.
   */
  applyToLive(): Mutation[] {
    for (const w of this.written.values()) {
      if (this.catalog.getCollection(w.db, w.coll)?.get(w.id) !== w.base) throw writeConflict();
    }
    const undo: Array<() => void> = [];
    try {
      for (const m of this.mutations) {
        undo.push(this.undoFor(m));
        applyMutation(this.catalog, m);
      }
      for (const m of this.mutations) {
        if (m.op === 'put') this.catalog.getCollection(m.db, m.coll)!.checkUnique(m.doc);
      }
    } catch (err) {
      for (const step of undo.reverse()) step();
      if (err instanceof MongoError && err.code === Codes.DuplicateKey) throw writeConflict();
      throw err;
    }
    return this.mutations;
  }

  private undoFor(m: Mutation): () => void {
    if (m.op === 'createCollection') {
      if (this.catalog.getCollection(m.db, m.coll)) return () => {};
      return () => this.catalog.dropCollection(m.db, m.coll);
    }
    if (m.op === 'put' || m.op === 'remove') {
      const id = encodeKey(m.op === 'put' ? m.doc._id : m.id);
      const previous = this.catalog.getCollection(m.db, m.coll)?.get(id);
      return () => {
        const coll = this.catalog.getCollection(m.db, m.coll);
        if (!coll) return;
        if (previous) coll.put(previous);
        else coll.remove(id);
      };
    }
    throw new Error(`unexpected mutation in a transaction: ${m.op}`);
  }
}
