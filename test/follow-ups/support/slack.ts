import express from 'express';
import pino from 'pino';
import request from 'supertest';
import { createFollowUpChatFeature } from '../../../bot/chat/follow-ups/feature';
import { SLACK_MOUNT_PATH, createSlack } from '../../../bot/slack/mount';
import { createConversationHandler } from '../../../server/composition/chat';
import { deactivateWorkspace } from '../../../server/jobs/outbox/deactivate-target';
import { processOnce } from '../../../server/jobs/outbox/process-once';
import { FakeSlackApi } from '../../bot/slack/support/fake-slack-api';
import { SIGNING_SECRET, signedHeaders } from '../../bot/slack/support/signed';
import { instanceDeps } from './world';

/** Our Slack router with the follow-ups feature in the conversation, against the fake Slack API. */
export async function startFollowUpSlack(clock: () => Date) {
  const api = new FakeSlackApi();
  await api.start();
  const conversation = createConversationHandler({
    clock,
    features: [createFollowUpChatFeature(instanceDeps(clock))],
  });
  const slack = createSlack({
    slack: { signingSecret: SIGNING_SECRET, botToken: 'xoxb-test-token' },
    publicUrl: new URL('http://127.0.0.1:3000'),
    conversation,
    logger: pino({ level: 'silent' }),
    processOnce: (key, fn) => processOnce(key, fn),
    workspaceGone: (teamId) => deactivateWorkspace('slack', teamId),
    slackApiUrl: api.apiUrl,
  });
  const app = express();
  if (slack.router) app.use(SLACK_MOUNT_PATH, slack.router);

  /** A signed interactivity request (block_actions, view_submission). */
  async function interaction(payload: Record<string, unknown>) {
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    return request(app).post('/slack/events').type('form').set(signedHeaders(body, new Date())).send(body);
  }

  return { api, interaction, stop: () => api.stop() };
}
