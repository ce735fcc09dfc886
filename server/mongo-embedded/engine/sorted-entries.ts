export interface IndexEntry {
  key: string;
  id: string;
}

const LEAF_SIZE = 512;

function before(a: IndexEntry, key: string, id: string): boolean {
  return a.key < key || (a.key === key && a.id < id);
}

/**
 * Index entries ordered by (key, id), kept in small sorted leaves so inserts and removals cost
 * O(log n + leaf size) instead of shifting one big array.
 */
export class SortedEntries {
  private leaves: IndexEntry[][] = [];
  private count = 0;

  get size(): number {
    return this.count;
  }

  insert(entry: IndexEntry): void {
    if (this.leaves.length === 0) {
      this.leaves.push([entry]);
      this.count = 1;
      return;
    }
    const leafIndex = Math.min(this.leafFor(entry.key, entry.id), this.leaves.length - 1);
    const leaf = this.leaves[leafIndex]!;
    leaf.splice(lowerBoundIn(leaf, entry.key, entry.id), 0, entry);
    this.count++;
    if (leaf.length > LEAF_SIZE) this.leaves.splice(leafIndex + 1, 0, leaf.splice(LEAF_SIZE / 2));
  }

  remove(key: string, id: string): boolean {
    const leafIndex = this.leafFor(key, id);
    const leaf = this.leaves[leafIndex];
    if (!leaf) return false;
    const i = lowerBoundIn(leaf, key, id);
    const entry = leaf[i];
    if (!entry || entry.key !== key || entry.id !== id) return false;
    leaf.splice(i, 1);
    this.count--;
    if (leaf.length === 0) this.leaves.splice(leafIndex, 1);
    return true;
  }

  /** Entries from the first one >= (key, id) onwards, in order. */
  *from(key: string, id = ''): Generator<IndexEntry> {
    let leafIndex = this.leafFor(key, id);
    const first = this.leaves[leafIndex];
    if (!first) return;
    let i = lowerBoundIn(first, key, id);
    for (; leafIndex < this.leaves.length; leafIndex++, i = 0) {
      const leaf = this.leaves[leafIndex]!;
      for (; i < leaf.length; i++) yield leaf[i]!;
    }
  }

  /** Builds from entries in any order (one sort instead of many inserts). */
  static from(entries: IndexEntry[]): SortedEntries {
    const built = new SortedEntries();
    entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (let i = 0; i < entries.length; i += LEAF_SIZE / 2)
      built.leaves.push(entries.slice(i, i + LEAF_SIZE / 2));
    built.count = entries.length;
    return built;
  }

  clone(): SortedEntries {
    const copy = new SortedEntries();
    copy.leaves = this.leaves.map((leaf) => leaf.slice());
    copy.count = this.count;
    return copy;
  }

  /** The first leaf whose last entry is >= (key, id); `leaves.length` when there is none. */
  private leafFor(key: string, id: string): number {
    let lo = 0;
    let hi = this.leaves.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const leaf = this.leaves[mid]!;
      if (before(leaf[leaf.length - 1]!, key, id)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function lowerBoundIn(leaf: IndexEntry[], key: string, id: string): number {
  let lo = 0;
  let hi = leaf.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(leaf[mid]!, key, id)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
