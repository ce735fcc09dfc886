import { Types } from 'mongoose';
import type { ChatMessage } from '../../../bot/chat/message';
import type { ChatTarget } from '../../../bot/chat/port';
import { OutboxMessageModel } from '../../store/models/outbox-message';
import { outboxEnqueued } from './outbox-signal';
import { isDuplicateKey } from './process-once';
import { batchedWrites } from './write-batch';

export interface OutboxEntry {
  /** Idempotency key: the same key is delivered once, however often it is enqueued. */
  key: string;
  operation: 'post' | 'update';
  target: Pick<ChatTarget, 'platform' | 'tenantId' | 'channelId' | 'kind'>;
  message: ChatMessage;
  /** Post into the thread of the post with this key. */
  threadOf?: string;
  /** Replace the post with this key. */
  updates?: string;
  binding?: string | Types.ObjectId;
  meeting?: string | Types.ObjectId;
}

/** Adds messages to the outbox in one write; returns how many were new (the rest were already there). */
export async function enqueueMessages(entries: readonly OutboxEntry[], now: Date): Promise<number> {
  if (entries.length === 0) return 0;
  // Callers re-enqueue what may be there already (every change repeats the agenda posts): a
  // lookup of the keys is far cheaper than inserting whole messages only to have them refused.
  const existing = await OutboxMessageModel.collection
    .find({ key: { $in: entries.map((entry) => entry.key) } }, { projection: { _id: 0, key: 1 } })
    .toArray();
  const known = new Set(existing.map((doc) => String(doc.key)));
  const docs = entries.filter((entry) => !known.has(entry.key)).map((entry) => newMessage(entry, now));
  if (docs.length === 0) return 0;
  try {
    const result = await OutboxMessageModel.collection.insertMany(docs, { ordered: false });
    if (result.insertedCount > 0) outboxEnqueued();
    return result.insertedCount;
  } catch (err) {
    // Duplicate keys are the point of the key; any other write error is a real failure.
    const bulk = err as { writeErrors?: { code?: number }[] | { code?: number }; insertedCount?: number };
    const errors = Array.isArray(bulk.writeErrors)
      ? bulk.writeErrors
      : bulk.writeErrors
        ? [bulk.writeErrors]
        : [];
    if (errors.length === 0 || errors.some((e) => e.code !== 11000) || bulk.insertedCount === undefined)
      throw err;
    if (bulk.insertedCount > 0) outboxEnqueued();
    return bulk.insertedCount;
  }
}

/** The stored shape of a new outbox message, built directly (it is written without a model). */
function newMessage(entry: OutboxEntry, now: Date) {
  const { platform, tenantId, channelId, kind } = entry.target;
  return {
    _id: new Types.ObjectId(),
    key: entry.key,
    operation: entry.operation,
    target: { platform, tenantId, channelId, kind },
    message: entry.message,
    ...(entry.threadOf !== undefined ? { threadOf: entry.threadOf } : {}),
    ...(entry.updates !== undefined ? { updates: entry.updates } : {}),
    ...(entry.binding !== undefined ? { binding: new Types.ObjectId(entry.binding) } : {}),
    ...(entry.meeting !== undefined ? { meeting: new Types.ObjectId(entry.meeting) } : {}),
    status: 'pending',
    attempts: 0,
    availableAt: now,
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * Updates are not idempotent by key alone: each change must reach the post. An update still
 * waiting gets the newer content; a sent or claimed one is re-armed (a dispatcher finishing the
 * older content then no longer holds the claim, so the newer content is sent after it).
 * Updates enqueued together (one per channel of a change) are written together.
 */
export async function enqueueUpdate(entry: OutboxEntry & { operation: 'update' }, now: Date): Promise<void> {
  await writeUpdate({ entry, now });
}

interface WaitingUpdate {
  entry: OutboxEntry & { operation: 'update' };
  now: Date;
}

const writeUpdate = batchedWrites<WaitingUpdate>(async (batch) => {
  try {
    await OutboxMessageModel.collection.bulkWrite(batch.map(rearm));
  } catch (err) {
    // Another instance inserted one of the keys first: re-arm those one by one, now as updates.
    if (!isDuplicateKey(err) && !hasOnlyDuplicateKeyErrors(err)) throw err;
    for (const waiting of batch) await OutboxMessageModel.collection.bulkWrite([rearm(waiting)]);
  }
  outboxEnqueued();
});

function rearm({ entry, now }: WaitingUpdate) {
  const { _id, createdAt, ...fields } = newMessage(entry, now);
  return {
    updateOne: {
      filter: { key: entry.key },
      update: {
        $set: fields,
        $unset: { leaseUntil: '', claimedBy: '', lastError: '', sentAt: '' },
        // The id is made here, not by the server, so it orders with the messages enqueued around it.
        $setOnInsert: { _id, createdAt },
      },
      upsert: true,
    },
  };
}

function hasOnlyDuplicateKeyErrors(err: unknown): boolean {
  const errors = (err as { writeErrors?: { code?: number }[] }).writeErrors;
  return Array.isArray(errors) && errors.length > 0 && errors.every((e) => e.code === 11000);
}
