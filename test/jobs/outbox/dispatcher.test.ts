import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import { ChatDeliveryError } from '../../../bot/chat/port';
import { OutboxDispatcher } from '../../../server/jobs/outbox/dispatcher';
import { enqueueMessages, enqueueUpdate, type OutboxEntry } from '../../../server/jobs/outbox/enqueue';
import { ChannelBindingModel } from '../../../server/store/models/channel-binding';
import { OutboxMessageModel } from '../../../server/store/models/outbox-message';
import { PostedMessageModel } from '../../../server/store/models/posted-message';
import { connectTestDatabase } from '../support/connect';
import { FakeDelivery } from '../support/fake-delivery';

const silent = { info: () => {}, warn: () => {}, error: () => {} };
let db: { stop: () => Promise<void> };
let now: Date;
const clock = () => now;

beforeAll(async () => {
  db = await connectTestDatabase();
});
afterAll(async () => db.stop());
beforeEach(async () => {
  now = new Date('2026-03-01T09:00:00Z');
  await Promise.all([
    OutboxMessageModel.deleteMany({}),
    PostedMessageModel.deleteMany({}),
    ChannelBindingModel.deleteMany({}),
  ]);
});

function post(channelId: string, key = `test:${channelId}`): OutboxEntry {
  return {
    key,
    operation: 'post',
    target: { platform: 'slack', tenantId: 'T1', channelId, kind: 'channel' },
    message: { text: `hello ${channelId}`, fallbackText: 'hello' },
  };
}

function dispatcher(delivery: FakeDelivery, workerId: string, leaseMs = 60_000) {
  return new OutboxDispatcher({ deliveries: { slack: delivery }, clock, logger: silent, workerId, leaseMs });
}

describe('outbox dispatcher', () => {
  it('delivers each key once, however often it is enqueued', async () => {
    const delivery = new FakeDelivery();
    expect(await enqueueMessages([post('C1'), post('C2')], now)).toBe(2);
    expect(await enqueueMessages([post('C1')], now)).toBe(0);
    expect(await enqueueMessages([post('C1'), post('C3'), post('C2')], now)).toBe(1);
    await dispatcher(delivery, 'a').drain();
    await dispatcher(delivery, 'b').drain();
    expect(delivery.sent.map((s) => s.channelId).sort()).toEqual(['C1', 'C2', 'C3']);
    expect(await OutboxMessageModel.countDocuments({ status: 'sent' })).toBe(3);
  });

  it('two dispatchers working at once send every message exactly once', async () => {
    const delivery = new FakeDelivery();
    await enqueueMessages(
      Array.from({ length: 30 }, (_, i) => post(`C${i}`)),
      now,
    );
    const a = dispatcher(delivery, 'a');
    const b = dispatcher(delivery, 'b');
    await Promise.all([a.drain(), b.drain(), a.drain(), b.drain()]);
    const channels = delivery.sent.map((s) => s.channelId);
    expect(channels).toHaveLength(30);
    expect(new Set(channels).size).toBe(30);
  });

  it('a crashed claimer’s message is taken over after its lease, and not posted twice when it was already posted', async () => {
    const delivery = new FakeDelivery();
    await enqueueMessages([post('C1'), post('C2')], now);
    // Dispatcher "a" claims both and dies: one before sending, one after sending but before marking it sent.
    await OutboxMessageModel.updateMany(
      {},
      {
        $set: { status: 'sending', claimedBy: 'a', leaseUntil: new Date(now.getTime() + 60_000) },
        $inc: { attempts: 1 },
      },
    );
    await PostedMessageModel.create({
      key: 'test:C2',
      platform: 'slack',
      tenantId: 'T1',
      channelId: 'C2',
      messageId: 'old',
      threadId: 'old',
    });
    const b = dispatcher(delivery, 'b');
    expect(await b.drain()).toBe(0);
    now = new Date(now.getTime() + 61_000);
    expect(await b.drain()).toBe(2);
    expect(delivery.sent.map((s) => s.channelId)).toEqual(['C1']);
    expect(await OutboxMessageModel.countDocuments({ status: 'sent' })).toBe(2);
  });

  it('honours Retry-After on 429 and does not count it as a failed attempt', async () => {
    const delivery = new FakeDelivery();
    delivery.failNext('C1', new ChatDeliveryError('rate_limited', 'ratelimited', 30));
    await enqueueMessages([post('C1')], now);
    const d = dispatcher(delivery, 'a');
    await d.drain();
    expect(delivery.sent).toHaveLength(0);
    const waiting = await OutboxMessageModel.findOne({ key: 'test:C1' }).lean();
    expect(waiting?.status).toBe('pending');
    expect(waiting?.availableAt.getTime()).toBe(now.getTime() + 30_000);
    expect(waiting?.attempts).toBe(0);
    now = new Date(now.getTime() + 29_000);
    expect(await d.drain()).toBe(0);
    now = new Date(now.getTime() + 1_000);
    await d.drain();
    expect(delivery.sent).toHaveLength(1);
  });

  it('backs off exponentially on temporary errors and gives up eventually', async () => {
    const delivery = new FakeDelivery();
    delivery.failNext('C1', ...Array.from({ length: 8 }, () => new ChatDeliveryError('temporary', '502')));
    await enqueueMessages([post('C1')], now);
    const d = dispatcher(delivery, 'a');
    const delays: number[] = [];
    for (let attempt = 0; attempt < 8; attempt++) {
      await d.drain();
      const doc = await OutboxMessageModel.findOne({ key: 'test:C1' }).lean();
      if (doc?.status !== 'pending') break;
      delays.push(doc.availableAt.getTime() - now.getTime());
      now = doc.availableAt;
    }
    expect(delays.slice(0, 4)).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect((await OutboxMessageModel.findOne({ key: 'test:C1' }).lean())?.status).toBe('failed');
    expect(delivery.sent).toHaveLength(0);
  });

  it('deactivates the binding when the channel is gone (404) and drops what waits for it', async () => {
    const delivery = new FakeDelivery();
    const binding = await ChannelBindingModel.create({
      platform: 'slack',
      tenantId: 'T1',
      channelId: 'C404',
      organization: new mongoose.Types.ObjectId(),
      confidentiality: 'public',
    });
    delivery.failNext('C404', ...[1, 2].map(() => new ChatDeliveryError('target_gone', 'channel_not_found')));
    await enqueueMessages([post('C404', 'a'), post('C404', 'b')], now);
    await dispatcher(delivery, 'a').drain();
    expect((await ChannelBindingModel.findById(binding._id).lean())?.active).toBe(false);
    expect(await OutboxMessageModel.countDocuments({ status: 'dropped' })).toBe(2);
    expect(delivery.sent).toHaveLength(0);
  });

  it('posts thread replies under the post and updates the post in place', async () => {
    const delivery = new FakeDelivery();
    await enqueueMessages([{ ...post('C1', 'notice'), threadOf: 'agenda' }, post('C1', 'agenda')], now);
    await enqueueUpdate({ ...post('C1', 'agenda:update'), operation: 'update', updates: 'agenda' }, now);
    const d = dispatcher(delivery, 'a');
    await d.drain();
    now = new Date(now.getTime() + 2_000);
    await d.drain();
    const agenda = delivery.sent.find((s) => s.operation === 'post' && !s.threadId);
    expect(agenda).toBeDefined();
    expect(delivery.sent.find((s) => s.threadId)?.threadId).toBe(agenda?.messageId);
    expect(delivery.sent.find((s) => s.operation === 'update')?.messageId).toBe(agenda?.messageId);
  });
});
