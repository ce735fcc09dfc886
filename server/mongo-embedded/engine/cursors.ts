import { calculateObjectSize, Long, type Document } from 'bson';
import { Codes, MongoError } from '../errors';

/** Batches stop growing at this many bytes, like MongoDB's 16 MiB reply limit. */
const MAX_BATCH_BYTES = 16 * 1024 * 1024 - 64 * 1024;
const DEFAULT_FIRST_BATCH = 101;
const IDLE_TIMEOUT_MS = 10 * 60_000;

interface ServerCursor {
  id: bigint;
  ns: string;
  docs: Document[];
  position: number;
  sessionKey: string | undefined;
  lastUsed: number;
}

/** Open cursors over materialized results (a find sees the state as of its start). */
export class CursorManager {
  private readonly cursors = new Map<bigint, ServerCursor>();
  private nextId = BigInt(Math.floor(Math.random() * 2 ** 40)) * 1000n + 1n;

  /** The `cursor` reply field for a fresh result set; keeps a server cursor when documents remain. */
  open(
    ns: string,
    docs: Document[],
    options: { batchSize?: number; singleBatch?: boolean; sessionKey?: string },
  ): Document {
    const cursor: ServerCursor = {
      id: 0n,
      ns,
      docs,
      position: 0,
      sessionKey: options.sessionKey,
      lastUsed: Date.now(),
    };
    const firstBatch =
      options.batchSize === 0 ? [] : takeBatch(cursor, options.batchSize ?? DEFAULT_FIRST_BATCH);
    if (cursor.position < docs.length && !options.singleBatch) {
      cursor.id = this.nextId++;
      this.cursors.set(cursor.id, cursor);
    }
    return { firstBatch, id: Long.fromBigInt(cursor.id), ns };
  }

  getMore(id: bigint, ns: string, batchSize: number | undefined): Document {
    const cursor = this.cursors.get(id);
    if (!cursor) throw new MongoError(Codes.CursorNotFound, `cursor id ${id} not found`);
    if (cursor.ns !== ns) {
      throw new MongoError(
        Codes.Unauthorized,
        `Requested getMore on namespace '${ns}', but cursor belongs to a different namespace ${cursor.ns}`,
      );
    }
    cursor.lastUsed = Date.now();
    const nextBatch = takeBatch(cursor, batchSize ?? Number.MAX_SAFE_INTEGER);
    const exhausted = cursor.position >= cursor.docs.length;
    if (exhausted) this.cursors.delete(id);
    return { nextBatch, id: Long.fromBigInt(exhausted ? 0n : id), ns };
  }

  kill(ids: bigint[]): { killed: bigint[]; notFound: bigint[] } {
    const killed: bigint[] = [];
    const notFound: bigint[] = [];
    for (const id of ids) (this.cursors.delete(id) ? killed : notFound).push(id);
    return { killed, notFound };
  }

  killSession(sessionKey: string): void {
    for (const [id, cursor] of this.cursors) if (cursor.sessionKey === sessionKey) this.cursors.delete(id);
  }

  closeIdle(now = Date.now()): void {
    for (const [id, cursor] of this.cursors)
      if (now - cursor.lastUsed > IDLE_TIMEOUT_MS) this.cursors.delete(id);
  }

  get openCount(): number {
    return this.cursors.size;
  }

  clear(): void {
    this.cursors.clear();
  }
}

function takeBatch(cursor: ServerCursor, batchSize: number): Document[] {
  const batch: Document[] = [];
  let bytes = 0;
  const limit = batchSize > 0 ? batchSize : Number.MAX_SAFE_INTEGER;
  while (cursor.position < cursor.docs.length && batch.length < limit) {
    const doc = cursor.docs[cursor.position]!;
    // The first document always goes; sizes only matter from the second on (a findOne has none).
    if (batch.length > 0) {
      if (batch.length === 1) bytes = calculateObjectSize(batch[0]!);
      const size = calculateObjectSize(doc);
      if (bytes + size > MAX_BATCH_BYTES) break;
      bytes += size;
    }
    batch.push(doc);
    cursor.position++;
  }
  return batch;
}
