import { EJSON, type Document } from 'bson';

/** Filters with longer keys (e.g. long `$in` lists) are compiled each time, not kept. */
const MAX_KEY_LENGTH = 16_384;

/** Most recently used compiled filters; a Map keeps insertion order, the oldest entry goes first. */
export class FilterCache<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly capacity: number) {}

  /** The compiled form of `filter`, compiled once per distinct filter (BSON types included). */
  getOrCompile(filter: Document, compile: () => T): T {
    const key = canonicalKey(filter);
    if (key.length > MAX_KEY_LENGTH) return compile();
    const cached = this.entries.get(key);
    if (cached !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    const compiled = compile();
    this.entries.set(key, compiled);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return compiled;
  }

  get size(): number {
    return this.entries.size;
  }
}

/** Canonical Extended JSON keeps BSON types apart (Int32 1 vs Double 1.5 vs Long 1, dates, ids). */
function canonicalKey(filter: Document): string {
  return EJSON.stringify(filter, { relaxed: false });
}
