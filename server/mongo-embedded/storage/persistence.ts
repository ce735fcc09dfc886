import type { Document } from 'bson';

/**
 * A physical change to the stored state. The engine turns every write command into a batch of
 * these; replaying all committed batches in order rebuilds the exact state.
 */
export type Mutation =
  | { op: 'createCollection'; db: string; coll: string; options?: Document }
  | { op: 'dropCollection'; db: string; coll: string }
  | { op: 'dropDatabase'; db: string }
  | { op: 'renameCollection'; db: string; from: string; toDb: string; to: string }
  | { op: 'createIndex'; db: string; coll: string; spec: Document }
  | { op: 'dropIndex'; db: string; coll: string; name: string }
  /** Insert, or replace the whole document with the same `_id`. */
  | { op: 'put'; db: string; coll: string; doc: Document }
  | { op: 'remove'; db: string; coll: string; id: unknown };

export interface Persistence {
  /** Everything committed before, in commit order; read once at start-up. */
  load(): AsyncIterable<Mutation[]>;
  /**
   * Records one atomic batch. The batch's place in the order is fixed synchronously at the call;
   * the promise resolves once it is on disk. On replay a batch comes back whole or not at all.
   */
  commit(batch: Mutation[]): Promise<void>;
  /** True when the history has grown enough that a compaction pays off. */
  needsCompaction(): boolean;
  /** Replaces the history by the given snapshot of the current state (a batch sequence rebuilding it). */
  compact(snapshot: Iterable<Mutation[]>): Promise<void>;
  close(): Promise<void>;
}

/** For `inMemory: true`: nothing is kept beyond the process. */
export function createMemoryPersistence(): Persistence {
  return {
    async *load() {},
    commit: () => Promise.resolve(),
    needsCompaction: () => false,
    compact: () => Promise.resolve(),
    close: () => Promise.resolve(),
  };
}
