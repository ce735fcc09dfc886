import { randomBytes } from 'node:crypto';
import express from 'express';
import pino from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import type { HomeProvider } from '../../../bot/chat/deps';
import type { ConversationHandler } from '../../../bot/chat/inbound';
import { SLACK_BOT_SCOPES, SLACK_MOUNT_PATH, createSlack } from '../../../bot/slack/mount';
import { SIGNING_SECRET } from './support/signed';
import { mongoInstallationStore } from '../../../server/store/chat/slack-installation-store';

const conversation = {} as ConversationHandler & HomeProvider;
const base = {
  publicUrl: new URL('https://gremien.example.de'),
  conversation,
  logger: pino({ level: 'silent' }),
  processOnce: async (_key: string, fn: () => Promise<void>) => fn(),
  workspaceGone: async () => {},
};

describe('Slack installation modes', () => {
  it('OAuth: /slack/install sends the admin to Slack with our minimal scopes and redirect URL', async () => {
    const slack = createSlack({
      ...base,
      slack: {
        signingSecret: SIGNING_SECRET,
        oauth: { clientId: '123.456', clientSecret: 'secret', stateSecret: 'state-secret' },
      },
      installationStore: mongoInstallationStore(randomBytes(32)),
    });
    const app = express();
    app.use(SLACK_MOUNT_PATH, slack.router!);
    const res = await request(app).get('/slack/install').expect(302);
    const location = new URL(res.headers.location as string);
    expect(location.origin + location.pathname).toBe('https://slack.com/oauth/v2/authorize');
    expect(location.searchParams.get('client_id')).toBe('123.456');
    expect(location.searchParams.get('scope')?.split(',')).toEqual(SLACK_BOT_SCOPES);
    expect(location.searchParams.get('redirect_uri')).toBe('https://gremien.example.de/slack/oauth_redirect');
    expect(location.searchParams.get('state')).toBeTruthy();
  });

  it('OAuth without an installation store is refused at start-up', () => {
    expect(() =>
      createSlack({
        ...base,
        slack: {
          signingSecret: SIGNING_SECRET,
          oauth: { clientId: 'a', clientSecret: 'b', stateSecret: 'c' },
        },
      }),
    ).toThrow('installation store');
  });

  it('single-workspace token mode serves events over HTTP and needs no installation store', () => {
    const slack = createSlack({ ...base, slack: { signingSecret: SIGNING_SECRET, botToken: 'xoxb-1' } });
    expect(slack.router).toBeDefined();
    expect(slack.delivery.platform).toBe('slack');
  });

  it('Socket Mode has no HTTP router and connects only when started', () => {
    const slack = createSlack({
      ...base,
      slack: { signingSecret: SIGNING_SECRET, botToken: 'xoxb-1', appToken: 'xapp-1-test' },
    });
    expect(slack.router).toBeUndefined();
    expect(typeof slack.start).toBe('function');
  });
});
