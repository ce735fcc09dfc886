import { Codes, MongoError } from '../errors';
import type { Persistence, Mutation } from '../storage/persistence';
import { applyMutation, Catalog, snapshotBatches } from './catalog';
import { CursorManager } from './cursors';
import { LiveScope } from './live-scope';
import { SessionRegistry } from './sessions';

/** The in-memory database state with its journal; every write goes through `liveScope().finish()`. */
export class Engine {
  readonly catalog = new Catalog();
  readonly cursors = new CursorManager();
  readonly sessions = new SessionRegistry(this.catalog);
  private compaction: Promise<void> | undefined;
  /** Set when a batch could not be made durable: memory and journal differ, so writes stop. */
  private storageFailure: unknown;

  constructor(
    private readonly persistence: Persistence,
    private readonly onBackgroundError: (err: unknown) => void,
  ) {}

  /** Replays the journal into memory (indexes are rebuilt as documents are put back). */
  async load(): Promise<void> {
    this.catalog.deferIndexes = true;
    try {
      for await (const batch of this.persistence.load()) {
        for (const mutation of batch) applyMutation(this.catalog, mutation);
      }
    } finally {
      this.catalog.buildDeferredIndexes();
    }
  }

  liveScope(): LiveScope {
    return new LiveScope(
      this.catalog,
      (batch) => this.commit(batch),
      () => this.assertWritable(),
    );
  }

  assertWritable(): void {
    if (this.storageFailure === undefined) return;
    const reason =
      this.storageFailure instanceof Error ? this.storageFailure.message : String(this.storageFailure);
    throw new MongoError(
      Codes.InternalError,
      `writes are disabled after a storage failure (${reason}); restart the server`,
    );
  }

  /**
   * Journals a batch already applied in memory. Called in the same synchronous step as the
   * in-memory change, so journal order equals apply order; resolves once durable.
   */
  commit(batch: Mutation[]): Promise<void> {
    const durable = this.persistence.commit(batch).catch((err: unknown) => {
      this.storageFailure ??= err;
      throw err;
    });
    this.compactIfDue();
    return durable;
  }

  private compactIfDue(): void {
    if (this.compaction || !this.persistence.needsCompaction()) return;
    // Stored documents are immutable, so a snapshot of references taken now stays consistent.
    const snapshot = snapshotBatches(this.catalog);
    this.compaction = this.persistence
      .compact(snapshot)
      .catch(this.onBackgroundError)
      .finally(() => {
        this.compaction = undefined;
      });
  }

  async close(): Promise<void> {
    this.cursors.clear();
    this.sessions.endAll();
    await this.compaction;
    await this.persistence.close();
  }
}
