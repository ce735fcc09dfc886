import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ChatDeliveryError } from '../../../bot/chat/port';
import { SlackDelivery } from '../../../bot/slack/delivery';
import { fixedToken } from '../../../bot/slack/tokens';
import { FakeSlackApi } from './support/fake-slack-api';

let api: FakeSlackApi;
let delivery: SlackDelivery;
const target = { platform: 'slack' as const, tenantId: 'T1', channelId: 'C1', kind: 'channel' as const };
const message = { title: 'Tagesordnung', text: '**TOP 1** Eröffnung <script>', fallbackText: 'Tagesordnung' };

beforeAll(async () => {
  api = new FakeSlackApi();
  await api.start();
});
afterAll(async () => api.stop());
beforeEach(() => {
  api.calls.length = 0;
  api.perChannelPerSecond = 0;
  delivery = new SlackDelivery({ tokens: fixedToken('xoxb-test'), slackApiUrl: api.apiUrl });
});

async function failure(promise: Promise<unknown>): Promise<ChatDeliveryError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ChatDeliveryError);
  return err as ChatDeliveryError;
}

describe('SlackDelivery', () => {
  it('posts Block Kit with escaped mrkdwn and returns the message ts as id and thread', async () => {
    const posted = await delivery.post(target, message);
    const call = api.callsTo('chat.postMessage')[0];
    expect(call?.body.text).toBe('Tagesordnung');
    expect(JSON.stringify(call?.body.blocks)).toContain('*TOP 1* Eröffnung &lt;script&gt;');
    expect(posted).toMatchObject({ platform: 'slack', channelId: 'C1', threadId: posted.messageId });
  });

  it('replies in a thread and updates with chat.update', async () => {
    const posted = await delivery.post(target, message);
    await delivery.post(
      { ...target, threadId: posted.messageId },
      { text: 'Änderung', fallbackText: 'Änderung' },
    );
    await delivery.update(posted, { text: 'neu', fallbackText: 'neu' });
    expect(api.callsTo('chat.postMessage')[1]?.body.thread_ts).toBe(posted.messageId);
    expect(api.callsTo('chat.update')[0]?.body).toMatchObject({
      channel: 'C1',
      ts: posted.messageId,
      text: 'neu',
    });
  });

  it('reports 429 as rate_limited with Slack’s Retry-After', async () => {
    api.perChannelPerSecond = 1;
    await delivery.post(target, message);
    const err = await failure(delivery.post(target, message));
    expect(err.kind).toBe('rate_limited');
    expect(err.retryAfterSeconds).toBe(1);
  });

  it('reports a missing channel as target_gone and a 5xx as temporary', async () => {
    api.failChannel('CGONE', 'channel_not_found');
    expect((await failure(delivery.post({ ...target, channelId: 'CGONE' }, message))).kind).toBe(
      'target_gone',
    );
    api.failHttp('CBAD', 1);
    expect((await failure(delivery.post({ ...target, channelId: 'CBAD' }, message))).kind).toBe('temporary');
  });
});
