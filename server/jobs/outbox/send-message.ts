import type { Logger } from 'pino';
import {
  ChatDeliveryError,
  type ChatDelivery,
  type ChatPlatform,
  type ChatTarget,
  type PostedMessage,
} from '../../../bot/chat/port';
import { OutboxMessageModel } from '../../store/models/outbox-message';
import { PostedMessageModel } from '../../store/models/posted-message';
import type { Claimed, OutboxClaims } from './claims';
import { deactivateTarget } from './deactivate-target';
import { classifyFailure } from './retry-policy';
import { batchedWrites } from './write-batch';

/** How long a message waits for a post another dispatcher is sending. */
export const WAIT_FOR_POST_MS = 1_000;
const PLATFORM_MISSING_DELAY_MS = 5 * 60_000;
/** Recently posted messages kept in memory, so their replies and updates need no lookup. */
const POSTED_CACHE_SIZE = 5_000;

type PlatformCall = <T>(platformCall: () => Promise<T>) => Promise<T>;

interface WriteError {
  code?: number;
  index: number;
}

interface PostedRecord {
  key: string;
  posted: PostedMessage;
  meeting?: Claimed['meeting'];
  binding?: Claimed['binding'];
  duplicate?: boolean;
}

/** What became of one claimed message. */
export type SendOutcome =
  | { kind: 'done' }
  | { kind: 'later'; at: Date; retryAfterMs?: number }
  /** Its post (`key`) is neither sent nor given up: the post has to go first. */
  | { kind: 'waits_for'; key: string };

/**
 * Sends one claimed message (post or update) and records the result: a post is recorded as
 * PostedMessage before the message is marked sent, so a dispatcher that takes over after a crash
 * does not post it again; replies and updates find their post by its key.
 */
export class MessageSender {
  private readonly posted = new Map<string, PostedMessage>();

  constructor(
    private readonly deps: {
      claims: OutboxClaims;
      deliveries: Partial<Record<ChatPlatform, ChatDelivery>>;
      clock: () => Date;
      logger: Pick<Logger, 'info' | 'warn' | 'error'>;
    },
  ) {}

  /**
   * `answered` is called as soon as the platform answered (or failed to), before the result is
   * recorded: the channel's pacing counts from there.
   */
  async send(message: Claimed, answered: () => void = () => {}): Promise<SendOutcome> {
    const delivery = this.deps.deliveries[message.target.platform];
    if (!delivery) return this.later(message, PLATFORM_MISSING_DELAY_MS, false, 'platform not configured');
    const call: PlatformCall = async (platformCall) => {
      try {
        return await platformCall();
      } finally {
        answered();
      }
    };
    try {
      return message.operation === 'post'
        ? await this.post(message, delivery, call)
        : await this.update(message, delivery, call);
    } catch (err) {
      return this.failed(message, err);
    }
  }

  private async post(message: Claimed, delivery: ChatDelivery, call: PlatformCall): Promise<SendOutcome> {
    // A first claim cannot have posted before; a later one may follow a crash after posting.
    if (message.attempts > 1 && (await PostedMessageModel.exists({ key: message.key }))) {
      await this.deps.claims.finish(message, 'sent', this.deps.clock());
      return { kind: 'done' };
    }
    let threadId: string | undefined;
    if (message.threadOf) {
      const parent = await this.postedFor(message.threadOf);
      if (parent) threadId = parent.threadId;
      else if (await this.stillComing(message.threadOf)) return { kind: 'waits_for', key: message.threadOf };
    }
    const target: ChatTarget = { ...message.target, ...(threadId ? { threadId } : {}) };
    const posted = await call(() => delivery.post(target, message.message));
    await this.recordPosted(message, posted);
    await this.deps.claims.finish(message, 'sent', this.deps.clock());
    return { kind: 'done' };
  }

  private async update(message: Claimed, delivery: ChatDelivery, call: PlatformCall): Promise<SendOutcome> {
    const key = message.updates ?? '';
    const posted = await this.postedFor(key);
    if (!posted) {
      if (await this.stillComing(key)) return { kind: 'waits_for', key };
      const reason = 'nothing to update: the post was never delivered';
      await this.deps.claims.finish(message, 'dropped', this.deps.clock(), reason);
      return { kind: 'done' };
    }
    await call(() => delivery.update(posted, message.message));
    await this.deps.claims.finish(message, 'sent', this.deps.clock());
    return { kind: 'done' };
  }

  /** Gives the message back, due again in `delayMs` (a retry, or waiting for a post sent elsewhere). */
  async later(
    message: Claimed,
    delayMs: number,
    countsAsAttempt: boolean,
    lastError?: string,
  ): Promise<Extract<SendOutcome, { kind: 'later' }>> {
    const at = new Date(this.deps.clock().getTime() + delayMs);
    await this.deps.claims.release(message, at, countsAsAttempt, lastError);
    return { kind: 'later', at };
  }

  private async postedFor(key: string): Promise<PostedMessage | null> {
    const cached = this.posted.get(key);
    if (cached) return cached;
    const record = await PostedMessageModel.findOne({ key }).lean();
    return record
      ? {
          platform: record.platform,
          tenantId: record.tenantId,
          channelId: record.channelId,
          messageId: record.messageId,
          threadId: record.threadId,
        }
      : null;
  }

  private async stillComing(postKey: string): Promise<boolean> {
    return (
      (await OutboxMessageModel.exists({ key: postKey, status: { $in: ['pending', 'sending'] } })) !== null
    );
  }

  private async recordPosted(message: Claimed, posted: PostedMessage): Promise<void> {
    const record: PostedRecord = {
      key: message.key,
      posted,
      meeting: message.meeting,
      binding: message.binding,
    };
    await this.writePosted(record);
    // Another dispatcher recorded the same post meanwhile: the first record stays, and is looked up.
    if (!record.duplicate) this.remember(message.key, posted);
  }

  private readonly writePosted = batchedWrites<PostedRecord>(async (records) => {
    const now = new Date();
    const docs = records.map(({ key, posted, meeting, binding }) => ({
      key,
      ...posted,
      ...(meeting ? { meeting } : {}),
      ...(binding ? { binding } : {}),
      createdAt: now,
      updatedAt: now,
    }));
    try {
      await PostedMessageModel.collection.insertMany(docs, { ordered: false });
    } catch (err) {
      const found = (err as { writeErrors?: WriteError[] | WriteError }).writeErrors;
      const errors = Array.isArray(found) ? found : found ? [found] : [];
      if (errors.length === 0 || errors.some((e) => e.code !== 11000)) throw err;
      for (const { index } of errors) if (records[index]) records[index].duplicate = true;
    }
  });

  private remember(key: string, posted: PostedMessage): void {
    if (this.posted.size >= POSTED_CACHE_SIZE) {
      const oldest = this.posted.keys().next().value;
      if (oldest !== undefined) this.posted.delete(oldest);
    }
    this.posted.set(key, posted);
  }

  private async failed(message: Claimed, err: unknown): Promise<SendOutcome> {
    const decision = classifyFailure(err, message.attempts);
    const text = err instanceof Error ? err.message : String(err);
    switch (decision.next) {
      case 'retry': {
        this.deps.logger.warn(
          { key: message.key, err: text, delayMs: decision.delayMs },
          'outbox: retrying later',
        );
        const outcome = await this.later(message, decision.delayMs, decision.countsAsAttempt, text);
        const rateLimited = err instanceof ChatDeliveryError && err.kind === 'rate_limited';
        return rateLimited ? { ...outcome, retryAfterMs: decision.delayMs } : outcome;
      }
      case 'target_gone':
        this.deps.logger.warn(
          { key: message.key, target: message.target },
          'outbox: target gone, deactivating',
        );
        await deactivateTarget(
          message.target,
          this.deps.clock(),
          this.deps.deliveries[message.target.platform],
        );
        await this.deps.claims.finish(message, 'dropped', this.deps.clock(), text);
        return { kind: 'done' };
      case 'give_up':
        this.deps.logger.error({ key: message.key, err: text }, 'outbox: giving up');
        await this.deps.claims.finish(message, 'failed', this.deps.clock(), text);
        return { kind: 'done' };
    }
  }
}
