import http from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { App, ExpressReceiver } from '@slack/bolt';
import mongoose from 'mongoose';
import { createConversationHandler } from '../../server/composition/chat';
import { createWorkflowContext } from '../../server/composition/workflow-context';
import { createWorkflows } from '../../server/composition/workflows';
import { loadConfig } from '../../server/config/env';
import { createApp } from '../../server/http/app';
import { withDirectEndpoints } from '../../server/http/direct-endpoints';
import { createLogger } from '../../server/http/logger';
import { SLACK_MOUNT_PATH, createSlack } from '../../bot/slack/mount';
import { deactivateWorkspace } from '../../server/jobs/outbox/deactivate-target';
import { processOnce } from '../../server/jobs/outbox/process-once';
import { startEmbeddedMongo } from '../../server/mongo-embedded/index';
import { SIGNING_SECRET } from '../../test/bot/slack/support/signed';
import { stopRequested } from '../api/child-process';

/**
 * MODE=ours: the real app as server/main.ts composes it (createApp with request logging and
 * security headers, the Slack router mounted in it, the Slack events endpoint served before it, the
 * workflows' chat features, the embedded database in this process); MODE=bare: a Bolt app whose command listener only acks; MODE=floor: node:http
 * answering 200 at once (what the machine costs per connection).
 */
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
  const clock = () => new Date();
  // Logging as in production (JSON lines to stdout, which the parent discards).
  const logger = createLogger({ env: 'production', logLevel: 'info' });
  const workflows = createWorkflows(createWorkflowContext({ clock }));
  const slack = createSlack({
    slack: { signingSecret: SIGNING_SECRET, botToken: 'xoxb-bench' },
    publicUrl: new URL('http://127.0.0.1'),
    conversation: createConversationHandler({
      clock,
      features: workflows.flatMap((workflow) => (workflow.chat ? [workflow.chat] : [])),
    }),
    logger: logger.child({ component: 'slack' }),
    processOnce: (key, fn) => processOnce(key, fn),
    workspaceGone: (teamId) => deactivateWorkspace('slack', teamId),
    clock,
    slackApiUrl,
  });
  const config = loadConfig({
    NODE_ENV: 'development',
    MONGODB_URI: uri.toString(),
    SESSION_SECRET: randomBytes(32).toString('base64url'),
    LOG_LEVEL: 'info',
  });
  const app = createApp({
    config,
    logger,
    connection: mongoose.connection,
    clock,
    webhooks: slack.router ? [{ path: SLACK_MOUNT_PATH, router: slack.router }] : [],
  });
  handler = withDirectEndpoints(app, slack.events ? [slack.events] : []);
  cleanup = async () => {
    await mongoose.disconnect();
    await mongo.stop();
  };
} else if (mode === 'bare') {
  const receiver = new ExpressReceiver({ signingSecret: SIGNING_SECRET, endpoints: '/slack/events' });
  const app = new App({ receiver, authorize: async () => ({ botToken: 'xoxb-bare' }) });
  app.command('/gremium', async ({ ack }) => {
    await ack();
  });
  handler = receiver.app;
} else {
  handler = (req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-length': '0' }).end());
  };
}

const server = http.createServer(handler);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
process.send?.({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events` });
await stopRequested();
await new Promise<void>((resolve) => server.close(() => resolve()));
await cleanup();
process.exit(0);
