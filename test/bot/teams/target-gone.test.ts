import mongoose from 'mongoose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMongoTeamsConversationStore } from '../../../bot/teams/conversation-store';
import { createTeamsDelivery } from '../../../bot/teams/delivery';
import { OutboxDispatcher } from '../../../server/jobs/outbox/dispatcher';
import { enqueueMessages, type OutboxEntry } from '../../../server/jobs/outbox/enqueue';
import { ChannelBindingModel } from '../../../server/store/models/channel-binding';
import { ChatConversationModel } from '../../../server/store/models/chat-conversation';
import { OutboxMessageModel } from '../../../server/store/models/outbox-message';
import { TeamsConversationModel } from '../../../server/store/models/teams-conversation';
import { clearDatabase, connectTestDatabase } from '../../jobs/support/connect';
import { BOT, CHANNEL_ID, TEAM_ID, TENANT } from './support/activities';
import { FakeBotFramework } from './support/fake-bot-framework';
import { CREDENTIALS, createTeamsApp } from './support/http-harness';

const silent = { info: () => {}, warn: () => {}, error: () => {} };
const OTHER_CHANNEL = '19:finanzausschuss@thread.tacv2';
const fake = new FakeBotFramework();
let db: { stop: () => Promise<void> };

beforeAll(async () => {
  db = await connectTestDatabase();
  await fake.start();
});
afterAll(async () => {
  await fake.stop();
  await db.stop();
});
beforeEach(clearDatabase);

function agendaTo(channelId: string, key: string): OutboxEntry {
  return {
    key,
    operation: 'post',
    target: { platform: 'teams', tenantId: TENANT, channelId, kind: 'channel' },
    message: { text: 'Tagesordnung Digitalausschuss', fallbackText: 'Tagesordnung' },
  };
}

async function installedIn(channelId: string) {
  const store = createMongoTeamsConversationStore();
  await store.activate({
    conversationId: channelId,
    type: 'channel',
    tenantId: TENANT,
    teamId: TEAM_ID,
    serviceUrl: fake.serviceUrl,
    botId: BOT.id,
  });
  await ChatConversationModel.create({ platform: 'teams', tenantId: TENANT, channelId, kind: 'channel' });
  return ChannelBindingModel.create({
    platform: 'teams',
    tenantId: TENANT,
    channelId,
    organization: new mongoose.Types.ObjectId(),
    confidentiality: 'public',
  });
}

describe('a Teams channel the Bot Connector says is gone', () => {
  it('is deactivated everywhere: binding, neutral conversation and the Teams conversation reference', async () => {
    const gone = await installedIn(CHANNEL_ID);
    const other = await installedIn(OTHER_CHANNEL);
    const { adapter } = createTeamsApp(fake);
    const delivery = createTeamsDelivery({
      adapter,
      appId: CREDENTIALS.appId,
      store: createMongoTeamsConversationStore(),
    });
    const now = new Date('2026-03-01T09:00:00Z');
    const dispatcher = new OutboxDispatcher({
      deliveries: { teams: delivery },
      clock: () => now,
      logger: silent,
      concurrency: 1,
    });

    fake.requests.length = 0;
    fake.failNext(403, {}, { error: { code: 'BotNotInConversationRoster' } });
    await enqueueMessages([agendaTo(CHANNEL_ID, 'gone:1')], now);
    await dispatcher.drain();

    expect((await ChannelBindingModel.findById(gone._id).lean())?.active).toBe(false);
    expect(await ChatConversationModel.findOne({ channelId: CHANNEL_ID }).lean()).toMatchObject({
      active: false,
    });
    const reference = await TeamsConversationModel.findOne({ conversationId: CHANNEL_ID }).lean();
    expect(reference).toMatchObject({ active: false });
    expect(reference?.removedAt).toBeInstanceOf(Date);
    expect(await OutboxMessageModel.findOne({ key: 'gone:1' }).lean()).toMatchObject({ status: 'dropped' });

    // Later messages to it are dropped without calling Teams; other channels are untouched.
    const callsBefore = fake.requests.length;
    await enqueueMessages([agendaTo(CHANNEL_ID, 'gone:2'), agendaTo(OTHER_CHANNEL, 'other:1')], now);
    await dispatcher.drain();
    expect(await OutboxMessageModel.findOne({ key: 'gone:2' }).lean()).toMatchObject({ status: 'dropped' });
    expect(await OutboxMessageModel.findOne({ key: 'other:1' }).lean()).toMatchObject({ status: 'sent' });
    expect(fake.requests.slice(callsBefore).map((r) => r.path)).toEqual([
      `/v3/conversations/${encodeURIComponent(OTHER_CHANNEL)}/activities`,
    ]);
    expect((await ChannelBindingModel.findById(other._id).lean())?.active).toBe(true);
    expect(await TeamsConversationModel.findOne({ conversationId: OTHER_CHANNEL }).lean()).toMatchObject({
      active: true,
    });
  });
});
