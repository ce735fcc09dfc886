import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ChatDeliveryError } from '../../../bot/chat/port';
import { OutboxDispatcher } from '../../../server/jobs/outbox/dispatcher';
import { enqueueMessages, enqueueUpdate, type OutboxEntry } from '../../../server/jobs/outbox/enqueue';
import { OutboxMessageModel } from '../../../server/store/models/outbox-message';
import { PostedMessageModel } from '../../../server/store/models/posted-message';
import { connectTestDatabase } from '../support/connect';
import { PacedDelivery } from '../support/paced-delivery';

/** Running dispatchers on the real clock, with short intervals; loopback only. */
const INTERVAL_MS = 80;
const silent = { info: () => {}, warn: () => {}, error: () => {} };
let db: { stop: () => Promise<void> };
const running: OutboxDispatcher[] = [];

beforeAll(async () => {
  db = await connectTestDatabase();
});
afterAll(async () => db.stop());
beforeEach(async () => {
  await Promise.all([OutboxMessageModel.deleteMany({}), PostedMessageModel.deleteMany({})]);
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((dispatcher) => dispatcher.stop()));
});

function post(channelId: string, key: string, extra: Partial<OutboxEntry> = {}): OutboxEntry {
  return {
    key,
    operation: 'post',
    target: { platform: 'slack', tenantId: 'T1', channelId, kind: 'channel' },
    message: { text: key, fallbackText: key },
    ...extra,
  };
}

/** A started dispatcher; it polls only once a minute, so anything faster is its own doing. */
function start(
  delivery: PacedDelivery,
  options: { leaseMs?: number; workerId?: string; concurrency?: number } = {},
) {
  const dispatcher = new OutboxDispatcher({
    deliveries: { slack: delivery },
    logger: silent,
    pollMs: 60_000,
    ...options,
  });
  dispatcher.start();
  running.push(dispatcher);
  return dispatcher;
}

async function until(done: () => boolean, timeoutMs = 5_000): Promise<void> {
  const giveUp = performance.now() + timeoutMs;
  while (!done()) {
    if (performance.now() > giveUp) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const gaps = (times: number[]) => times.slice(1).map((time, i) => time - times[i]!);

describe('outbox pacing per channel', () => {
  it('spaces each channel’s messages by the platform’s interval, in order, channels in parallel, never too fast', async () => {
    const delivery = new PacedDelivery(INTERVAL_MS);
    start(delivery);
    const started = performance.now();
    await enqueueMessages(
      [1, 2, 3].flatMap((n) => [post('C1', `c1-${n}`), post('C2', `c2-${n}`)]).concat(post('C3', 'c3-1')),
      new Date(),
    );
    await until(() => delivery.sent.length === 7);
    for (const channel of ['C1', 'C2']) {
      const sends = delivery.sentTo(channel);
      expect(sends.map((send) => send.text)).toEqual([1, 2, 3].map((n) => `${channel.toLowerCase()}-${n}`));
      for (const gap of gaps(sends.map((send) => send.at))) expect(gap).toBeGreaterThanOrEqual(INTERVAL_MS);
      expect(sends[0]!.at - started).toBeLessThan(INTERVAL_MS);
    }
    expect(delivery.rateLimited).toBe(0);
    expect(performance.now() - started).toBeLessThan(2 * INTERVAL_MS + 300);
  });

  it('wakes at once when a message is enqueued, and when its channel may take the next one', async () => {
    const delivery = new PacedDelivery(INTERVAL_MS);
    start(delivery);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const enqueued = performance.now();
    await enqueueMessages([post('C1', 'first')], new Date());
    await until(() => delivery.sent.length === 1);
    expect(delivery.sent[0]!.at - enqueued).toBeLessThan(50);
    await enqueueMessages([post('C1', 'second')], new Date());
    await until(() => delivery.sent.length === 2);
    const gap = delivery.sent[1]!.at - delivery.sent[0]!.at;
    expect(gap).toBeGreaterThanOrEqual(INTERVAL_MS);
    expect(gap).toBeLessThan(INTERVAL_MS + 60);
  });

  it('holds a channel for exactly the Retry-After the platform named, without delaying other channels, and keeps its order', async () => {
    const delivery = new PacedDelivery(INTERVAL_MS);
    delivery.failNext('C1', new ChatDeliveryError('rate_limited', 'slow down', 1));
    start(delivery);
    const started = performance.now();
    await enqueueMessages([post('C1', 'a'), post('C1', 'b'), post('C2', 'other')], new Date());
    await until(() => delivery.sentTo('C2').length === 1);
    expect(delivery.sentTo('C2')[0]!.at - started).toBeLessThan(INTERVAL_MS);
    await until(() => delivery.sentTo('C1').length === 2);
    const [a, b] = delivery.sentTo('C1');
    expect([a?.text, b?.text]).toEqual(['a', 'b']);
    expect(a!.at - started).toBeGreaterThanOrEqual(1_000);
    expect(a!.at - started).toBeLessThan(1_000 + 150);
    expect(b!.at - a!.at).toBeGreaterThanOrEqual(INTERVAL_MS);
    const retried = await OutboxMessageModel.findOne({ key: 'a' }).lean();
    expect(retried).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('sends a post before its update and its thread reply, also when those were enqueued first', async () => {
    const delivery = new PacedDelivery(INTERVAL_MS);
    const now = new Date();
    await enqueueMessages([post('C1', 'reply', { threadOf: 'agenda' })], now);
    await enqueueUpdate({ ...post('C1', 'agenda:update'), operation: 'update', updates: 'agenda' }, now);
    await enqueueMessages([post('C1', 'agenda')], now);
    const started = performance.now();
    start(delivery, { concurrency: 1 });
    await until(() => delivery.sent.length === 3);
    // Within the pacing, without waiting a poll or a retry for the post.
    expect(performance.now() - started).toBeLessThan(2 * INTERVAL_MS + 500);
    const [agenda, ...rest] = delivery.sent;
    expect(agenda).toMatchObject({ operation: 'post', text: 'agenda', threadId: undefined });
    expect(rest.find((send) => send.text === 'reply')?.threadId).toBe(agenda!.messageId);
    expect(rest.find((send) => send.operation === 'update')?.messageId).toBe(agenda!.messageId);
    expect(delivery.rateLimited).toBe(0);
  });

  it('two running dispatchers send every message exactly once', async () => {
    const delivery = new PacedDelivery(20);
    start(delivery, { workerId: 'a' });
    start(delivery, { workerId: 'b' });
    await enqueueMessages(
      Array.from({ length: 40 }, (_, i) => post(`C${i % 20}`, `m${i}`)),
      new Date(),
    );
    await until(() => delivery.sent.length >= 40);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(delivery.sent.map((send) => send.text).sort()).toEqual(
      Array.from({ length: 40 }, (_, i) => `m${i}`).sort(),
    );
    expect(await OutboxMessageModel.countDocuments({ status: 'sent' })).toBe(40);
  });

  it('renews the claims of messages waiting for their channel, so no other dispatcher takes them over', async () => {
    const delivery = new PacedDelivery(150);
    start(delivery, { workerId: 'a', leaseMs: 200 });
    await enqueueMessages(
      [1, 2, 3, 4].map((n) => post('C1', `slow-${n}`)),
      new Date(),
    );
    await until(() => delivery.sent.length === 1);
    // The last one waits 450 ms, more than its claim's 200; "b" keeps looking for expired claims.
    const b = start(delivery, { workerId: 'b', leaseMs: 200 });
    const look = setInterval(() => b.nudge(), 10);
    try {
      await until(() => delivery.sent.length === 4);
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      clearInterval(look);
    }
    expect(delivery.sent.map((send) => send.text)).toEqual([1, 2, 3, 4].map((n) => `slow-${n}`));
    expect(delivery.rateLimited).toBe(0);
  });
});
