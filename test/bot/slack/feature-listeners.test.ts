import express from 'express';
import pino from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ActionOutcome, ConversationHandler, FormOutcome } from '../../../bot/chat/inbound';
import type { HomeProvider } from '../../../bot/chat/deps';
import { SLACK_MOUNT_PATH, createSlack } from '../../../bot/slack/mount';
import { FakeSlackApi } from './support/fake-slack-api';
import { SIGNING_SECRET, signedHeaders, waitFor } from './support/signed';

/** What the stub conversation does with the next submission and the next button or shortcut. */
let answer: () => Promise<FormOutcome>;
let press: () => Promise<ActionOutcome> = async () => ({ replies: [] });

const conversation: ConversationHandler & HomeProvider = {
  handleCommand: async () => [],
  handleAction: () => press(),
  handleFormSubmit: () => answer(),
  conversationInstalled: async () => undefined,
  conversationRemoved: async () => undefined,
  homeOverview: async () => ({ text: '', fallbackText: '' }),
};

let api: FakeSlackApi;
let app: express.Express;

beforeAll(async () => {
  api = new FakeSlackApi();
  await api.start();
  const slack = createSlack({
    slack: { signingSecret: SIGNING_SECRET, botToken: 'xoxb-test-token' },
    publicUrl: new URL('http://127.0.0.1:3000'),
    conversation,
    logger: pino({ level: 'silent' }),
    processOnce: async (_key, fn) => fn(),
    workspaceGone: async () => undefined,
    slackApiUrl: api.apiUrl,
  });
  app = express();
  if (slack.router) app.use(SLACK_MOUNT_PATH, slack.router);
});
afterAll(() => api.stop());
beforeEach(() => {
  api.calls.length = 0;
});

function submit() {
  const payload = {
    type: 'view_submission',
    team: { id: 'T1' },
    user: { id: 'UWEBER' },
    view: {
      id: 'V1',
      team_id: 'T1',
      callback_id: 'inquiry.file',
      private_metadata: '{"requestId":"r-1"}',
      blocks: [
        { type: 'section', block_id: 'intro', text: { type: 'mrkdwn', text: 'Hinweis' } },
        { type: 'input', block_id: 'subject', element: { type: 'plain_text_input', action_id: 'subject' } },
      ],
      state: { values: { subject: { subject: { type: 'plain_text_input', value: 'Funklöcher' } } } },
    },
  };
  const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  return request(app).post('/slack/events').type('form').set(signedHeaders(body, new Date())).send(body);
}

function dms(): string[] {
  return api
    .callsTo('chat.postMessage')
    .filter((c) => c.body.channel === 'UWEBER')
    .map((c) => JSON.stringify(c.body));
}

describe('a submitted workflow modal on Slack', () => {
  it('shows a failure kindly in the modal instead of leaving Slack without an answer', async () => {
    answer = async () => {
      throw new Error('database unreachable');
    };
    const res = await submit();
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      response_action: 'errors',
      errors: { subject: 'Etwas ist schiefgegangen. Bitte versuchen Sie es später noch einmal.' },
    });
  });

  it('acknowledges within Slack’s three seconds when the work is slow and answers by direct message', async () => {
    answer = () =>
      new Promise((resolve) =>
        setTimeout(
          () =>
            resolve({
              replies: [{ title: 'Anfrage AN/0001/2026 eingereicht', fallbackText: 'eingereicht' }],
            }),
          3_200,
        ),
      );
    const started = Date.now();
    const res = await submit();
    const took = Date.now() - started;
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    expect(took).toBeLessThan(3_000);
    const [dm] = await waitFor(() => (dms().length ? dms() : undefined), 3_000);
    expect(dm).toContain('Anfrage AN/0001/2026 eingereicht');
  }, 10_000);

  it('puts a message about a field the modal does not show on its first input', async () => {
    answer = async () => ({
      errors: { requestId: 'Bitte erneut senden.', subject: 'Bitte geben Sie einen Betreff an.' },
    });
    const res = await submit();
    expect(res.body).toEqual({
      response_action: 'errors',
      errors: { subject: 'Bitte erneut senden. Bitte geben Sie einen Betreff an.' },
    });
  });

  it('still returns field errors inline when the work is quick', async () => {
    answer = async () => ({ errors: { subject: 'Bitte geben Sie einen Betreff an.' } });
    const res = await submit();
    expect(res.body).toEqual({
      response_action: 'errors',
      errors: { subject: 'Bitte geben Sie einen Betreff an.' },
    });
  });
});

describe('the Anfrage shortcuts on Slack', () => {
  it('tells the user by direct message when the form cannot be opened', async () => {
    press = async () => {
      throw new Error('database unreachable');
    };
    const payload = {
      type: 'shortcut',
      callback_id: 'inquiry_file',
      trigger_id: 'trig-fail',
      team: { id: 'T1' },
      user: { id: 'UWEBER' },
    };
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    const res = await request(app)
      .post('/slack/events')
      .type('form')
      .set(signedHeaders(body, new Date()))
      .send(body);
    expect(res.status).toBe(200);
    const [dm] = await waitFor(() => (dms().length ? dms() : undefined));
    expect(dm).toContain('Etwas ist schiefgegangen. Bitte versuchen Sie es später noch einmal.');
    expect(api.callsTo('views.open')).toHaveLength(0);
  });
});
