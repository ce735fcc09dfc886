import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { ChatDelivery, ChatPlatform } from '../../../bot/chat/port';
import { ChannelPacer } from './channel-pacer';
import { OutboxClaims, type Claimed } from './claims';
import { onOutboxEnqueued } from './outbox-signal';
import { MessageSender, WAIT_FOR_POST_MS, type SendOutcome } from './send-message';

/** A delivery may say how far apart its writes to one channel must be (Slack: one per second). */
export type PacedDelivery = ChatDelivery & { readonly channelIntervalMs?: number };

export interface DispatcherOptions {
  deliveries: Partial<Record<ChatPlatform, PacedDelivery>>;
  clock?: () => Date;
  logger: Pick<Logger, 'info' | 'warn' | 'error'>;
  /** How long a claim holds; a crashed dispatcher's messages are taken over after it. */
  leaseMs?: number;
  /** Parallel sends (one message each, at most one per channel). */
  concurrency?: number;
  /** How often to look for work nobody told this process about (other instances, expired claims). */
  pollMs?: number;
  workerId?: string;
}

/** Messages of one channel this dispatcher holds, sent one at a time in order. */
interface Lane {
  key: string;
  channelId: string;
  intervalMs: number;
  queue: Claimed[];
  /** The message being sent. */
  current?: Claimed;
}

/** At most this many messages of one channel are claimed ahead of sending (a few seconds at Slack's pace). */
const AHEAD_PER_CHANNEL = 8;
/** At most this many messages are claimed and not yet done. */
const MAX_HELD = 1_000;

/**
 * Delivers the outbox. Several dispatchers (instances) may run: each message is claimed with a
 * lease (see OutboxClaims) and sent by its holder. Messages of one channel go one at a time, in
 * order, paced by the platform's per-channel limit and any Retry-After; a reply or update goes
 * after its post. Enqueueing in this process wakes the dispatcher at once, a paced channel wakes
 * it when its next message is due, and a poll finds what other instances enqueued.
 */
export class OutboxDispatcher {
  readonly workerId: string;
  private readonly clock: () => Date;
  private readonly leaseMs: number;
  private readonly concurrency: number;
  private readonly pollMs: number;
  private readonly claims: OutboxClaims;
  private readonly sender: MessageSender;
  private readonly pacer = new ChannelPacer();
  private readonly lanes = new Map<string, Lane>();
  private readonly sending = new Set<Promise<void>>();
  private running = false;
  /** The database may have due messages this dispatcher has not claimed yet. */
  private claimWanted = false;
  private claiming?: Promise<void>;
  /** Channels left out of the last claim because enough of theirs are held here. */
  private skipped = new Set<string>();
  /** When the earliest message waiting in the database is due (clock time), as last seen. */
  private databaseDueAt = Infinity;
  private claimedAt = -Infinity;
  private timer?: NodeJS.Timeout;
  private renewal?: NodeJS.Timeout;
  private unsubscribe?: () => void;

  constructor(private readonly options: DispatcherOptions) {
    this.clock = options.clock ?? (() => new Date());
    this.leaseMs = options.leaseMs ?? 60_000;
    this.concurrency = options.concurrency ?? 64;
    this.pollMs = options.pollMs ?? 1_000;
    this.workerId = options.workerId ?? `outbox-${randomUUID()}`;
    this.claims = new OutboxClaims(this.workerId, this.leaseMs);
    this.sender = new MessageSender({
      claims: this.claims,
      deliveries: options.deliveries,
      clock: this.clock,
      logger: options.logger,
    });
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.unsubscribe = onOutboxEnqueued(() => this.nudge());
    this.renewal = setInterval(() => {
      this.renewClaims().catch((err: unknown) =>
        this.options.logger.error({ err }, 'outbox: renewing claims failed'),
      );
    }, this.leaseMs / 3);
    this.nudge();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.unsubscribe?.();
    clearTimeout(this.timer);
    clearInterval(this.renewal);
    await this.claiming;
    await Promise.all(this.sending);
    // Claimed but not started: give them back now instead of after the lease.
    const unstarted = [...this.lanes.values()].flatMap((lane) => lane.queue.splice(0));
    this.lanes.clear();
    await Promise.all(unstarted.map((message) => this.claims.release(message, this.clock(), false)));
  }

  /** New messages were enqueued (by this or another instance): claim them now. */
  nudge(): void {
    this.claimWanted = true;
    this.pump();
  }

  /** Delivers until nothing is due, without pacing waits (tests, catch-up). */
  async drain(): Promise<number> {
    let count = 0;
    for (;;) {
      const batch = await this.claims.claimDue(this.clock(), this.concurrency);
      if (batch.length === 0) return count;
      count += batch.length;
      const lanes = new Map<string, Lane>();
      for (const message of batch) this.laneOf(lanes, message).queue.push(message);
      await Promise.all(
        [...lanes.values()].map(async (lane) => {
          while (lane.queue.length > 0) await this.sendNext(lane);
        }),
      );
    }
  }

  /** Starts what may start, claims when there may be more, and sleeps until the next due time. */
  private pump(): void {
    if (!this.running) return;
    for (const lane of this.lanes.values()) {
      if (this.sending.size >= this.concurrency) break;
      if (!lane.current && lane.queue.length > 0 && this.pacer.nextAt(lane.key) === 0)
        this.track(this.runLane(lane));
    }
    if (this.claimWanted && !this.claiming && this.mayClaim()) {
      this.claiming = this.claim()
        .catch((err: unknown) => {
          this.options.logger.error({ err }, 'outbox: claiming failed');
        })
        .finally(() => {
          this.claiming = undefined;
          this.pump();
        });
    }
    this.sleep();
  }

  private track(run: Promise<void>): void {
    const tracked = run.finally(() => {
      this.sending.delete(tracked);
      this.pump();
    });
    this.sending.add(tracked);
  }

  private async claim(): Promise<void> {
    this.claimWanted = false;
    this.claimedAt = performance.now();
    const skip = [...this.lanes.values()]
      .filter((lane) => lane.queue.length + (lane.current ? 1 : 0) >= AHEAD_PER_CHANNEL)
      .map((lane) => lane.channelId);
    this.skipped = new Set(skip);
    const limit = Math.min(this.concurrency * 2, MAX_HELD - this.held());
    const batch = await this.claims.claimDue(this.clock(), limit, skip);
    for (const message of batch) this.laneOf(this.lanes, message).queue.push(message);
    if (batch.length === limit) {
      this.claimWanted = true;
      return;
    }
    const next = await this.claims.nextDue(skip);
    this.databaseDueAt = next?.getTime() ?? Infinity;
  }

  /**
   * Messages wait here for their channel's turn: their claims are renewed well before they run
   * out, so no other dispatcher takes them over meanwhile. One that was taken over is let go.
   */
  private async renewClaims(): Promise<void> {
    const held = [...this.lanes.values()].flatMap((lane) => [
      ...(lane.current ? [lane.current] : []),
      ...lane.queue,
    ]);
    if (held.length === 0) return;
    const renewed = await this.claims.renew(held, this.clock());
    for (const lane of this.lanes.values()) {
      lane.queue = lane.queue.filter((message) => renewed.has(String(message._id)));
      if (lane.queue.length === 0 && !lane.current) this.lanes.delete(lane.key);
    }
  }

  private laneOf(lanes: Map<string, Lane>, message: Claimed): Lane {
    const { platform, tenantId, channelId } = message.target;
    const key = `${platform}:${tenantId}:${channelId}`;
    let lane = lanes.get(key);
    if (!lane) {
      const intervalMs = this.options.deliveries[platform]?.channelIntervalMs ?? 0;
      lane = { key, channelId, intervalMs, queue: [] };
      lanes.set(key, lane);
    }
    return lane;
  }

  /** Sending comes first: while enough is ready to send, claiming more would only slow it down. */
  private mayClaim(): boolean {
    return this.held() < MAX_HELD && this.readyToSend() < this.concurrency;
  }

  /** Channels whose next message could be sent now but waits for a free send. */
  private readyToSend(): number {
    let ready = 0;
    for (const lane of this.lanes.values())
      if (!lane.current && lane.queue.length > 0 && this.pacer.nextAt(lane.key) === 0) ready++;
    return ready;
  }

  /** Messages claimed here and not done yet. */
  private held(): number {
    let held = 0;
    for (const lane of this.lanes.values()) held += lane.queue.length + (lane.current ? 1 : 0);
    return held;
  }

  /** Sends the lane's next message (started by pump). */
  private async runLane(lane: Lane): Promise<void> {
    try {
      await this.sendNext(lane);
    } finally {
      if (lane.queue.length === 0 && !lane.current) this.lanes.delete(lane.key);
      // Its channel was left out of the last claim; now there is room for more of it.
      if (this.skipped.has(lane.channelId)) this.claimWanted = true;
    }
  }

  private async sendNext(lane: Lane): Promise<void> {
    const message = lane.queue.shift();
    if (!message) return;
    lane.current = message;
    try {
      if (!(await this.stillHeld(message))) return;
      const outcome = await this.sender.send(message, () => this.pacer.called(lane.key, lane.intervalMs));
      if (outcome.kind === 'waits_for') return await this.sendPostFirst(lane, message, outcome.key);
      if (outcome.kind === 'later') await this.laneLater(lane, outcome);
    } catch (err) {
      this.options.logger.error({ err, key: message.key }, 'outbox: delivery failed');
    } finally {
      lane.current = undefined;
    }
  }

  /** A reply or update whose post is not sent yet: the post goes first, or the message waits for it. */
  private async sendPostFirst(lane: Lane, message: Claimed, postKey: string): Promise<void> {
    if (this.putPostFirst(lane, message, postKey)) return;
    const post = await this.claims.claimKey(postKey, this.clock());
    if (post) {
      lane.queue.unshift(post, message);
      return;
    }
    // A claim of ours running meanwhile may have taken it; otherwise another dispatcher sends it,
    // or it waits for a retry itself.
    await this.claiming;
    if (this.putPostFirst(lane, message, postKey)) return;
    const { at } = await this.sender.later(message, WAIT_FOR_POST_MS, false);
    this.databaseDueAt = Math.min(this.databaseDueAt, at.getTime());
  }

  /** Moves the post ahead of the message when this lane holds it. */
  private putPostFirst(lane: Lane, message: Claimed, postKey: string): boolean {
    const queued = lane.queue.findIndex((held) => held.key === postKey);
    if (queued < 0) return false;
    const [post] = lane.queue.splice(queued, 1);
    if (post) lane.queue.unshift(post, message);
    return true;
  }

  /**
   * The message went back to wait (rate limit, temporary failure): so does the rest of its channel,
   * due after it, so the channel's order holds; a rate limit also holds the channel here.
   */
  private async laneLater(lane: Lane, outcome: Extract<SendOutcome, { kind: 'later' }>): Promise<void> {
    if (outcome.retryAfterMs !== undefined) this.pacer.rateLimited(lane.key, outcome.retryAfterMs);
    const rest = lane.queue.splice(0);
    await Promise.all(rest.map((message) => this.claims.release(message, outcome.at, false)));
    this.databaseDueAt = Math.min(this.databaseDueAt, outcome.at.getTime());
  }

  /** A message that waited long for its turn renews its claim first; false when it was lost. */
  private async stillHeld(message: Claimed): Promise<boolean> {
    const now = this.clock();
    if (message.leaseUntil.getTime() - now.getTime() > this.leaseMs / 2) return true;
    return this.claims.extend(message, now);
  }

  /** Until the next paced channel or database message is due, at most `pollMs`. */
  private sleep(): void {
    clearTimeout(this.timer);
    if (!this.running) return;
    let delayMs = this.pollMs;
    const now = performance.now();
    for (const lane of this.lanes.values()) {
      if (lane.current || lane.queue.length === 0) continue;
      const at = this.pacer.nextAt(lane.key);
      if (at > 0) delayMs = Math.min(delayMs, at - now);
    }
    // A claim that may not run now runs when a send ends; no timer for it.
    if (Number.isFinite(this.databaseDueAt) && this.mayClaim())
      delayMs = Math.min(delayMs, this.databaseDueAt - this.clock().getTime());
    this.timer = setTimeout(() => this.wake(), Math.max(1, Math.ceil(delayMs)));
  }

  private wake(): void {
    const due = this.databaseDueAt <= this.clock().getTime();
    // Without a hint, look again every pollMs: other instances enqueue too, and claims expire.
    if (due || performance.now() - this.claimedAt >= this.pollMs) this.claimWanted = true;
    this.pump();
  }
}
