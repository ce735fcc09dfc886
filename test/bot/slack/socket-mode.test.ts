import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConversationHandler } from '../../../server/composition/chat';
import { createSlack, type SlackIntegration } from '../../../bot/slack/mount';
import { processOnce } from '../../../server/jobs/outbox/process-once';
import { connectTestDatabase } from '../../jobs/support/connect';
import { FakeSlackApi } from './support/fake-slack-api';
import { FakeSocketMode } from './support/fake-socket-mode';
import { SIGNING_SECRET, waitFor } from './support/signed';
import { deactivateWorkspace } from '../../../server/jobs/outbox/deactivate-target';

const api = new FakeSlackApi();
const socket = new FakeSocketMode();
let db: { stop: () => Promise<void> };
let slack: SlackIntegration;

beforeAll(async () => {
  db = await connectTestDatabase();
  await Promise.all([api.start(), socket.start()]);
  api.socketModeUrl = socket.url;
  slack = createSlack({
    slack: { signingSecret: SIGNING_SECRET, botToken: 'xoxb-socket-token', appToken: 'xapp-1-socket-token' },
    publicUrl: new URL('http://127.0.0.1:3000'),
    conversation: createConversationHandler({ clock: () => new Date() }),
    logger: pino({ level: 'silent' }),
    processOnce: (key, fn) => processOnce(key, fn),
    workspaceGone: (teamId) => deactivateWorkspace('slack', teamId),
    slackApiUrl: api.apiUrl,
  });
  await slack.start();
});
afterAll(async () => {
  await slack?.stop();
  await Promise.all([socket.stop(), api.stop()]);
  await db.stop();
});

describe('Slack Socket Mode against a fake Socket Mode endpoint on loopback', () => {
  it('opens the connection with the app token and serves no HTTP router', async () => {
    expect(slack.router).toBeUndefined();
    await socket.connection();
    const [open] = api.callsTo('apps.connections.open');
    expect(open?.token).toBe('xapp-1-socket-token');
  });

  it('acknowledges a slash command envelope and answers through the Web API and response_url', async () => {
    await socket.deliver({
      envelope_id: 'env-1',
      type: 'slash_commands',
      payload: {
        token: 'unused',
        team_id: 'T1',
        team_domain: 'stadt-koeln',
        channel_id: 'C1',
        channel_name: 'ausschuss',
        user_id: 'USOCKET',
        user_name: 'usocket',
        command: '/gremium',
        text: 'hilfe',
        response_url: api.responseUrl('socket-1'),
        trigger_id: 'trigger-socket-1',
      },
    });
    const ack = await waitFor(() => socket.acks.find((a) => a.envelope_id === 'env-1'));
    expect(ack.payload).toEqual({});
    const answer = await waitFor(() => api.responses.find((r) => r.path.endsWith('/socket-1')));
    expect(answer.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(answer.body)).toContain('So arbeiten Sie mit dem Gremienbot');
    const lookup = api.callsTo('users.info').find((c) => c.body.user === 'USOCKET');
    expect(lookup?.token).toBe('xoxb-socket-token');
  });
});
