import { dataFilePath, encodeFileHeader, FILE_HEADER_SIZE, TEMP_SUFFIX } from './data-files';
import {
  close,
  fdatasync,
  fdatasyncSync,
  ftruncate,
  open,
  writeFileAtomically,
  writeFully,
  writeFullySync,
} from './durable-fs';
import { createUnsealedRecord, sealRecord } from './record-format';
import { SyncPlacement } from './sync-placement';

export interface ActiveJournal {
  generation: number;
  fd: number;
  /** End of the last record; the next group is written here. */
  end: number;
  /** File size; bytes between `end` and `allocated` are zeros written ahead. */
  allocated: number;
}

export interface JournalWriterOptions {
  dir: string;
  /**
   * Zeros written ahead of the records. Syncing an overwrite of allocated space is cheaper than
   * syncing an append, which also has to persist the new file size. 0 disables it.
   */
  preallocateBytes: number;
  /** Upper bound for one group write; a larger backlog is split into several groups. */
  maxGroupBytes: number;
  /**
   * While syncs take less than this, they run on the event loop's thread (see SyncPlacement);
   * 0 always syncs in the thread pool.
   */
  inlineSyncMaxMs: number;
}

interface PendingRecord {
  kind: 'record';
  record: Buffer;
  seq: number;
  resolve(): void;
  reject(error: Error): void;
}

interface PendingRotation {
  kind: 'rotation';
  generation: number;
  resolve(): void;
  reject(error: Error): void;
}

type QueueItem = PendingRecord | PendingRotation;

export class JournalFailedError extends Error {
  constructor(cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    const message = `Writing the journal failed, so no further writes are accepted until the server restarts: ${reason}`;
    super(message, { cause });
    this.name = 'JournalFailedError';
  }
}

/**
 * Appends records with group commit: while one write + sync is in flight, new records queue up
 * and go to disk together in the next write, with one sync. Records reach the file in the order
 * `append` was called, and each promise resolves once its record is synced. After an I/O error
 * the writer refuses everything, because the order of later records could no longer be kept.
 */
export class JournalWriter {
  private readonly queue: QueueItem[] = [];
  private draining: Promise<void> | undefined;
  private failure: JournalFailedError | undefined;
  private closed = false;
  /** The group being written; rejected together with the queue if the write fails. */
  private inFlight: PendingRecord[] = [];
  private active: ActiveJournal;
  private readonly placement: SyncPlacement;
  /** Bytes of records per journal generation written by this writer or found on open. */
  readonly recordBytesByGeneration = new Map<number, number>();
  lastAssignedSeq: number;
  syncCount = 0;
  /** Syncs done on the event loop's thread (see SyncPlacement). */
  inlineSyncCount = 0;
  commitCount = 0;

  constructor(
    active: ActiveJournal,
    lastSeq: number,
    private readonly options: JournalWriterOptions,
  ) {
    this.active = active;
    this.lastAssignedSeq = lastSeq;
    this.recordBytesByGeneration.set(active.generation, active.end - FILE_HEADER_SIZE);
    this.placement = new SyncPlacement({
      inlineSyncMaxMs: options.inlineSyncMaxMs,
      fastSyncsToGoInline: FAST_SYNCS_TO_GO_INLINE,
      inlineWriteMaxBytes: INLINE_WRITE_LIMIT,
    });
  }

  get activeGeneration(): number {
    return this.active.generation;
  }

  /** Queues a record; its seq is fixed now. Resolves once it is on disk. */
  append(body: Uint8Array): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closed) return Promise.reject(new Error('The journal is closed'));
    const record = createUnsealedRecord(body);
    const seq = ++this.lastAssignedSeq;
    this.commitCount++;
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ kind: 'record', record, seq, resolve, reject });
      this.scheduleDrain();
    });
  }

  /**
   * Makes every record appended after this call go to a new journal file of `generation`.
   * Resolves once all earlier records are synced to the old journal and the new one exists.
   */
  rotate(generation: number): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closed) return Promise.reject(new Error('The journal is closed'));
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ kind: 'rotation', generation, resolve, reject });
      this.scheduleDrain();
    });
  }

  /** Waits for queued records to be synced, then closes the file. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    while (this.draining) await this.draining;
    await this.closeFile(this.active);
  }

  private scheduleDrain(): void {
    if (!this.draining) this.draining = this.runDrain();
  }

  private async runDrain(): Promise<void> {
    // setImmediate runs after the event loop has handed out all data that arrived meanwhile, so
    // the commits of every request received in this turn share the first write.
    await new Promise((resolve) => setImmediate(resolve));
    try {
      await this.drain();
    } finally {
      this.draining = undefined;
      // Items may have been queued after the drain loop saw an empty queue.
      if (this.queue.length > 0) this.scheduleDrain();
    }
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const head = this.queue[0]!;
      try {
        if (head.kind === 'rotation') {
          this.queue.shift();
          await this.switchTo(head.generation);
          head.resolve();
        } else {
          const group = this.takeGroup();
          await this.writeGroup(group);
          for (const pending of group) pending.resolve();
        }
      } catch (error) {
        this.fail(error, head.kind === 'record' ? [] : [head]);
        return;
      }
    }
  }

  private takeGroup(): PendingRecord[] {
    const group: PendingRecord[] = [];
    let bytes = 0;
    while (this.queue.length > 0) {
      const next = this.queue[0]!;
      if (next.kind !== 'record') break;
      if (group.length > 0 && bytes + next.record.length > this.options.maxGroupBytes) break;
      this.queue.shift();
      group.push(next);
      bytes += next.record.length;
    }
    this.inFlight = group;
    return group;
  }

  private async writeGroup(group: PendingRecord[]): Promise<void> {
    group.forEach((pending, index) => sealRecord(pending.record, pending.seq, index));
    const bytes =
      group.length === 1 ? group[0]!.record : Buffer.concat(group.map((pending) => pending.record));
    const journal = this.active;
    const inline =
      this.placement.shouldSyncInline(bytes.length) && !this.needsAllocation(journal, bytes.length);
    if (!inline) await this.allocate(journal, journal.end + bytes.length);
    const started = performance.now();
    if (inline) {
      writeFullySync(journal.fd, bytes, journal.end);
      fdatasyncSync(journal.fd);
      this.inlineSyncCount++;
    } else {
      // A small write only copies into the page cache; doing it inline saves a thread-pool round trip.
      if (bytes.length <= INLINE_WRITE_LIMIT) writeFullySync(journal.fd, bytes, journal.end);
      else await writeFully(journal.fd, bytes, journal.end);
      await fdatasync(journal.fd);
    }
    this.placement.recordSync(performance.now() - started);
    journal.end += bytes.length;
    this.syncCount++;
    this.inFlight = [];
    const generation = journal.generation;
    this.recordBytesByGeneration.set(
      generation,
      (this.recordBytesByGeneration.get(generation) ?? 0) + bytes.length,
    );
  }

  private needsAllocation(journal: ActiveJournal, bytes: number): boolean {
    return this.options.preallocateBytes > 0 && journal.end + bytes > journal.allocated;
  }

  private async allocate(journal: ActiveJournal, needed: number): Promise<void> {
    if (!this.needsAllocation(journal, needed - journal.end)) return;
    const target = needed + this.options.preallocateBytes;
    while (journal.allocated < target) {
      const chunk = ZEROS.subarray(0, Math.min(ZEROS.length, target - journal.allocated));
      await writeFully(journal.fd, chunk, journal.allocated);
      journal.allocated += chunk.length;
    }
  }

  private async switchTo(generation: number): Promise<void> {
    const path = dataFilePath(this.options.dir, 'journal', generation);
    const header = encodeFileHeader({ kind: 'journal', generation, throughSeq: 0 });
    await writeFileAtomically(path, header, path + TEMP_SUFFIX);
    const fd = await open(path, 'r+');
    const previous = this.active;
    this.active = { generation, fd, end: FILE_HEADER_SIZE, allocated: FILE_HEADER_SIZE };
    this.recordBytesByGeneration.set(generation, 0);
    await this.closeFile(previous);
  }

  /** Drops the zeros written ahead (recovery would skip them, but they waste space), then closes. */
  private async closeFile(journal: ActiveJournal): Promise<void> {
    try {
      if (journal.allocated > journal.end && !this.failure) await ftruncate(journal.fd, journal.end);
    } finally {
      await close(journal.fd);
    }
  }

  private fail(error: unknown, alsoReject: QueueItem[]): void {
    this.failure = error instanceof JournalFailedError ? error : new JournalFailedError(error);
    const rejected = [...this.inFlight, ...alsoReject, ...this.queue.splice(0)];
    this.inFlight = [];
    for (const item of rejected) item.reject(this.failure);
  }
}

const ZEROS = Buffer.alloc(1024 * 1024);
const INLINE_WRITE_LIMIT = 256 * 1024;
const FAST_SYNCS_TO_GO_INLINE = 8;
