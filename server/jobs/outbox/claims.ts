import type { Types } from 'mongoose';
import type { ChatMessage } from '../../../bot/chat/message';
import type { ChatTarget } from '../../../bot/chat/port';
import { OutboxMessageModel } from '../../store/models/outbox-message';
import { batchedWrites } from './write-batch';

/** An outbox message as claimed (the stored shape). */
export interface Claimed {
  _id: Types.ObjectId;
  key: string;
  operation: 'post' | 'update';
  target: Pick<ChatTarget, 'platform' | 'tenantId' | 'channelId' | 'kind'>;
  threadOf?: string;
  updates?: string;
  message: ChatMessage;
  binding?: Types.ObjectId;
  meeting?: Types.ObjectId;
  attempts: number;
  leaseUntil: Date;
  /** This claim's own token: release, finish and renewal hold only while it is still the message's. */
  claimedBy: string;
}

interface Finish {
  message: Claimed;
  status: 'sent' | 'failed' | 'dropped';
  now: Date;
  lastError?: string;
}

/** Due, or claimed by a dispatcher whose lease ran out (it crashed). */
const claimable = (now: Date) => ({
  $or: [
    { status: 'pending' as const, availableAt: { $lte: now } },
    { status: 'sending' as const, leaseUntil: { $lt: now } },
  ],
});

/**
 * The claims of one dispatcher (one instance): each message is taken with a conditional update,
 * so of several dispatchers exactly one holds it, until its lease ends.
 */
export class OutboxClaims {
  private claimCount = 0;

  constructor(
    readonly workerId: string,
    private readonly leaseMs: number,
  ) {}

  /**
   * Claims up to `limit` claimable messages, oldest first, leaving out the channels in
   * `skipChannels` (this dispatcher holds enough of theirs). Three round trips for the whole batch.
   */
  async claimDue(now: Date, limit: number, skipChannels: readonly string[] = []): Promise<Claimed[]> {
    if (limit <= 0) return [];
    const skip = skipChannels.length > 0 ? { 'target.channelId': { $nin: skipChannels } } : {};
    const [due, stale] = await Promise.all([
      OutboxMessageModel.find({ status: 'pending', availableAt: { $lte: now }, ...skip }, { _id: 1 })
        .sort({ availableAt: 1, _id: 1 })
        .limit(limit)
        .lean(),
      OutboxMessageModel.find({ status: 'sending', leaseUntil: { $lt: now }, ...skip }, { _id: 1 })
        .limit(limit)
        .lean(),
    ]);
    const ids = [...stale, ...due].slice(0, limit).map(({ _id }) => _id);
    if (ids.length === 0) return [];
    const claimedBy = this.nextToken();
    await OutboxMessageModel.updateMany(
      { _id: { $in: ids }, ...claimable(now) },
      {
        $set: { status: 'sending', leaseUntil: new Date(now.getTime() + this.leaseMs), claimedBy },
        $inc: { attempts: 1 },
      },
    );
    // Ours are exactly those with this claim's token; another claim may have taken the rest.
    const claimed = await OutboxMessageModel.collection
      .find<Claimed>({ status: 'sending', claimedBy })
      .toArray();
    const order = new Map(ids.map((id, index) => [String(id), index]));
    return claimed.sort((a, b) => (order.get(String(a._id)) ?? 0) - (order.get(String(b._id)) ?? 0));
  }

  private nextToken(): string {
    return `${this.workerId}#${++this.claimCount}`;
  }

  /** Claims one message by key if it is claimable now (a post its reply or update waits for). */
  async claimKey(key: string, now: Date): Promise<Claimed | null> {
    return OutboxMessageModel.findOneAndUpdate(
      { key, ...claimable(now) },
      {
        $set: {
          status: 'sending',
          leaseUntil: new Date(now.getTime() + this.leaseMs),
          claimedBy: this.nextToken(),
        },
        $inc: { attempts: 1 },
      },
      { returnDocument: 'after' },
    ).lean<Claimed>();
  }

  /** Lengthens the claim of a message that waits for its turn; false when the claim was lost. */
  async extend(message: Claimed, now: Date): Promise<boolean> {
    const leaseUntil = new Date(now.getTime() + this.leaseMs);
    const result = await OutboxMessageModel.updateOne(
      { _id: message._id, status: 'sending', claimedBy: message.claimedBy },
      { $set: { leaseUntil } },
    );
    if (result.modifiedCount === 0) return false;
    message.leaseUntil = leaseUntil;
    return true;
  }

  /** Renews the claims of messages still waiting here; returns the ids of those still held. */
  async renew(messages: readonly Claimed[], now: Date): Promise<Set<string>> {
    const leaseUntil = new Date(now.getTime() + this.leaseMs);
    const byToken = new Map<string, Claimed[]>();
    for (const message of messages)
      byToken.set(message.claimedBy, [...(byToken.get(message.claimedBy) ?? []), message]);
    await OutboxMessageModel.collection.bulkWrite(
      [...byToken].map(([claimedBy, claimed]) => ({
        updateMany: {
          filter: { _id: { $in: claimed.map((message) => message._id) }, status: 'sending', claimedBy },
          update: { $set: { leaseUntil } },
        },
      })),
    );
    const still = await OutboxMessageModel.collection
      .find(
        { status: 'sending', claimedBy: { $in: [...byToken.keys()] }, leaseUntil },
        { projection: { _id: 1 } },
      )
      .toArray();
    const held = new Set(still.map(({ _id }) => String(_id)));
    for (const message of messages) if (held.has(String(message._id))) message.leaseUntil = leaseUntil;
    return held;
  }

  /** Puts a claimed message back, due at `availableAt`; only while this dispatcher still holds it. */
  async release(
    message: Claimed,
    availableAt: Date,
    countsAsAttempt: boolean,
    lastError?: string,
  ): Promise<void> {
    await OutboxMessageModel.updateOne(
      { _id: message._id, status: 'sending', claimedBy: message.claimedBy },
      {
        $set: { status: 'pending', availableAt, ...(lastError ? { lastError } : {}) },
        $unset: { leaseUntil: 1, claimedBy: 1 },
        ...(countsAsAttempt ? {} : { $inc: { attempts: -1 } }),
      },
    );
  }

  /** Marks a claimed message done; only while this dispatcher still holds it. Batched per turn. */
  async finish(
    message: Claimed,
    status: 'sent' | 'failed' | 'dropped',
    now: Date,
    lastError?: string,
  ): Promise<void> {
    await this.writeFinish({ message, status, now, lastError });
  }

  private readonly writeFinish = batchedWrites<Finish>(async (finishes) => {
    await OutboxMessageModel.collection.bulkWrite(
      finishes.map(({ message, status, now, lastError }) => ({
        updateOne: {
          filter: { _id: message._id, status: 'sending', claimedBy: message.claimedBy },
          update: {
            $set: {
              status,
              updatedAt: new Date(),
              ...(status === 'sent' ? { sentAt: now } : {}),
              ...(lastError ? { lastError } : {}),
            },
            $unset: { leaseUntil: '', claimedBy: '' },
          },
        },
      })),
      { ordered: false },
    );
  });

  /**
   * When the earliest waiting message becomes due (or a claim runs out), leaving out the channels
   * in `skipChannels`; undefined when none waits.
   */
  async nextDue(skipChannels: readonly string[] = []): Promise<Date | undefined> {
    const skip = skipChannels.length > 0 ? { 'target.channelId': { $nin: skipChannels } } : {};
    const [pending, sending] = await Promise.all([
      OutboxMessageModel.findOne({ status: 'pending', ...skip }, { availableAt: 1 })
        .sort({ availableAt: 1 })
        .lean(),
      OutboxMessageModel.findOne({ status: 'sending', ...skip }, { leaseUntil: 1 })
        .sort({ leaseUntil: 1 })
        .lean(),
    ]);
    const times = [pending?.availableAt, sending?.leaseUntil].filter((t): t is Date => t instanceof Date);
    return times.length > 0 ? new Date(Math.min(...times.map((t) => t.getTime()))) : undefined;
  }
}
