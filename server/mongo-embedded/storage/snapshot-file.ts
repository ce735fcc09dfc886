import fs from 'node:fs';
import { open } from 'node:fs/promises';
import { decodeBatch, encodeBatch, encodeSnapshotEnd, snapshotEndCount } from './batch-codec';
import { DataCorruptionError } from './data-corruption-error';
import { FILE_HEADER_SIZE, decodeFileHeader, encodeFileHeader, type DataFile } from './data-files';
import { close, fdatasync, removeFiles, renameDurably, writeFullySync } from './durable-fs';
import type { Mutation } from './persistence';
import { encodeRecord } from './record-format';
import { RecordFileReader, readRange } from './record-file-reader';

/*
 * A snapshot file: file header (with `throughSeq`), one record per batch (seq 1, 2, ...), and a
 * final record with the batch count. It is written under a temporary name and renamed once synced,
 * so a snapshot under its final name is always complete.
 */

const WRITE_CHUNK_SIZE = 1024 * 1024;

export interface SnapshotDraft {
  fd: number;
  tempPath: string;
  bytes: number;
}

/**
 * Encodes the whole snapshot and hands it to the OS before returning, so `snapshot` may be a lazy
 * view of live state: nothing can change it while it is read. Syncing happens in `publishSnapshot`.
 */
export function writeSnapshotDraft(
  tempPath: string,
  generation: number,
  throughSeq: number,
  snapshot: Iterable<Mutation[]>,
): SnapshotDraft {
  const fd = fs.openSync(tempPath, 'w');
  try {
    let position = 0;
    let pending: Buffer[] = [encodeFileHeader({ kind: 'snapshot', generation, throughSeq })];
    let pendingBytes = FILE_HEADER_SIZE;
    const flush = () => {
      const chunk = pending.length === 1 ? pending[0]! : Buffer.concat(pending, pendingBytes);
      writeFullySync(fd, chunk, position);
      position += pendingBytes;
      pending = [];
      pendingBytes = 0;
    };
    let batchCount = 0;
    for (const batch of snapshot) {
      const record = encodeRecord(encodeBatch(batch), ++batchCount);
      pending.push(record);
      pendingBytes += record.length;
      if (pendingBytes >= WRITE_CHUNK_SIZE) flush();
    }
    const end = encodeRecord(encodeSnapshotEnd(batchCount), batchCount + 1);
    pending.push(end);
    pendingBytes += end.length;
    flush();
    return { fd, tempPath, bytes: position };
  } catch (error) {
    fs.closeSync(fd);
    fs.rmSync(tempPath, { force: true });
    throw error;
  }
}

export async function publishSnapshot(draft: SnapshotDraft, finalPath: string): Promise<void> {
  try {
    await fdatasync(draft.fd);
  } catch (error) {
    await close(draft.fd);
    await removeFiles([draft.tempPath]);
    throw error;
  }
  await close(draft.fd);
  await renameDurably(draft.tempPath, finalPath);
}

export function discardSnapshotDraft(draft: SnapshotDraft): Promise<void> {
  fs.closeSync(draft.fd);
  return removeFiles([draft.tempPath]);
}

export interface SnapshotInfo {
  file: DataFile;
  throughSeq: number;
  bytes: number;
}

/** Checks a snapshot completely (checksums, order, end marker) without decoding its batches. */
export async function verifySnapshot(file: DataFile): Promise<SnapshotInfo> {
  let info: SnapshotInfo | undefined;
  for await (const item of readSnapshot(file, false)) if ('info' in item) info = item.info;
  if (!info) throw new Error(`Snapshot ${file.path} could not be read`);
  return info;
}

export async function* snapshotBatches(file: DataFile): AsyncGenerator<Mutation[]> {
  for await (const item of readSnapshot(file, true)) if ('batch' in item) yield item.batch;
}

async function* readSnapshot(
  file: DataFile,
  decode: boolean,
): AsyncGenerator<{ batch: Mutation[] } | { info: SnapshotInfo }> {
  const handle = await open(file.path, 'r');
  try {
    const size = (await handle.stat()).size;
    const header = decodeFileHeader(await readRange(handle.fd, 0, Math.min(FILE_HEADER_SIZE, size)), file);
    const reader = new RecordFileReader(handle.fd, FILE_HEADER_SIZE, size);
    const damaged = (what: string) =>
      new DataCorruptionError(
        `Snapshot ${file.path} is damaged: ${what}. Restore the data directory from a backup.`,
      );
    for (let seq = 1; ; seq++) {
      const next = await reader.next();
      if ('stop' in next)
        throw damaged(`${next.stop.reason} at byte ${next.stop.offset}, before the end marker`);
      if (next.record.seq !== seq) throw damaged(`record seq ${next.record.seq} where ${seq} was expected`);
      const endCount = snapshotEndCount(next.record.body);
      if (endCount !== undefined) {
        if (endCount !== seq - 1 || next.record.end !== size) throw damaged('inconsistent end marker');
        yield { info: { file, throughSeq: header.throughSeq, bytes: size } };
        return;
      }
      if (decode) yield { batch: decodeBatch(next.record.body) };
    }
  } finally {
    await handle.close();
  }
}
