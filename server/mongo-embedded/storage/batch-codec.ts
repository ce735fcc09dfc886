import { calculateObjectSize, deserialize, serialize, setInternalBufferSize, type Document } from 'bson';
import { normalizeIncoming } from '../bson-values';
import type { Mutation } from './persistence';

/*
 * Decoded like the wire layer decodes incoming documents (wire/messages.ts), so that documents come
 * back from disk in exactly the form the engine stored them: every BSON type stays distinct —
 * Int32, Double and Long are decoded as wrappers and then brought into the stored form (JS numbers,
 * except doubles that would re-encode as int32, which stay `Double`); Long and Decimal128 stay
 * wrapped; regular expressions become JS RegExp, as on the wire.
 */
const DECODE_OPTIONS = {
  promoteValues: false,
  promoteLongs: false,
  promoteBuffers: false,
  bsonRegExp: false,
} as const;

/** Optional mutation fields left undefined are omitted rather than stored as null. */
const ENCODE_OPTIONS = { ignoreUndefined: true, checkKeys: false } as const;

export function encodeBatch(batch: readonly Mutation[]): Uint8Array {
  return encodeDocument({ b: batch });
}

export function decodeBatch(body: Uint8Array): Mutation[] {
  const document = deserialize(body, DECODE_OPTIONS);
  const batch: unknown = document.b;
  if (!Array.isArray(batch)) throw new Error('Journal record does not hold a mutation batch');
  return batch.map((mutation) => normalizeIncoming(mutation) as Mutation);
}

/** Marks the end of a snapshot file; a snapshot without it is incomplete. */
export function encodeSnapshotEnd(batchCount: number): Uint8Array {
  return encodeDocument({ end: batchCount });
}

/** The batch count if `body` is a snapshot's end marker, otherwise undefined. */
export function snapshotEndCount(body: Uint8Array): number | undefined {
  if (firstKeyOf(body) !== 'end') return undefined;
  return Number(deserialize(body).end);
}

/** The first field name of a BSON document: int32 size, one type byte, then the name as a C string. */
function firstKeyOf(body: Uint8Array): string {
  const nameStart = 5;
  const nameEnd = body.indexOf(0, nameStart);
  return nameEnd < 0
    ? ''
    : Buffer.from(body.buffer, body.byteOffset + nameStart, nameEnd - nameStart).toString();
}

/** Like bson's `serialize`, but also for documents beyond its 17 MiB work buffer, which then grows. */
function encodeDocument(document: Document): Uint8Array {
  try {
    return serialize(document, ENCODE_OPTIONS);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    setInternalBufferSize(calculateObjectSize(document, ENCODE_OPTIONS));
    return serialize(document, ENCODE_OPTIONS);
  }
}
