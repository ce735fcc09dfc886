import express from 'express';
import pino from 'pino';
import request from 'supertest';
import { SLACK_MOUNT_PATH, createSlack } from '../../../bot/slack/mount';
import { deactivateWorkspace } from '../../../server/jobs/outbox/deactivate-target';
import { processOnce } from '../../../server/jobs/outbox/process-once';
import { FakeSlackApi } from '../../bot/slack/support/fake-slack-api';
import { SIGNING_SECRET, signedHeaders, slashCommandBody, waitFor } from '../../bot/slack/support/signed';
import { quorumConversation } from './chat-world';

/** Our Slack router with the quorum feature in the conversation, against the fake Slack API. */
export async function startQuorumSlack(clock: () => Date) {
  const api = new FakeSlackApi();
  await api.start();
  const slack = createSlack({
    slack: { signingSecret: SIGNING_SECRET, botToken: 'xoxb-test-token' },
    publicUrl: new URL('http://127.0.0.1:3000'),
    conversation: quorumConversation(clock),
    logger: pino({ level: 'silent' }),
    processOnce: (key, fn) => processOnce(key, fn),
    workspaceGone: (teamId) => deactivateWorkspace('slack', teamId),
    slackApiUrl: api.apiUrl,
  });
  const app = express();
  if (slack.router) app.use(SLACK_MOUNT_PATH, slack.router);
  let counter = 0;

  /** `/gremium <text>`, signed; the answer that came back through the response_url. */
  async function gremium(userId: string, text: string, channelId: string) {
    const id = `q${++counter}`;
    const body = slashCommandBody({ text, userId, channelId, responseUrl: api.responseUrl(id) });
    const res = await request(app)
      .post('/slack/events')
      .type('form')
      .set(signedHeaders(body, new Date()))
      .send(body);
    const answer = await waitFor(() => api.responses.find((r) => r.path.endsWith(`/${id}`)));
    return { status: res.status, text: JSON.stringify(answer.body), body: answer.body };
  }

  /** A signed block_actions press in a channel; the ephemeral answer. */
  async function press(userId: string, channelId: string, button: { action_id: string; value: string }) {
    const id = `a${++counter}`;
    const payload = {
      type: 'block_actions',
      team: { id: 'T1' },
      user: { id: userId },
      channel: { id: channelId, name: 'ua-diko-intern' },
      trigger_id: `trigger-${id}`,
      response_url: api.responseUrl(id),
      container: { type: 'message', message_ts: '1.1', channel_id: channelId },
      message: { ts: '1.1' },
      actions: [{ type: 'button', block_id: 'b', action_ts: '1', ...button }],
    };
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    const res = await request(app)
      .post('/slack/events')
      .type('form')
      .set(signedHeaders(body, new Date()))
      .send(body);
    const answer = await waitFor(() => api.responses.find((r) => r.path.endsWith(`/${id}`)));
    return { status: res.status, text: JSON.stringify(answer.body), body: answer.body };
  }

  return { api, gremium, press, stop: () => api.stop() };
}
