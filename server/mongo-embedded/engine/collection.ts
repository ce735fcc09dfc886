import type { Document } from 'bson';
import { collectPathValues } from '../bson-values';
import { Codes, MongoError } from '../errors';
import { CollectionIndex } from './collection-index';
import { encodeKey } from './key-encoding';

export const ID_INDEX_SPEC = { v: 2, key: { _id: 1 }, name: '_id_' };

/** Counters that show how much work queries did; tests use them to prove index use. */
export interface ScanStats {
  docsExamined: number;
  keysExamined: number;
}

/**
 * The documents of one collection with their indexes. Stored documents are never mutated:
 * an update replaces the whole object, so snapshots and cursors can share them safely.
 */
export class Collection {
  records = new Map<string, Document>();
  indexes = new Map<string, CollectionIndex>();
  readonly stats: ScanStats = { docsExamined: 0, keysExamined: 0 };
  /** While replaying the journal, indexes are built once at the end instead of per document. */
  deferIndexes = false;

  constructor(
    readonly db: string,
    public name: string,
    public options: Document = {},
  ) {
    this.indexes.set('_id_', new CollectionIndex(ID_INDEX_SPEC));
  }

  get ns(): string {
    return `${this.db}.${this.name}`;
  }

  get(id: string): Document | undefined {
    return this.records.get(id);
  }

  /** Throws DuplicateKey (11000) when `doc` would collide with another document in a unique index. */
  checkUnique(doc: Document): void {
    const id = encodeKey(doc._id);
    for (const index of this.indexes.values()) {
      if (!index.unique) continue;
      const conflict = index.findConflict(index.keysOf(doc), id);
      if (conflict !== undefined) throw duplicateKeyError(this.ns, index, doc);
    }
  }

  /** Inserts or replaces by `_id`; indexes are kept in step. Callers check uniqueness first. */
  put(doc: Document): void {
    const id = encodeKey(doc._id);
    const previous = this.records.get(id);
    if (this.deferIndexes) {
      this.records.set(id, doc);
      return;
    }
    for (const index of this.indexes.values()) {
      const keys = index.keysOf(doc);
      if (previous) {
        const before = index.keysOf(previous);
        if (sameKeys(before, keys)) continue;
        index.remove(id, before);
      }
      index.add(id, keys);
    }
    this.records.set(id, doc);
  }

  remove(id: string): Document | undefined {
    const previous = this.records.get(id);
    if (!previous) return undefined;
    if (this.deferIndexes) {
      this.records.delete(id);
      return previous;
    }
    for (const index of this.indexes.values()) index.remove(id, index.keysOf(previous));
    this.records.delete(id);
    return previous;
  }

  /** Builds an index over the existing documents; throws DuplicateKey without changing anything. */
  addIndex(spec: Document): void {
    const index = new CollectionIndex(spec);
    if (this.deferIndexes) {
      this.indexes.set(index.name, index);
      return;
    }
    for (const [id, doc] of this.records) {
      const keys = index.keysOf(doc);
      if (index.unique && index.findConflict(keys, id) !== undefined) {
        throw duplicateKeyError(this.ns, index, doc);
      }
      index.add(id, keys);
    }
    this.indexes.set(index.name, index);
  }

  /** Ends deferred indexing: builds every index from the documents. */
  buildDeferredIndexes(): void {
    if (!this.deferIndexes) return;
    this.deferIndexes = false;
    for (const index of this.indexes.values()) index.rebuild(this.records);
  }

  clone(): Collection {
    const copy = new Collection(this.db, this.name, this.options);
    copy.records = new Map(this.records);
    copy.indexes = new Map([...this.indexes].map(([name, index]) => [name, index.clone()]));
    return copy;
  }
}

function sameKeys(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i]);
}

export function duplicateKeyError(ns: string, index: CollectionIndex, doc: Document): MongoError {
  const keyPattern: Document = {};
  const keyValue: Document = {};
  for (const [path, direction] of index.fields) {
    keyPattern[path] = direction;
    const values = collectPathValues(doc, path).flatMap((v) => (Array.isArray(v) ? v : [v]));
    keyValue[path] = values.find((v) => v !== undefined) ?? null;
  }
  const shown = Object.entries(keyValue)
    .map(([k, v]) => `${k}: ${formatValue(v)}`)
    .join(', ');
  const message = `E11000 duplicate key error collection: ${ns} index: ${index.name} dup key: { ${shown} }`;
  return new MongoError(Codes.DuplicateKey, message, { keyPattern, keyValue });
}

function formatValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value instanceof Date) return `new Date(${value.getTime()})`;
  if (value && typeof value === 'object' && '_bsontype' in value) {
    const tag = (value as { _bsontype: string })._bsontype;
    return tag === 'ObjectId' ? `ObjectId('${String(value)}')` : `${tag}(${String(value)})`;
  }
  if (value && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
