import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, ExpressReceiver } from '@slack/bolt';
import express from 'express';
import mongoose from 'mongoose';
import pino from 'pino';
import { createConversationHandler } from '../../server/composition/chat';
import { SLACK_MOUNT_PATH, createSlack } from '../../bot/slack/mount';
import { processOnce } from '../../server/jobs/outbox/process-once';
import { startEmbeddedMongo } from '../../server/mongo-embedded/index';
import { SIGNING_SECRET } from '../../test/bot/slack/support/signed';
import { stopRequested } from '../api/child-process';
import { deactivateWorkspace } from '../../server/jobs/outbox/deactivate-target';

/** MODE=ours: our Express app with the Slack router (and an embedded database); MODE=bare: a Bolt app that only acks. */
const mode = process.env.MODE;
const slackApiUrl = process.env.SLACK_API_URL ?? '';
let handler: http.RequestListener;
let cleanup = async () => {};

if (mode === 'ours') {
  const mongo = await startEmbeddedMongo({ inMemory: true });
  const uri = new URL(mongo.uri);
  uri.pathname = '/slackbench';
  await mongoose.connect(uri.toString());
  await Promise.all(Object.values(mongoose.models).map((model) => model.init()));
  const slack = createSlack({
    slack: { signingSecret: SIGNING_SECRET, botToken: 'xoxb-bench' },
    publicUrl: new URL('http://127.0.0.1'),
    conversation: createConversationHandler(),
    logger: pino({ level: 'silent' }),
    processOnce: (key, fn) => processOnce(key, fn),
    workspaceGone: (teamId) => deactivateWorkspace('slack', teamId),
    slackApiUrl,
  });
  const app = express();
  if (slack.router) app.use(SLACK_MOUNT_PATH, slack.router);
  handler = app;
  cleanup = async () => {
    await mongoose.disconnect();
    await mongo.stop();
  };
} else {
  const receiver = new ExpressReceiver({ signingSecret: SIGNING_SECRET, endpoints: '/slack/events' });
  const app = new App({ receiver, authorize: async () => ({ botToken: 'xoxb-bare' }) });
  app.command('/gremium', async ({ ack }) => {
    await ack();
  });
  handler = receiver.app;
}

const server = http.createServer(handler);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
process.send?.({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events` });
await stopRequested();
await new Promise<void>((resolve) => server.close(() => resolve()));
await cleanup();
process.exit(0);
