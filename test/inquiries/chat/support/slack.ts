import express from 'express';
import pino from 'pino';
import request from 'supertest';
import { SLACK_MOUNT_PATH, createSlack } from '../../../../bot/slack/mount';
import { processOnce } from '../../../../server/jobs/outbox/process-once';
import { FakeSlackApi } from '../../../bot/slack/support/fake-slack-api';
import { SIGNING_SECRET, signedHeaders } from '../../../bot/slack/support/signed';
import { inquiryConversation } from './world';

/** Our Slack router with the Anfrage workflow, talking to a fake Slack API. */
export async function startInquirySlack(clock: () => Date) {
  const api = new FakeSlackApi();
  await api.start();
  const slack = createSlack({
    slack: { signingSecret: SIGNING_SECRET, botToken: 'xoxb-test-token' },
    publicUrl: new URL('http://127.0.0.1:3000'),
    conversation: inquiryConversation(clock),
    logger: pino({ level: 'silent' }),
    processOnce: (key, fn) => processOnce(key, fn),
    workspaceGone: async () => undefined,
    slackApiUrl: api.apiUrl,
  });
  const app = express();
  if (slack.router) app.use(SLACK_MOUNT_PATH, slack.router);

  /** A signed interactivity request (shortcut, view_submission). */
  function interaction(payload: Record<string, unknown>) {
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    return request(app).post('/slack/events').type('form').set(signedHeaders(body, new Date())).send(body);
  }

  /** A signed slash command (`/anfrage`, `/gremium`). */
  function anfrage(userId: string, text: string, triggerId: string, command = '/anfrage') {
    const body = new URLSearchParams({
      token: 'unused',
      team_id: 'T1',
      team_domain: 'stadt-koeln',
      channel_id: 'CAUSSCHUSS',
      channel_name: 'ausschuss',
      user_id: userId,
      user_name: userId.toLowerCase(),
      command,
      text,
      response_url: api.responseUrl(`command-${triggerId}`),
      trigger_id: triggerId,
    }).toString();
    return request(app).post('/slack/events').type('form').set(signedHeaders(body, new Date())).send(body);
  }

  return { api, app, interaction, anfrage, stop: () => api.stop() };
}

interface ModalView {
  callback_id: string;
  private_metadata: string;
  blocks: { block_id: string; element: { type: string } }[];
}

/** The view_submission Slack sends for `view` with these entries (block id = field id). */
export function viewSubmission(userId: string, view: ModalView, entries: Record<string, string>) {
  const values: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const block of view.blocks) {
    const entered = entries[block.block_id];
    const type = block.element.type;
    const state =
      type === 'static_select'
        ? { type, selected_option: entered === undefined ? null : { value: entered } }
        : { type, value: entered ?? null };
    values[block.block_id] = { [block.block_id]: state };
  }
  return {
    type: 'view_submission',
    team: { id: 'T1' },
    user: { id: userId },
    view: {
      id: 'V1',
      team_id: 'T1',
      callback_id: view.callback_id,
      private_metadata: view.private_metadata,
      state: { values },
    },
  };
}
