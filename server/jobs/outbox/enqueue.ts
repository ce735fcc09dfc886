import type { Types } from 'mongoose';
import type { ChatMessage } from '../../../bot/chat/message';
import type { ChatTarget } from '../../../bot/chat/port';
import { OutboxMessageModel } from '../../store/models/outbox-message';
import { isDuplicateKey } from './process-once';

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
  const docs = entries.map((entry) => ({
    ...new OutboxMessageModel({ ...entry, status: 'pending', availableAt: now }).toObject(),
    createdAt: now,
    updatedAt: now,
  }));
  try {
    const result = await OutboxMessageModel.collection.insertMany(docs, { ordered: false });
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
    return bulk.insertedCount;
  }
}

/**
 * Updates are not idempotent by key alone: each change must reach the post. An update still
 * waiting gets the newer content; a sent or claimed one is re-armed (a dispatcher finishing the
 * older content then no longer holds the claim, so the newer content is sent after it).
 */
export async function enqueueUpdate(entry: OutboxEntry & { operation: 'update' }, now: Date): Promise<void> {
  const rearm = {
    $set: { ...entry, status: 'pending', availableAt: now, attempts: 0 },
    $unset: { leaseUntil: 1, claimedBy: 1, lastError: 1, sentAt: 1 },
  };
  const existing = await OutboxMessageModel.findOneAndUpdate({ key: entry.key }, rearm);
  if (existing) return;
  try {
    await OutboxMessageModel.create({ ...entry, status: 'pending', availableAt: now });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    await OutboxMessageModel.findOneAndUpdate({ key: entry.key }, rearm);
  }
}
