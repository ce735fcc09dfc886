import express from 'express';
import pino from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HomeProvider } from '../../../bot/chat/deps';
import type { ConversationHandler } from '../../../bot/chat/inbound';
import { SLACK_MOUNT_PATH, createSlack } from '../../../bot/slack/mount';
import { withDirectEndpoints } from '../../../server/http/direct-endpoints';
import { FakeSlackApi } from './support/fake-slack-api';
import { signedHeaders, slashCommandBody, waitFor } from './support/signed';

/** A conversation whose commands wait until the test lets them go. */
function heldConversation() {
  const held: (() => void)[] = [];
  const conversation = {
    handleCommand: async () => {
      await new Promise<void>((resolve) => held.push(resolve));
      return [{ text: 'Antwort', fallbackText: 'Antwort' }];
    },
  } as unknown as ConversationHandler & HomeProvider;
  return { conversation, held };
}

let api: FakeSlackApi;
beforeAll(async () => {
  api = new FakeSlackApi();
  await api.start();
});
afterAll(async () => api.stop());

function app(conversation: ConversationHandler & HomeProvider) {
  const slack = createSlack({
    slack: { signingSecret: 'test-signing-secret-0123456789abcdef', botToken: 'xoxb-test' },
    publicUrl: new URL('http://127.0.0.1:3000'),
    conversation,
    logger: pino({ level: 'silent' }),
    processOnce: async (_key, fn) => fn(),
    workspaceGone: async () => {},
    slackApiUrl: api.apiUrl,
  });
  let reachedExpress = 0;
  const web = express();
  web.use((_req, _res, next) => {
    reachedExpress++;
    next();
  });
  if (slack.router) web.use(SLACK_MOUNT_PATH, slack.router);
  web.get('/other', (_req, res) => void res.send('ok'));
  return {
    app: withDirectEndpoints(web, slack.events ? [slack.events] : []),
    reachedExpress: () => reachedExpress,
  };
}

function signed(body: string) {
  return { 'content-type': 'application/x-www-form-urlencoded', ...signedHeaders(body, new Date()) };
}

describe('the Slack events endpoint', () => {
  it('acknowledges a slash command before its work starts; the answer follows through the response_url', async () => {
    const { conversation, held } = heldConversation();
    const { app: server } = app(conversation);
    const body = slashCommandBody({
      text: 'sitzungen',
      userId: 'UX',
      channelId: 'C1',
      responseUrl: api.responseUrl('held'),
    });
    await request(server).post('/slack/events').set(signed(body)).send(body).expect(200);
    await waitFor(() => (held.length > 0 ? true : undefined));
    expect(api.responses.find((r) => r.path.endsWith('/held'))).toBeUndefined();
    held.forEach((release) => release());
    const answer = await waitFor(() => api.responses.find((r) => r.path.endsWith('/held')));
    expect(JSON.stringify(answer.body)).toContain('Antwort');
  });

  it('is served before Express: no Express middleware runs for it, everything else goes through Express', async () => {
    const { app: server, reachedExpress } = app(heldConversation().conversation);
    const body = slashCommandBody({
      text: 'hilfe',
      userId: 'UX',
      channelId: 'C1',
      responseUrl: api.responseUrl('x'),
    });
    await request(server).post('/slack/events').set(signed(body)).send(body).expect(200);
    await request(server).post('/slack/events?retry=1').set(signed(body)).send(body).expect(200);
    expect(reachedExpress()).toBe(0);
    await request(server).get('/other').expect(200);
    expect(reachedExpress()).toBe(1);
  });

  it('answers Slack’s URL verification with the challenge, and refuses it unsigned', async () => {
    const { app: server } = app(heldConversation().conversation);
    const body = JSON.stringify({ type: 'url_verification', challenge: 'c-123', token: 'unused' });
    const res = await request(server)
      .post('/slack/events')
      .set({ ...signed(body), 'content-type': 'application/json' })
      .send(body)
      .expect(200);
    expect(res.body).toEqual({ challenge: 'c-123' });
    await request(server)
      .post('/slack/events')
      .set('content-type', 'application/json')
      .send(body)
      .expect(401);
  });

  it('refuses a signed body it cannot read', async () => {
    const { app: server } = app(heldConversation().conversation);
    const body = '{not json';
    await request(server)
      .post('/slack/events')
      .set({ ...signed(body), 'content-type': 'application/json' })
      .send(body)
      .expect(400);
  });
});
