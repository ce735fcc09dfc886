import { open } from 'node:fs/promises';
import { FILE_HEADER_SIZE, decodeFileHeader, type DataFile } from './data-files';
import { DataCorruptionError } from './data-corruption-error';
import { MIN_BODY_SIZE, RECORD_HEADER_SIZE, peekSeqInRange, readRecord } from './record-format';
import { RecordFileReader, readRange, type RecordStop } from './record-file-reader';

export interface JournalScan {
  file: DataFile;
  fileSize: number;
  /** End of the last intact record; everything after it is discarded on open. */
  validEnd: number;
  recordCount: number;
  /** Seq of the last intact record, or the seq before the journal when it holds none. */
  lastSeq: number;
  /** Set when the journal ends in a write that a crash interrupted. */
  tornTail?: { offset: number; reason: string; droppedBytes: number };
}

/**
 * Checks a journal's records (checksums and seq order, starting at `firstSeq`) without decoding
 * them, and classifies what follows the last intact record:
 *
 * - nothing, or zeros (preallocated space): a clean end;
 * - damaged bytes that can only come from the final write group (the one a crash interrupted
 *   before its sync finished): a torn tail, which is dropped — those writes were never acknowledged;
 * - damaged bytes followed by an intact record of a later write group: since a group is only
 *   written after the previous one was synced, the damaged part had been acknowledged. Dropping it
 *   would lose committed data, so this is an error.
 */
export async function scanJournal(file: DataFile, firstSeq: number): Promise<JournalScan> {
  const handle = await open(file.path, 'r');
  try {
    const fileSize = (await handle.stat()).size;
    decodeFileHeader(await readRange(handle.fd, 0, Math.min(FILE_HEADER_SIZE, fileSize)), file);
    const reader = new RecordFileReader(handle.fd, FILE_HEADER_SIZE, fileSize);
    let expectedSeq = firstSeq;
    let recordCount = 0;
    for (;;) {
      const next = await reader.next();
      if ('stop' in next) {
        const scan = { file, fileSize, validEnd: next.stop.offset, recordCount, lastSeq: expectedSeq - 1 };
        return await classifyTail(handle.fd, scan, next.stop);
      }
      if (next.record.seq !== expectedSeq) {
        throw new DataCorruptionError(
          `Journal ${file.path} holds record seq ${next.record.seq} at byte ${next.record.offset} ` +
            `where seq ${expectedSeq} was expected; records are missing or out of order.`,
        );
      }
      expectedSeq++;
      recordCount++;
    }
  } finally {
    await handle.close();
  }
}

async function classifyTail(fd: number, scan: JournalScan, stop: RecordStop): Promise<JournalScan> {
  if (stop.reason === 'end') return scan;
  const tail = await readRange(fd, stop.offset, scan.fileSize);
  if (isAllZero(tail)) return scan;
  const evidence = findRecordOfLaterWriteGroup(tail, scan.lastSeq + 1);
  if (evidence) {
    throw new DataCorruptionError(
      `Journal ${scan.file.path} is damaged at byte ${stop.offset} (${stop.reason}), but an intact record ` +
        `written later (seq ${evidence.seq}) follows at byte ${stop.offset + evidence.offset}. The damaged ` +
        'part had already been acknowledged, so starting would silently lose committed writes. Restore the ' +
        `data directory from a backup, or, to accept the loss, truncate this file to ${stop.offset} bytes.`,
    );
  }
  return { ...scan, tornTail: { offset: stop.offset, reason: stop.reason, droppedBytes: tail.length } };
}

/**
 * Searches damaged bytes for an intact record that belongs to a write group started after
 * `firstLostSeq` was written. Records of the interrupted group itself may survive in part and
 * do not count.
 */
function findRecordOfLaterWriteGroup(
  tail: Buffer,
  firstLostSeq: number,
): { seq: number; offset: number } | undefined {
  const maxSeq = firstLostSeq + Math.ceil(tail.length / (RECORD_HEADER_SIZE + MIN_BODY_SIZE));
  for (let offset = 1; offset + RECORD_HEADER_SIZE <= tail.length; offset++) {
    if (!peekSeqInRange(tail, offset, firstLostSeq, maxSeq)) continue;
    const result = readRecord(tail, offset);
    if (!result.ok) continue;
    if (result.record.groupStartSeq > firstLostSeq) return { seq: result.record.seq, offset };
    offset = result.record.end - 1;
  }
  return undefined;
}

function isAllZero(buffer: Buffer): boolean {
  for (let i = 0; i < buffer.length; i++) if (buffer[i] !== 0) return false;
  return true;
}
