import express from 'express';
import pino from 'pino';
import type { ChatFeature } from '../../../bot/chat/feature';
import { SLACK_MOUNT_PATH, createSlack } from '../../../bot/slack/mount';
import { createConversationHandler } from '../../../server/composition/chat';
import { deactivateWorkspace } from '../../../server/jobs/outbox/deactivate-target';
import { processOnce } from '../../../server/jobs/outbox/process-once';
import { FakeSlackApi } from '../../bot/slack/support/fake-slack-api';
import { SIGNING_SECRET } from '../../bot/slack/support/signed';

/** Our Slack router against the fake Slack API, with workflow features in the conversation. */
export async function startSlackWithFeatures(now: () => Date, features: readonly ChatFeature[]) {
  const api = new FakeSlackApi();
  await api.start();
  const slack = createSlack({
    slack: { signingSecret: SIGNING_SECRET, botToken: 'xoxb-test-token' },
    publicUrl: new URL('http://127.0.0.1:3000'),
    conversation: createConversationHandler({ clock: now, features }),
    logger: pino({ level: 'silent' }),
    processOnce: (key, fn) => processOnce(key, fn),
    workspaceGone: (teamId) => deactivateWorkspace('slack', teamId),
    slackApiUrl: api.apiUrl,
  });
  const app = express();
  if (slack.router) app.use(SLACK_MOUNT_PATH, slack.router);
  return { api, app, stop: () => api.stop() };
}
