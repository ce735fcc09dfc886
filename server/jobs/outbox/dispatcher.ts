import { randomUUID } from 'node:crypto';
import type { Types } from 'mongoose';
import type { Logger } from 'pino';
import type { ChatMessage } from '../../../bot/chat/message';
import type { ChatDelivery, ChatPlatform, ChatTarget, PostedMessage } from '../../../bot/chat/port';
import { OutboxMessageModel } from '../../store/models/outbox-message';
import { PostedMessageModel } from '../../store/models/posted-message';
import { deactivateTarget } from './deactivate-target';
import { classifyFailure } from './retry-policy';

/** An outbox message as claimed (the stored shape). */
interface Claimed {
  _id: unknown;
  key: string;
  operation: 'post' | 'update';
  target: Pick<ChatTarget, 'platform' | 'tenantId' | 'channelId' | 'kind'>;
  threadOf?: string;
  updates?: string;
  message: ChatMessage;
  binding?: Types.ObjectId;
  meeting?: Types.ObjectId;
  attempts: number;
}

export interface DispatcherOptions {
  deliveries: Partial<Record<ChatPlatform, ChatDelivery>>;
  clock?: () => Date;
  logger: Pick<Logger, 'info' | 'warn' | 'error'>;
  /** How long a claim holds; a crashed dispatcher's messages are taken over after it. */
  leaseMs?: number;
  /** Parallel sends (one message each). */
  concurrency?: number;
  pollMs?: number;
  workerId?: string;
}

/** How long a message waits for the post it threads under or updates. */
const WAIT_FOR_POST_MS = 1_000;
const PLATFORM_MISSING_DELAY_MS = 5 * 60_000;

/**
 * Delivers the outbox. Several dispatchers (instances) may run: each message is claimed with a
 * lease; a sent post is recorded as PostedMessage before the message is marked sent, so a
 * dispatcher that takes over after a crash does not post it again.
 */
export class OutboxDispatcher {
  private readonly clock: () => Date;
  private readonly leaseMs: number;
  private readonly concurrency: number;
  private readonly pollMs: number;
  readonly workerId: string;
  private running = false;
  private workers: Promise<void>[] = [];
  private readonly queue: Claimed[] = [];
  private refilling?: Promise<void>;
  private readonly sleepers = new Set<() => void>();
  /** Messages this dispatcher holds, by key: a reply or update waits for its post in the same batch. */
  private readonly inFlight = new Map<string, Promise<void>>();

  constructor(private readonly options: DispatcherOptions) {
    this.clock = options.clock ?? (() => new Date());
    this.leaseMs = options.leaseMs ?? 60_000;
    this.concurrency = options.concurrency ?? 8;
    this.pollMs = options.pollMs ?? 1_000;
    this.workerId = options.workerId ?? `outbox-${randomUUID()}`;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.workers = Array.from({ length: this.concurrency }, () => this.work());
  }

  async stop(): Promise<void> {
    this.running = false;
    this.nudge();
    await Promise.all(this.workers);
    this.workers = [];
    // Claimed but not started: give them back now instead of after the lease.
    const unstarted = this.queue.splice(0);
    await Promise.all(unstarted.map((message) => this.release(message, 0, false)));
    for (const message of unstarted) {
      this.inFlight.delete(message.key);
      (message as Claimed & { done?: () => void }).done?.();
    }
  }

  /** Shortens the wait after new messages were enqueued. */
  nudge(): void {
    for (const wake of this.sleepers) wake();
    this.sleepers.clear();
  }

  /** Claims and handles one due message; false when none is due. */
  async deliverOne(): Promise<boolean> {
    const [message] = this.track(await this.claimBatch(1));
    if (!message) return false;
    await this.handleTracked(message);
    return true;
  }

  /** Delivers until nothing is due (tests, catch-up). */
  async drain(): Promise<number> {
    let count = 0;
    for (;;) {
      const batch = this.track(await this.claimBatch(this.concurrency));
      if (batch.length === 0) return count;
      await Promise.all(batch.map((message) => this.handleTracked(message)));
      count += batch.length;
    }
  }

  /** Workers share a local queue; whoever finds it empty refills it with one batch claim. */
  private async work(): Promise<void> {
    while (this.running) {
      try {
        const message = this.queue.shift() ?? (await this.refill());
        if (message) {
          await this.handleTracked(message);
          continue;
        }
      } catch (err) {
        this.options.logger.error({ err }, 'outbox: delivery loop failed');
      }
      const waitMs = await this.untilNextDue().catch(() => this.pollMs);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, waitMs);
        this.sleepers.add(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  private async refill(): Promise<Claimed | undefined> {
    this.refilling ??= this.claimBatch(this.concurrency * 2).then((batch) => {
      this.queue.push(...this.track(batch));
      if (batch.length > 1) this.nudge();
    });
    try {
      await this.refilling;
    } finally {
      this.refilling = undefined;
    }
    return this.queue.shift();
  }

  /** Sleeps until the earliest waiting message is due (a Retry-After ends), at most `pollMs`. */
  private async untilNextDue(): Promise<number> {
    const next = await OutboxMessageModel.findOne({ status: 'pending' }, { availableAt: 1 })
      .sort({ availableAt: 1 })
      .lean();
    if (!next) return this.pollMs;
    return Math.min(this.pollMs, Math.max(5, next.availableAt.getTime() - this.clock().getTime()));
  }

  /**
   * Finds due messages (and ones whose claim expired) and claims each with a conditional update,
   * so of several dispatchers exactly one gets each message.
   */
  private async claimBatch(limit: number): Promise<Claimed[]> {
    const now = this.clock();
    const [due, stale] = await Promise.all([
      OutboxMessageModel.find({ status: 'pending', availableAt: { $lte: now } }, { _id: 1 })
        .sort({ availableAt: 1 })
        .limit(limit)
        .lean(),
      OutboxMessageModel.find({ status: 'sending', leaseUntil: { $lt: now } }, { _id: 1 })
        .limit(limit)
        .lean(),
    ]);
    const claimed = await Promise.all(
      [...stale, ...due].slice(0, limit).map(({ _id }) =>
        OutboxMessageModel.findOneAndUpdate(
          {
            _id,
            $or: [
              { status: 'pending', availableAt: { $lte: now } },
              { status: 'sending', leaseUntil: { $lt: now } },
            ],
          },
          {
            $set: {
              status: 'sending',
              leaseUntil: new Date(now.getTime() + this.leaseMs),
              claimedBy: this.workerId,
            },
            $inc: { attempts: 1 },
          },
          { returnDocument: 'after' },
        ).lean<Claimed>(),
      ),
    );
    return claimed.filter((message): message is Claimed => message !== null);
  }

  /** Registers claimed messages as in flight before any of them starts. */
  private track(batch: Claimed[]): (Claimed & { done?: () => void })[] {
    return batch.map((message) => {
      let done!: () => void;
      this.inFlight.set(message.key, new Promise<void>((resolve) => (done = resolve)));
      return Object.assign(message, { done });
    });
  }

  private async handleTracked(message: Claimed & { done?: () => void }): Promise<void> {
    try {
      await this.handle(message);
    } finally {
      this.inFlight.delete(message.key);
      message.done?.();
    }
  }

  /** The post a reply or update depends on, waiting for it if this dispatcher is sending it right now. */
  private async postedFor(key: string) {
    // Still waiting in our queue: send it first, here, rather than wait for another worker.
    const queued = this.queue.findIndex((message) => message.key === key);
    if (queued >= 0) {
      const [parent] = this.queue.splice(queued, 1);
      if (parent) await this.handleTracked(parent);
    }
    const pending = this.inFlight.get(key);
    if (pending) await pending;
    return PostedMessageModel.findOne({ key }).lean();
  }

  private async handle(message: Claimed): Promise<void> {
    const delivery = this.options.deliveries[message.target.platform];
    if (!delivery) return this.release(message, PLATFORM_MISSING_DELAY_MS, false, 'platform not configured');
    try {
      if (message.operation === 'post') await this.post(message, delivery);
      else await this.update(message, delivery);
    } catch (err) {
      await this.failed(message, err);
    }
  }

  private async post(message: Claimed, delivery: ChatDelivery): Promise<void> {
    // A first claim cannot have posted before; a later one may follow a crash after posting.
    if (message.attempts > 1 && (await PostedMessageModel.exists({ key: message.key })))
      return this.finish(message, 'sent');
    let threadId: string | undefined;
    if (message.threadOf) {
      const parent = await this.postedFor(message.threadOf);
      if (parent) threadId = parent.threadId;
      else if (await this.stillComing(message.threadOf))
        return this.release(message, WAIT_FOR_POST_MS, false);
    }
    const target: ChatTarget = { ...message.target, ...(threadId ? { threadId } : {}) };
    const posted = await delivery.post(target, message.message);
    await this.recordPosted(message, posted);
    await this.finish(message, 'sent');
  }

  private async update(message: Claimed, delivery: ChatDelivery): Promise<void> {
    const key = message.updates ?? '';
    const posted = await this.postedFor(key);
    if (!posted) {
      if (await this.stillComing(key)) return this.release(message, WAIT_FOR_POST_MS, false);
      return this.finish(message, 'dropped', 'nothing to update: the post was never delivered');
    }
    const ref: PostedMessage = {
      platform: posted.platform,
      tenantId: posted.tenantId,
      channelId: posted.channelId,
      messageId: posted.messageId,
      threadId: posted.threadId,
    };
    await delivery.update(ref, message.message);
    await this.finish(message, 'sent');
  }

  private async stillComing(postKey: string): Promise<boolean> {
    return (
      (await OutboxMessageModel.exists({ key: postKey, status: { $in: ['pending', 'sending'] } })) !== null
    );
  }

  private async recordPosted(message: Claimed, posted: PostedMessage): Promise<void> {
    try {
      await PostedMessageModel.create({
        key: message.key,
        ...posted,
        meeting: message.meeting,
        binding: message.binding,
      });
    } catch (err) {
      // Another dispatcher recorded the same post meanwhile: keep the first record.
      if ((err as { code?: unknown }).code !== 11000) throw err;
    }
  }

  private async failed(message: Claimed, err: unknown): Promise<void> {
    const decision = classifyFailure(err, message.attempts);
    const text = err instanceof Error ? err.message : String(err);
    switch (decision.next) {
      case 'retry':
        this.options.logger.warn(
          { key: message.key, err: text, delayMs: decision.delayMs },
          'outbox: retrying later',
        );
        return this.release(message, decision.delayMs, decision.countsAsAttempt, text);
      case 'target_gone':
        this.options.logger.warn(
          { key: message.key, target: message.target },
          'outbox: target gone, deactivating',
        );
        await deactivateTarget(
          message.target,
          this.clock(),
          this.options.deliveries[message.target.platform],
        );
        return this.finish(message, 'dropped', text);
      case 'give_up':
        this.options.logger.error({ key: message.key, err: text }, 'outbox: giving up');
        return this.finish(message, 'failed', text);
    }
  }

  /** Puts a claimed message back; only while this dispatcher still holds the claim. */
  private async release(
    message: Claimed,
    delayMs: number,
    countsAsAttempt: boolean,
    lastError?: string,
  ): Promise<void> {
    await OutboxMessageModel.updateOne(
      { _id: message._id, status: 'sending', claimedBy: this.workerId },
      {
        $set: {
          status: 'pending',
          availableAt: new Date(this.clock().getTime() + delayMs),
          ...(lastError ? { lastError } : {}),
        },
        $unset: { leaseUntil: 1, claimedBy: 1 },
        ...(countsAsAttempt ? {} : { $inc: { attempts: -1 } }),
      },
    );
  }

  private async finish(
    message: Claimed,
    status: 'sent' | 'failed' | 'dropped',
    lastError?: string,
  ): Promise<void> {
    await OutboxMessageModel.updateOne(
      { _id: message._id, status: 'sending', claimedBy: this.workerId },
      {
        $set: {
          status,
          ...(status === 'sent' ? { sentAt: this.clock() } : {}),
          ...(lastError ? { lastError } : {}),
        },
        $unset: { leaseUntil: 1, claimedBy: 1 },
      },
    );
  }
}
