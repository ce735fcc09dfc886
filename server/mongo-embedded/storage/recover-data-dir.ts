import { DataCorruptionError } from './data-corruption-error';
import {
  dataFilePath,
  encodeFileHeader,
  FILE_HEADER_SIZE,
  listDataFiles,
  TEMP_SUFFIX,
  type DataFile,
} from './data-files';
import {
  close,
  fdatasync,
  ftruncate,
  open,
  removeFiles,
  syncDirectory,
  writeFileAtomically,
} from './durable-fs';
import { scanJournal, type JournalScan } from './journal-scan';
import type { ActiveJournal } from './journal-writer';
import { verifySnapshot, type SnapshotInfo } from './snapshot-file';

export interface RecoveredDataDir {
  snapshot: SnapshotInfo | undefined;
  /** Journals to replay after the snapshot, oldest first; the last one is open for appending. */
  journals: JournalScan[];
  active: ActiveJournal;
  lastSeq: number;
}

/**
 * Brings a data directory into a consistent state after any kind of stop: removes unfinished
 * temporary files and files a newer snapshot supersedes, checks the newest snapshot and all later
 * journals, and cuts off a write torn by a crash. Throws DataCorruptionError when data that had
 * been acknowledged is damaged.
 */
export async function recoverDataDir(dir: string, log: (message: string) => void): Promise<RecoveredDataDir> {
  const listing = await listDataFiles(dir);
  await removeFiles(listing.tempFiles);

  const newestSnapshot = listing.snapshots.at(-1);
  const snapshot = newestSnapshot ? await verifySnapshot(newestSnapshot) : undefined;
  const snapshotGeneration = newestSnapshot?.generation ?? 0;
  const superseded = [
    ...listing.snapshots.slice(0, -1),
    ...listing.journals.filter((journal) => journal.generation < snapshotGeneration),
  ];
  const liveJournals = listing.journals.filter((journal) => journal.generation >= snapshotGeneration);

  const journals = await scanJournals(liveJournals, (snapshot?.throughSeq ?? 0) + 1);
  for (const scan of journals) {
    if (scan.tornTail) {
      log(
        `Journal ${scan.file.path}: dropped ${scan.tornTail.droppedBytes} bytes at byte ${scan.tornTail.offset} ` +
          `(${scan.tornTail.reason}) left by a write that a crash interrupted; it had not been acknowledged.`,
      );
    }
    if (scan.fileSize > scan.validEnd) await truncateFile(scan.file.path, scan.validEnd);
  }
  await removeFiles(superseded.map((file) => file.path));

  let lastJournal = journals.at(-1);
  if (!lastJournal) {
    const file: DataFile = { kind: 'journal', generation: Math.max(snapshotGeneration, 1), path: '' };
    file.path = dataFilePath(dir, 'journal', file.generation);
    const header = encodeFileHeader({ kind: 'journal', generation: file.generation, throughSeq: 0 });
    await writeFileAtomically(file.path, header, file.path + TEMP_SUFFIX);
    lastJournal = {
      file,
      fileSize: FILE_HEADER_SIZE,
      validEnd: FILE_HEADER_SIZE,
      recordCount: 0,
      lastSeq: snapshot?.throughSeq ?? 0,
    };
    journals.push(lastJournal);
  }
  await syncDirectory(dir);

  const fd = await open(lastJournal.file.path, 'r+');
  return {
    snapshot,
    journals,
    active: {
      generation: lastJournal.file.generation,
      fd,
      end: lastJournal.validEnd,
      allocated: lastJournal.validEnd,
    },
    lastSeq: lastJournal.lastSeq,
  };
}

/**
 * Scans the journals as one continuous log. Only its very end may be torn: a journal is started
 * after everything written to the previous one was synced, so records in a later journal prove
 * that damage in an earlier one hit acknowledged data.
 */
async function scanJournals(files: DataFile[], firstSeq: number): Promise<JournalScan[]> {
  const scans: JournalScan[] = [];
  let nextSeq = firstSeq;
  for (const file of files) {
    const torn = scans.find((scan) => scan.tornTail);
    let scan: JournalScan;
    try {
      scan = await scanJournal(file, nextSeq);
    } catch (error) {
      if (torn && error instanceof DataCorruptionError) throw damagedBeforeLaterJournal(torn, file);
      throw error;
    }
    if (torn && scan.recordCount > 0) throw damagedBeforeLaterJournal(torn, file);
    scans.push(scan);
    nextSeq = scan.lastSeq + 1;
  }
  return scans;
}

function damagedBeforeLaterJournal(torn: JournalScan, later: DataFile): DataCorruptionError {
  return new DataCorruptionError(
    `Journal ${torn.file.path} is damaged at byte ${torn.tornTail?.offset} (${torn.tornTail?.reason}), but the ` +
      `later journal ${later.path} holds records, so the damaged part had been acknowledged. Starting would ` +
      'silently lose committed writes. Restore the data directory from a backup.',
  );
}

async function truncateFile(path: string, length: number): Promise<void> {
  const fd = await open(path, 'r+');
  try {
    await ftruncate(fd, length);
    await fdatasync(fd);
  } finally {
    await close(fd);
  }
}
