import type { Document } from 'bson';
import type { Collection } from '../engine/collection';
import type { CollectionIndex, IndexEntry } from '../engine/collection-index';

export interface KeyRange {
  low: string;
  high: string;
}

/** Candidate documents of a query, read as they are iterated. */
export interface Candidates extends Iterable<Document> {
  /** Index entries read so far. */
  readonly keysExamined: number;
}

/** Every document of a collection, in natural order. */
export class CollectionScan implements Candidates {
  readonly keysExamined = 0;

  constructor(private readonly collection: Collection) {}

  [Symbol.iterator](): Iterator<Document> {
    return this.collection.records.values();
  }
}

/** Merging compares the head of every range per record; beyond this many ranges they are read one after another. */
const MAX_MERGED_RANGES = 32;

/**
 * The records of some key ranges of an index, each once. Ranges of an index without arrays that
 * differ only in a leading key part of known length (an `$in` on the first field:
 * `prefixLengths` gives that part's length per range) are merged by the rest of the key and the
 * record id, so the records keep the order of the following index fields and `_id` (`merged`).
 */
export class IndexCandidates implements Candidates {
  keysExamined = 0;
  readonly merged: boolean;
  private readonly prefixLengths: number[] | undefined;

  constructor(
    private readonly collection: Collection,
    private readonly index: CollectionIndex,
    private readonly ranges: KeyRange[],
    prefixLengths?: number[],
  ) {
    this.merged =
      ranges.length > 1 &&
      !index.multikey &&
      prefixLengths !== undefined &&
      ranges.length <= MAX_MERGED_RANGES;
    this.prefixLengths = prefixLengths;
  }

  *[Symbol.iterator](): Iterator<Document> {
    for (const entry of this.entries()) {
      const doc = this.collection.get(entry.id);
      if (doc) yield doc;
    }
  }

  private entries(): Iterable<IndexEntry> {
    // One range of an index without arrays cannot hold a record twice.
    if (this.ranges.length === 1 && !this.index.multikey) return this.counted(this.ranges[0]!);
    if (this.merged) return this.mergedEntries();
    return this.uniqueEntries();
  }

  private *counted(range: KeyRange): Generator<IndexEntry> {
    for (const entry of this.index.entriesIn(range.low, range.high)) {
      this.keysExamined++;
      yield entry;
    }
  }

  private *uniqueEntries(): Generator<IndexEntry> {
    const seen = new Set<string>();
    for (const range of this.ranges) {
      for (const entry of this.counted(range)) {
        if (seen.has(entry.id)) continue;
        seen.add(entry.id);
        yield entry;
      }
    }
  }

  private *mergedEntries(): Generator<IndexEntry> {
    const heads: Head[] = [];
    // An `$in` may list a value twice (or equal values of different types): read each range once.
    const lows = new Set<string>();
    this.ranges.forEach((range, i) => {
      if (lows.has(range.low)) return;
      lows.add(range.low);
      advance(heads, this.counted(range), this.prefixLengths![i]!);
    });
    while (heads.length > 0) {
      let smallest = 0;
      for (let i = 1; i < heads.length; i++) if (isBefore(heads[i]!, heads[smallest]!)) smallest = i;
      const head = heads.splice(smallest, 1)[0]!;
      yield head.entry;
      advance(heads, head.source, head.prefixLength);
    }
  }
}

interface Head {
  entry: IndexEntry;
  /** The entry's key after the range's own leading part. */
  rest: string;
  source: Iterator<IndexEntry>;
  prefixLength: number;
}

function advance(heads: Head[], source: Iterator<IndexEntry>, prefixLength: number): void {
  const next = source.next();
  if (next.done) return;
  heads.push({ entry: next.value, rest: next.value.key.slice(prefixLength), source, prefixLength });
}

function isBefore(a: Head, b: Head): boolean {
  return a.rest < b.rest || (a.rest === b.rest && a.entry.id < b.entry.id);
}
