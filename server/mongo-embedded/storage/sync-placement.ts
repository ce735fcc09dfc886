/**
 * Decides where the journal's next write + sync runs.
 *
 * On the event loop's own thread ("inline") a sync saves the thread-pool round trip, a large part
 * of one durable write on a fast disk, and its CPU. Group commit still works: requests that arrive
 * meanwhile wait in the socket buffers, and are executed and synced together right after. But no
 * connection is served until the disk answers, so syncs run inline only while the disk has proven
 * fast: any slow sync sends the following ones to the thread pool, and only a run of fast syncs
 * brings them back. A slow disk therefore stalls the event loop once, not on every write.
 */
export class SyncPlacement {
  private fastInARow = 0;

  constructor(
    private readonly options: {
      /** A sync taking at least this long counts as slow. 0 never syncs inline. */
      inlineSyncMaxMs: number;
      /** Fast syncs needed in a row before syncing inline (again). */
      fastSyncsToGoInline: number;
      /** Larger writes go to the thread pool, however fast the disk is. */
      inlineWriteMaxBytes: number;
    },
  ) {}

  shouldSyncInline(groupBytes: number): boolean {
    return (
      this.options.inlineSyncMaxMs > 0 &&
      groupBytes <= this.options.inlineWriteMaxBytes &&
      this.fastInARow >= this.options.fastSyncsToGoInline
    );
  }

  /** `elapsedMs`: the write + sync as the event loop saw it (in the thread pool: until its callback). */
  recordSync(elapsedMs: number): void {
    if (elapsedMs < this.options.inlineSyncMaxMs) this.fastInARow++;
    else this.fastInARow = 0;
  }
}
