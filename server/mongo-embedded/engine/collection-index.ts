import type { Document } from 'bson';
import { collectPathValues, isPlainObject } from '../bson-values';
import { compileFilter, type Predicate } from '../query/filter';
import { encodeKey } from './key-encoding';
import { SortedEntries, type IndexEntry } from './sorted-entries';

export type { IndexEntry };

/** One secondary (or _id) index: a sorted array of (encoded key, record id) pairs. */
export class CollectionIndex {
  readonly name: string;
  readonly fields: Array<[path: string, direction: unknown]>;
  readonly unique: boolean;
  readonly sparse: boolean;
  readonly partial: Predicate | undefined;
  /** True once any document produced more than one key (array values): ranges can't be intersected. */
  multikey = false;
  private entries = new SortedEntries();

  constructor(readonly spec: Document) {
    this.name = String(spec.name);
    this.fields = Object.entries(spec.key as Document);
    this.unique = spec.unique === true || this.name === '_id_';
    this.sparse = spec.sparse === true;
    this.partial = isPlainObject(spec.partialFilterExpression)
      ? compileFilter(spec.partialFilterExpression)
      : undefined;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Encoded keys of a document; empty when a sparse or partial index skips it. */
  keysOf(doc: Document): string[] {
    if (this.partial && !this.partial(doc)) return [];
    const [first] = this.fields;
    if (this.fields.length === 1 && !first![0].includes('.')) {
      // Fast path for the common single top-level field.
      const value = doc[first![0]];
      if (!Array.isArray(value)) return value === undefined && this.sparse ? [] : [encodeKey(value)];
    }
    const perField = this.fields.map(([path]) => {
      const values = collectPathValues(doc, path).flatMap((v) =>
        Array.isArray(v) ? (v.length ? v : [undefined]) : [v],
      );
      return values.length ? values : [undefined];
    });
    if (this.sparse && perField.every((values) => values.every((v) => v === undefined))) return [];
    let keys = [''];
    for (const values of perField) {
      const encoded = [...new Set(values.map(encodeKey))];
      keys = keys.flatMap((prefix) => encoded.map((e) => prefix + e));
    }
    return keys;
  }

  /** The record id of another document holding one of `keys`, for unique checks. */
  findConflict(keys: string[], ownId: string | undefined): string | undefined {
    for (const key of keys) {
      for (const entry of this.entries.from(key)) {
        if (entry.key !== key) break;
        if (entry.id !== ownId) return entry.id;
      }
    }
    return undefined;
  }

  add(id: string, keys: string[]): void {
    if (keys.length > 1) this.multikey = true;
    for (const key of keys) this.entries.insert({ key, id });
  }

  remove(id: string, keys: string[]): void {
    for (const key of keys) this.entries.remove(key, id);
  }

  /** Entries with low <= key < high, in key order. */
  scan(low: string, high: string): IndexEntry[] {
    return [...this.entriesIn(low, high)];
  }

  /** Entries with low <= key < high, in key order, read as they are iterated. */
  *entriesIn(low: string, high: string): Generator<IndexEntry> {
    for (const entry of this.entries.from(low)) {
      if (entry.key >= high) return;
      yield entry;
    }
  }

  /** Replaces the entries by those of `records` (used after replaying the journal). */
  rebuild(records: Map<string, Document>): void {
    const entries: IndexEntry[] = [];
    for (const [id, doc] of records) {
      const keys = this.keysOf(doc);
      if (keys.length > 1) this.multikey = true;
      for (const key of keys) entries.push({ key, id });
    }
    this.entries = SortedEntries.from(entries);
  }

  clone(): CollectionIndex {
    const copy = new CollectionIndex(this.spec);
    copy.entries = this.entries.clone();
    copy.multikey = this.multikey;
    return copy;
  }
}
