import type { Document } from 'bson';
import type { Mutation } from '../storage/persistence';
import type { Collection } from './collection';

/**
 * Where a command reads and writes: the live state (writes collected into one journal batch per
 * command) or a transaction's private snapshot (writes held back until commitTransaction).
 */
export interface Scope {
  readonly inTransaction: boolean;
  collection(db: string, name: string): Collection | undefined;
  /** The collection, created implicitly (as MongoDB does on first insert) when missing. */
  ensureCollection(db: string, name: string): Collection;
  /** Inserts or replaces a document after checking unique indexes (throws DuplicateKey). */
  put(collection: Collection, doc: Document): void;
  remove(collection: Collection, id: string): void;
  /** Records a catalog change (create/drop collection, indexes) already applied by the caller. */
  record(mutation: Mutation): void;
  /** Makes the writes durable (live scope) or keeps them for the transaction's commit. */
  finish(): Promise<void>;
}
