import { mkdir, open } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { decodeBatch, encodeBatch } from './batch-codec';
import { lockDataDir } from './data-dir-lock';
import { dataFilePath, FILE_HEADER_SIZE, TEMP_SUFFIX } from './data-files';
import { removeFiles, syncDirectory } from './durable-fs';
import type { JournalScan } from './journal-scan';
import { JournalWriter } from './journal-writer';
import type { Mutation, Persistence } from './persistence';
import { RecordFileReader } from './record-file-reader';
import { recoverDataDir } from './recover-data-dir';
import {
  discardSnapshotDraft,
  publishSnapshot,
  snapshotBatches,
  writeSnapshotDraft,
  type SnapshotDraft,
  type SnapshotInfo,
} from './snapshot-file';

export { DataDirInUseError } from './data-dir-lock';
export { DataCorruptionError } from './data-corruption-error';
export { JournalFailedError } from './journal-writer';

const MiB = 1024 * 1024;

export interface FilePersistenceOptions {
  /** Compact once the journals since the last snapshot exceed this size. Default 64 MiB. */
  maxJournalBytes?: number;
  /** Compact once the journals exceed this multiple of the snapshot size... Default 4. */
  journalToSnapshotRatio?: number;
  /** ...and are larger than this. Default 1 MiB. */
  minJournalBytes?: number;
  /** Zeros written ahead of the journal's end, making each sync cheaper. Default 1 MiB; 0 disables. */
  preallocateBytes?: number;
  /** Largest single group write. Default 16 MiB. */
  maxGroupBytes?: number;
  /**
   * Syncs run on the event loop's thread while they take less than this (milliseconds), which
   * saves a thread-pool round trip per write; a slower disk gets them in the thread pool so it
   * does not stall the connections. Default 1; 0 always uses the thread pool.
   */
  inlineSyncMaxMs?: number;
  /** How the directory is named in messages (e.g. as given on the command line). Default: `dir`. */
  displayDir?: string;
  /** Receives notices about repairs done at start-up. Default: console.warn. */
  log?: (message: string) => void;
  /** Called after each durable step of a compaction; tests copy the directory here to simulate crashes. */
  onCompactionStep?: (step: CompactionStep) => void;
}

export type CompactionStep = 'journal-rotated' | 'snapshot-published' | 'old-files-removed';

export interface FilePersistenceStats {
  commits: number;
  /** Group writes, each followed by one sync: fewer than `commits` when commits were grouped. */
  syncs: number;
  /** Syncs done on the event loop's thread, as the disk was fast (see sync-placement.ts). */
  inlineSyncs: number;
  journalBytes: number;
  snapshotBytes: number;
  generation: number;
  compactions: number;
}

export interface FilePersistence extends Persistence {
  stats(): FilePersistenceStats;
}

/**
 * Durable storage in a data directory: an append-only journal of checksummed BSON records with
 * group commit, compacted into snapshot files. README.md in this folder describes the format,
 * compaction and how a directory left by a crash is brought back.
 */
export async function openFilePersistence(
  dir: string,
  options: FilePersistenceOptions = {},
): Promise<FilePersistence> {
  const displayDir = options.displayDir ?? dir;
  await createDirectoryDurably(dir);
  const lock = await lockDataDir(dir, displayDir);
  try {
    const recovered = await recoverDataDir(dir, options.log ?? ((message) => console.warn(message)));
    const writer = new JournalWriter(recovered.active, recovered.lastSeq, {
      dir,
      preallocateBytes: options.preallocateBytes ?? MiB,
      maxGroupBytes: options.maxGroupBytes ?? 16 * MiB,
      inlineSyncMaxMs: options.inlineSyncMaxMs ?? 1,
    });
    for (const scan of recovered.journals.slice(0, -1)) {
      writer.recordBytesByGeneration.set(scan.file.generation, scan.validEnd - FILE_HEADER_SIZE);
    }
    return new DirectoryPersistence(
      dir,
      options,
      writer,
      recovered.snapshot,
      recovered.journals,
      lock.release,
    );
  } catch (error) {
    await lock.release();
    throw error;
  }
}

class DirectoryPersistence implements FilePersistence {
  private closed = false;
  private loaded = false;
  private snapshotGeneration: number;
  private snapshotBytes: number;
  private nextGeneration: number;
  private compactions = 0;
  /** Compactions finish one after another, so old files are always removed in generation order. */
  private compactionChain: Promise<void> = Promise.resolve();
  private compactionsRunning = 0;

  constructor(
    private readonly dir: string,
    private readonly options: FilePersistenceOptions,
    private readonly writer: JournalWriter,
    private readonly snapshot: SnapshotInfo | undefined,
    private readonly journals: JournalScan[],
    private readonly releaseLock: () => Promise<void>,
  ) {
    this.snapshotGeneration = snapshot?.file.generation ?? 0;
    this.snapshotBytes = snapshot?.bytes ?? 0;
    this.nextGeneration = writer.activeGeneration + 1;
  }

  async *load(): AsyncIterable<Mutation[]> {
    if (this.loaded) throw new Error('load() reads the stored history once, at start-up');
    this.loaded = true;
    if (this.snapshot) yield* snapshotBatches(this.snapshot.file);
    for (const journal of this.journals) yield* journalBatches(journal);
  }

  commit(batch: Mutation[]): Promise<void> {
    if (this.closed) return Promise.reject(new Error('Persistence is closed'));
    let body: Uint8Array;
    try {
      body = encodeBatch(batch);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    return this.writer.append(body);
  }

  needsCompaction(): boolean {
    if (this.closed || this.compactionsRunning > 0) return false;
    const journalBytes = this.journalBytes();
    const maxJournalBytes = this.options.maxJournalBytes ?? 64 * MiB;
    const ratio = this.options.journalToSnapshotRatio ?? 4;
    const minJournalBytes = this.options.minJournalBytes ?? MiB;
    return (
      journalBytes > maxJournalBytes ||
      (journalBytes > minJournalBytes && journalBytes > ratio * this.snapshotBytes)
    );
  }

  /**
   * The snapshot is read completely before this returns (see writeSnapshotDraft); commits made
   * after the call go to a new journal and are not part of it.
   */
  compact(snapshot: Iterable<Mutation[]>): Promise<void> {
    if (this.closed) return Promise.reject(new Error('Persistence is closed'));
    const generation = this.nextGeneration++;
    const throughSeq = this.writer.lastAssignedSeq;
    const rotated = this.writer.rotate(generation);
    // Observed below once earlier compactions are done; until then a rejection must not count as unhandled.
    rotated.catch(() => undefined);
    const finalPath = dataFilePath(this.dir, 'snapshot', generation);
    let draft: SnapshotDraft;
    try {
      draft = writeSnapshotDraft(finalPath + TEMP_SUFFIX, generation, throughSeq, snapshot);
    } catch (error) {
      // The rotation stands on its own: the new journal simply continues the log.
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    const taken = draft;
    this.compactionsRunning++;
    const run = this.compactionChain.then(async () => {
      try {
        await rotated;
      } catch (error) {
        await discardSnapshotDraft(taken);
        throw error;
      }
      this.options.onCompactionStep?.('journal-rotated');
      await publishSnapshot(taken, finalPath);
      this.options.onCompactionStep?.('snapshot-published');
      await this.removeFilesBefore(generation);
      this.snapshotGeneration = generation;
      this.snapshotBytes = taken.bytes;
      this.compactions++;
      this.options.onCompactionStep?.('old-files-removed');
    });
    this.compactionChain = run.then(
      () => undefined,
      () => undefined,
    );
    return run.finally(() => {
      this.compactionsRunning--;
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      await this.compactionChain;
      await this.writer.close();
    } finally {
      await this.releaseLock();
    }
  }

  stats(): FilePersistenceStats {
    return {
      commits: this.writer.commitCount,
      syncs: this.writer.syncCount,
      inlineSyncs: this.writer.inlineSyncCount,
      journalBytes: this.journalBytes(),
      snapshotBytes: this.snapshotBytes,
      generation: this.writer.activeGeneration,
      compactions: this.compactions,
    };
  }

  private journalBytes(): number {
    let total = 0;
    for (const [generation, bytes] of this.writer.recordBytesByGeneration) {
      if (generation >= this.snapshotGeneration) total += bytes;
    }
    return total;
  }

  private async removeFilesBefore(generation: number): Promise<void> {
    const obsolete: string[] = [];
    for (const journalGeneration of [...this.writer.recordBytesByGeneration.keys()]) {
      if (journalGeneration >= generation) continue;
      obsolete.push(dataFilePath(this.dir, 'journal', journalGeneration));
      this.writer.recordBytesByGeneration.delete(journalGeneration);
    }
    if (this.snapshotGeneration > 0)
      obsolete.push(dataFilePath(this.dir, 'snapshot', this.snapshotGeneration));
    await removeFiles(obsolete);
    await syncDirectory(this.dir);
  }
}

/** Creates `dir` if needed, syncing each parent whose entries changed so the directory survives a power loss. */
async function createDirectoryDurably(dir: string): Promise<void> {
  const firstCreated = await mkdir(dir, { recursive: true });
  if (firstCreated === undefined) return;
  for (let current = resolve(dir); ; current = dirname(current)) {
    await syncDirectory(dirname(current));
    if (current === resolve(firstCreated)) return;
  }
}

async function* journalBatches(journal: JournalScan): AsyncGenerator<Mutation[]> {
  const handle = await open(journal.file.path, 'r');
  try {
    const reader = new RecordFileReader(handle.fd, FILE_HEADER_SIZE, journal.validEnd);
    for (;;) {
      const next = await reader.next();
      if ('stop' in next) {
        if (next.stop.offset !== journal.validEnd) {
          throw new Error(
            `Journal ${journal.file.path} changed while it was read (stopped at byte ${next.stop.offset})`,
          );
        }
        return;
      }
      yield decodeBatch(next.record.body);
    }
  } finally {
    await handle.close();
  }
}
