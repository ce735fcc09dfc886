import { crc32 } from 'node:zlib';

/**
 * Framing of one record in a journal or snapshot file:
 *
 *   u32 body length | u32 CRC-32 | u32 seq (low) | u32 seq (high) | u32 index in write group | body
 *
 * The CRC covers the length, seq, group index and body. The group index is the record's position
 * in the write that put it on disk (one write + one sync per group); recovery uses it to tell a
 * torn final write apart from damage to data that had already been synced.
 */
export const RECORD_HEADER_SIZE = 20;
/** Smallest body: an empty BSON document. */
export const MIN_BODY_SIZE = 5;
export const MAX_BODY_SIZE = 256 * 1024 * 1024;

const LENGTH_OFFSET = 0;
const CRC_OFFSET = 4;
const SEQ_LOW_OFFSET = 8;
const SEQ_HIGH_OFFSET = 12;
const GROUP_INDEX_OFFSET = 16;

/** A record whose header is not filled in yet; `sealRecord` completes it once its place is known. */
export function createUnsealedRecord(body: Uint8Array): Buffer {
  if (body.length > MAX_BODY_SIZE) {
    throw new Error(`Record body of ${body.length} bytes exceeds the limit of ${MAX_BODY_SIZE} bytes`);
  }
  const record = Buffer.allocUnsafe(RECORD_HEADER_SIZE + body.length);
  record.set(body, RECORD_HEADER_SIZE);
  return record;
}

export function sealRecord(record: Buffer, seq: number, indexInGroup: number): void {
  record.writeUInt32LE(record.length - RECORD_HEADER_SIZE, LENGTH_OFFSET);
  record.writeUInt32LE(seq % 2 ** 32, SEQ_LOW_OFFSET);
  record.writeUInt32LE(Math.floor(seq / 2 ** 32), SEQ_HIGH_OFFSET);
  record.writeUInt32LE(indexInGroup, GROUP_INDEX_OFFSET);
  record.writeUInt32LE(checksumOf(record, 0, record.length), CRC_OFFSET);
}

export function encodeRecord(body: Uint8Array, seq: number, indexInGroup = 0): Buffer {
  const record = createUnsealedRecord(body);
  sealRecord(record, seq, indexInGroup);
  return record;
}

export interface DecodedRecord {
  seq: number;
  indexInGroup: number;
  /** Seq of the first record of the write group this record belonged to. */
  groupStartSeq: number;
  body: Buffer;
  /** Offset just past the record. */
  end: number;
}

export type RecordReadResult =
  | { ok: true; record: DecodedRecord }
  | { ok: false; reason: 'end' | 'short header' | 'bad length' | 'short body' | 'checksum mismatch' };

/** Reads the record starting at `offset`; `buffer` ends where the readable data ends. */
export function readRecord(buffer: Buffer, offset: number): RecordReadResult {
  const available = buffer.length - offset;
  if (available === 0) return { ok: false, reason: 'end' };
  if (available < RECORD_HEADER_SIZE) return { ok: false, reason: 'short header' };
  const length = buffer.readUInt32LE(offset + LENGTH_OFFSET);
  if (length < MIN_BODY_SIZE || length > MAX_BODY_SIZE) return { ok: false, reason: 'bad length' };
  const end = offset + RECORD_HEADER_SIZE + length;
  if (end > buffer.length) return { ok: false, reason: 'short body' };
  if (buffer.readUInt32LE(offset + CRC_OFFSET) !== checksumOf(buffer, offset, end)) {
    return { ok: false, reason: 'checksum mismatch' };
  }
  const seq =
    buffer.readUInt32LE(offset + SEQ_LOW_OFFSET) + buffer.readUInt32LE(offset + SEQ_HIGH_OFFSET) * 2 ** 32;
  const indexInGroup = buffer.readUInt32LE(offset + GROUP_INDEX_OFFSET);
  return {
    ok: true,
    record: {
      seq,
      indexInGroup,
      groupStartSeq: seq - indexInGroup,
      body: buffer.subarray(offset + RECORD_HEADER_SIZE, end),
      end,
    },
  };
}

/** Cheap pre-check used when searching damaged bytes for records: the seq field is in `[min, max]`. */
export function peekSeqInRange(buffer: Buffer, offset: number, min: number, max: number): boolean {
  if (buffer.length - offset < RECORD_HEADER_SIZE) return false;
  const length = buffer.readUInt32LE(offset + LENGTH_OFFSET);
  if (length < MIN_BODY_SIZE || offset + RECORD_HEADER_SIZE + length > buffer.length) return false;
  const seq =
    buffer.readUInt32LE(offset + SEQ_LOW_OFFSET) + buffer.readUInt32LE(offset + SEQ_HIGH_OFFSET) * 2 ** 32;
  return seq >= min && seq <= max;
}

function checksumOf(buffer: Buffer, start: number, end: number): number {
  const afterLength = crc32(buffer.subarray(start + LENGTH_OFFSET, start + CRC_OFFSET));
  return crc32(buffer.subarray(start + SEQ_LOW_OFFSET, end), afterLength);
}
