import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ChatDeliveryError, type ChatTarget } from '../../../bot/chat/port';
import { createTeamsDelivery } from '../../../bot/teams/delivery';
import type { ChatMessage } from '../../../bot/chat/message';
import { BOT, CHANNEL_ID, TEAM_ID, TENANT } from './support/activities';
import { FakeBotFramework } from './support/fake-bot-framework';
import { CREDENTIALS, createTeamsApp } from './support/http-harness';

const agenda: ChatMessage = {
  title: 'Tagesordnung Digitalausschuss, 18.02.2021',
  buttons: [
    { actionId: 'attendance.respond', label: 'Ich nehme teil', value: { meetingId: 'm1', answer: 'yes' } },
  ],
  fallbackText: 'Tagesordnung Digitalausschuss',
};
const channel: ChatTarget = { platform: 'teams', tenantId: TENANT, channelId: CHANNEL_ID, kind: 'channel' };

describe('Teams delivery against a fake Bot Connector', () => {
  const fake = new FakeBotFramework();
  beforeAll(() => fake.start());
  afterAll(() => fake.stop());

  let delivery: ReturnType<typeof createTeamsDelivery>;
  let store: ReturnType<typeof createTeamsApp>['store'];
  beforeEach(async () => {
    const teams = createTeamsApp(fake);
    store = teams.store;
    delivery = createTeamsDelivery({ adapter: teams.adapter, appId: CREDENTIALS.appId, store });
    await store.activate({
      conversationId: CHANNEL_ID,
      type: 'channel',
      tenantId: TENANT,
      teamId: TEAM_ID,
      serviceUrl: fake.serviceUrl,
      botId: BOT.id,
    });
    fake.requests.length = 0;
  });

  it('posts a card to a channel and updates it in place', async () => {
    const posted = await delivery.post(channel, agenda);
    expect(posted).toMatchObject({ platform: 'teams', tenantId: TENANT, channelId: CHANNEL_ID });
    expect(posted.threadId).toBe(posted.messageId);

    await delivery.update(posted, { ...agenda, title: 'Tagesordnung (geändert)' });

    const [post, update] = fake.requests;
    expect(post).toMatchObject({
      method: 'POST',
      path: `/v3/conversations/${encodeURIComponent(CHANNEL_ID)}/activities`,
    });
    expect(post?.authorization).toMatch(/^Bearer outbound-/);
    expect(post?.body).toMatchObject({
      type: 'message',
      conversation: { id: CHANNEL_ID },
      attachments: [
        {
          contentType: 'application/vnd.microsoft.card.adaptive',
          content: { version: '1.5', actions: [{ type: 'Action.Execute', verb: 'attendance.respond' }] },
        },
      ],
    });
    expect(update).toMatchObject({
      method: 'PUT',
      path: `/v3/conversations/${encodeURIComponent(CHANNEL_ID)}/activities/${posted.messageId}`,
      body: { type: 'message', id: posted.messageId },
    });
    expect(JSON.stringify(update?.body)).toContain('Tagesordnung (geändert)');
  });

  it('replies in the thread of a posted message', async () => {
    const posted = await delivery.post(
      { ...channel, threadId: 'root-1' },
      { text: 'Nachtrag: TOP 4.1', fallbackText: 'Nachtrag' },
    );
    expect(posted.threadId).toBe('root-1');
    expect(fake.requests[0]?.path).toBe(
      `/v3/conversations/${encodeURIComponent(`${CHANNEL_ID};messageid=root-1`)}/activities`,
    );
  });

  async function failureOf(promise: Promise<unknown>): Promise<ChatDeliveryError> {
    const error = await promise.then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ChatDeliveryError);
    return error as ChatDeliveryError;
  }

  it('reports 429 as rate limited with the Retry-After seconds', async () => {
    fake.failNext(429, { 'Retry-After': '7' });
    const error = await failureOf(delivery.post(channel, agenda));
    expect(error.kind).toBe('rate_limited');
    expect(error.retryAfterSeconds).toBe(7);
  });

  it('reports 403 and 404 on a post as a gone target, 5xx as temporary', async () => {
    fake.failNext(403, {}, { error: { code: 'BotNotInConversationRoster' } });
    expect((await failureOf(delivery.post(channel, agenda))).kind).toBe('target_gone');
    fake.failNext(404, {}, { error: { code: 'ConversationNotFound' } });
    expect((await failureOf(delivery.post(channel, agenda))).kind).toBe('target_gone');
    fake.failNext(502);
    expect((await failureOf(delivery.post(channel, agenda))).kind).toBe('temporary');
  });

  it('reports an update of a deleted message as permanent, not as a gone channel', async () => {
    const posted = await delivery.post(channel, agenda);
    fake.failNext(404, {}, { error: { code: 'NotFound', message: 'Activity not found' } });
    expect((await failureOf(delivery.update(posted, agenda))).kind).toBe('permanent');
  });

  it('does not call Teams for a conversation the bot was removed from', async () => {
    await store.deactivate(CHANNEL_ID);
    expect((await failureOf(delivery.post(channel, agenda))).kind).toBe('target_gone');
    expect(fake.requests).toHaveLength(0);
  });
});
