import fs from 'node:fs';
import { promisify } from 'node:util';
import { RECORD_HEADER_SIZE, readRecord, type DecodedRecord, type RecordReadResult } from './record-format';

const read = promisify(fs.read);

const DEFAULT_CHUNK_SIZE = 4 * 1024 * 1024;

export interface PositionedRecord extends DecodedRecord {
  /** File offset of the record's header. */
  offset: number;
}

export interface RecordStop {
  /** File offset where reading stopped: the end of the last intact record. */
  offset: number;
  reason: Extract<RecordReadResult, { ok: false }>['reason'];
}

/** Reads the records of a file region one by one, a few MiB at a time. */
export class RecordFileReader {
  private buffer = Buffer.alloc(0);
  private bufferStart: number;
  private position: number;

  constructor(
    private readonly fd: number,
    start: number,
    private readonly end: number,
    private readonly chunkSize = DEFAULT_CHUNK_SIZE,
  ) {
    this.bufferStart = start;
    this.position = start;
  }

  async next(): Promise<{ record: PositionedRecord } | { stop: RecordStop }> {
    for (;;) {
      const relative = this.position - this.bufferStart;
      const result = readRecord(this.buffer, relative);
      if (result.ok) {
        const offset = this.position;
        this.position = this.bufferStart + result.record.end;
        return { record: { ...result.record, offset, end: this.position } };
      }
      const incomplete =
        result.reason === 'end' || result.reason === 'short header' || result.reason === 'short body';
      if (incomplete && this.bufferStart + this.buffer.length < this.end) {
        await this.readMore(this.bytesNeeded(relative));
        continue;
      }
      return { stop: { offset: this.position, reason: result.reason } };
    }
  }

  private bytesNeeded(relative: number): number {
    const buffered = this.buffer.length - relative;
    if (buffered < RECORD_HEADER_SIZE) return RECORD_HEADER_SIZE;
    return RECORD_HEADER_SIZE + this.buffer.readUInt32LE(relative);
  }

  /** Keeps the unread bytes and appends at least enough to hold `needed` bytes from the position. */
  private async readMore(needed: number): Promise<void> {
    const kept = this.buffer.subarray(this.position - this.bufferStart);
    const bufferedEnd = this.bufferStart + this.buffer.length;
    const wanted = Math.max(this.chunkSize, needed - kept.length);
    const length = Math.min(wanted, this.end - bufferedEnd);
    const next = Buffer.allocUnsafe(kept.length + length);
    kept.copy(next, 0);
    await readExactly(this.fd, next, kept.length, length, bufferedEnd);
    this.buffer = next;
    this.bufferStart = this.position;
  }
}

export async function readRange(fd: number, start: number, end: number): Promise<Buffer> {
  const buffer = Buffer.allocUnsafe(end - start);
  await readExactly(fd, buffer, 0, buffer.length, start);
  return buffer;
}

async function readExactly(fd: number, target: Buffer, offset: number, length: number, position: number) {
  let done = 0;
  while (done < length) {
    const { bytesRead } = await read(fd, target, offset + done, length - done, position + done);
    if (bytesRead === 0) throw new Error(`Unexpected end of file at byte ${position + done}`);
    done += bytesRead;
  }
}
