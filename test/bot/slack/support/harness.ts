import express from 'express';
import pino from 'pino';
import { createConversationHandler } from '../../../../server/composition/chat';
import { SLACK_MOUNT_PATH, createSlack, type SlackIntegration } from '../../../../bot/slack/mount';
import { processOnce } from '../../../../server/jobs/outbox/process-once';
import { FakeSlackApi } from './fake-slack-api';
import { SIGNING_SECRET } from './signed';
import { deactivateWorkspace } from '../../../../server/jobs/outbox/deactivate-target';
import { withDirectEndpoints } from '../../../../server/http/direct-endpoints';

/**
 * Our app as server/main.ts composes it: the Slack events endpoint served before Express, the
 * Slack router mounted in Express; talking to a fake Slack API; `now` is the domain clock.
 */
export async function startSlackHarness(now: () => Date) {
  const api = new FakeSlackApi();
  await api.start();
  const logger = pino({ level: 'silent' });
  const conversation = createConversationHandler({ clock: now });
  const slack: SlackIntegration = createSlack({
    slack: { signingSecret: SIGNING_SECRET, botToken: 'xoxb-test-token' },
    publicUrl: new URL('http://127.0.0.1:3000'),
    conversation,
    logger,
    processOnce: (key, fn) => processOnce(key, fn),
    workspaceGone: (teamId) => deactivateWorkspace('slack', teamId),
    slackApiUrl: api.apiUrl,
  });
  const web = express();
  if (slack.router) web.use(SLACK_MOUNT_PATH, slack.router);
  web.use(express.json());
  const app = withDirectEndpoints(web, slack.events ? [slack.events] : []);
  return { api, app, slack, conversation, stop: () => api.stop() };
}
