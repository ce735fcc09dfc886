import { randomBytes } from 'node:crypto';
import express from 'express';
import pino from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createConversationHandler } from '../../../server/composition/chat';
import { mongoInstallationStore } from '../../../server/store/chat/slack-installation-store';
import { SLACK_MOUNT_PATH, createSlack } from '../../../bot/slack/mount';
import { processOnce } from '../../../server/jobs/outbox/process-once';
import { SlackInstallationModel } from '../../../server/store/models/slack-installation';
import { clearDatabase, connectTestDatabase } from '../../jobs/support/connect';
import { FakeSlackApi } from './support/fake-slack-api';
import { SIGNING_SECRET, signedHeaders, slashCommandBody, waitFor } from './support/signed';
import { deactivateWorkspace } from '../../../server/jobs/outbox/deactivate-target';

const STATE_COOKIE = 'slack-app-oauth-state';
const key = randomBytes(32);
const api = new FakeSlackApi();
let db: { stop: () => Promise<void> };
let app: express.Express;

/** The OAuth grant Slack would hand over for workspace T9 (oauth.v2.access). */
const T9_GRANT = {
  app_id: 'A1',
  authed_user: { id: 'UADMIN' },
  scope: 'commands,chat:write,users:read,users:read.email',
  token_type: 'bot',
  access_token: 'xoxb-t9-secret-token',
  bot_user_id: 'UBOT9',
  team: { id: 'T9', name: 'Kreis Mettmann' },
  enterprise: null,
  is_enterprise_install: false,
};

beforeAll(async () => {
  db = await connectTestDatabase();
  await api.start();
  api.oauthGrants.set('code-t9', T9_GRANT);
  api.tokenTeams.set('xoxb-t9-secret-token', 'T9');
  const slack = createSlack({
    slack: {
      signingSecret: SIGNING_SECRET,
      oauth: { clientId: '123.456', clientSecret: 'client-secret', stateSecret: 'state-secret-0123456789' },
    },
    installationStore: mongoInstallationStore(key),
    workspaceGone: (teamId) => deactivateWorkspace('slack', teamId),
    publicUrl: new URL('https://gremien.example.de'),
    conversation: createConversationHandler({ clock: () => new Date() }),
    logger: pino({ level: 'silent' }),
    processOnce: (k, fn) => processOnce(k, fn),
    slackApiUrl: api.apiUrl,
  });
  app = express();
  app.use(SLACK_MOUNT_PATH, slack.router!);
});
afterAll(async () => {
  await api.stop();
  await db.stop();
});
beforeEach(async () => {
  await clearDatabase();
  api.calls.length = 0;
  api.responses.length = 0;
  // Another workspace is installed already: its token must not answer for T9.
  await mongoInstallationStore(key).storeInstallation({
    team: { id: 'T1', name: 'Stadt Köln' },
    enterprise: undefined,
    user: { id: 'UINSTALLER', token: undefined, scopes: undefined },
    bot: { id: 'B1', userId: 'UBOT', token: 'xoxb-t1-other-token', scopes: ['chat:write'] },
    tokenType: 'bot',
    isEnterpriseInstall: false,
    appId: 'A1',
    authVersion: 'v2',
  });
});

/** Starts at /slack/install like the admin's browser: the state Slack gets and the cookie we set. */
async function beginInstall(): Promise<{ state: string; cookie: string }> {
  const res = await request(app).get('/slack/install').expect(302);
  const state = new URL(res.headers.location as string).searchParams.get('state');
  const setCookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const cookie = setCookie.find((c) => c.startsWith(`${STATE_COOKIE}=`))?.split(';')[0];
  if (!state || !cookie) throw new Error('install did not hand out a state and its cookie');
  return { state, cookie };
}

function callback(query: Record<string, string>, cookie?: string) {
  const req = request(app).get(`/slack/oauth_redirect?${new URLSearchParams(query)}`);
  return cookie ? req.set('Cookie', cookie) : req;
}

describe('Slack OAuth installation', () => {
  it('stores the new workspace with its token sealed and answers its slash commands with that token', async () => {
    const { state, cookie } = await beginInstall();
    expect(cookie).toBe(`${STATE_COOKIE}=${state}`);

    const res = await callback({ code: 'code-t9', state }, cookie).expect(200);
    expect(res.text).toContain('Der Gremienbot ist jetzt in Ihrem Slack-Workspace installiert');
    expect(res.text.indexOf('Gremienbot ist jetzt')).toBeLessThan(res.text.indexOf('now installed'));

    const [access] = api.callsTo('oauth.v2.access');
    expect(access?.body).toMatchObject({
      code: 'code-t9',
      client_id: '123.456',
      redirect_uri: 'https://gremien.example.de/slack/oauth_redirect',
    });
    const stored = await SlackInstallationModel.findOne({ installationId: 'T9' }).lean();
    expect(stored).toMatchObject({ teamId: 'T9', isEnterpriseInstall: false });
    const raw = JSON.stringify(await SlackInstallationModel.find().lean());
    expect(raw).not.toContain('xoxb-');
    expect(raw).not.toContain('Kreis Mettmann');
    const installation = await mongoInstallationStore(key).fetchInstallation({
      teamId: 'T9',
      enterpriseId: undefined,
      isEnterpriseInstall: false,
    });
    expect(installation.bot).toMatchObject({ token: 'xoxb-t9-secret-token', userId: 'UBOT9' });

    api.calls.length = 0;
    const body = slashCommandBody({
      teamId: 'T9',
      text: 'hilfe',
      userId: 'UADMIN',
      channelId: 'C9',
      responseUrl: api.responseUrl('t9-hilfe'),
    });
    await request(app)
      .post('/slack/events')
      .type('form')
      .set(signedHeaders(body, new Date()))
      .send(body)
      .expect(200);
    const answer = await waitFor(() => api.responses.find((r) => r.path.endsWith('/t9-hilfe')));
    expect(JSON.stringify(answer.body)).toContain('So arbeiten Sie mit dem Gremienbot');
    const tokens = api.calls.map((c) => c.token).filter(Boolean);
    expect(api.callsTo('users.info').length).toBeGreaterThan(0);
    expect(new Set(tokens)).toEqual(new Set(['xoxb-t9-secret-token']));
  });

  it('refuses a callback with a tampered state, a missing state or a state from another browser', async () => {
    const { state, cookie } = await beginInstall();
    const [header, payload, signature] = state.split('.');
    const forged = [header, payload, `${signature?.slice(0, -2)}xx`].join('.');
    const attempts = [
      callback({ code: 'code-t9', state: forged }, `${STATE_COOKIE}=${forged}`),
      callback({ code: 'code-t9' }, cookie),
      callback({ code: 'code-t9', state }),
      callback({ code: 'code-t9', state }, `${STATE_COOKIE}=someone-else`),
    ];
    for (const attempt of attempts) {
      const res = await attempt.expect(400);
      expect(res.text).toContain('Dieser Installationslink ist ungültig oder abgelaufen');
    }
    expect(api.callsTo('oauth.v2.access')).toHaveLength(0);
    expect(await SlackInstallationModel.countDocuments({ installationId: 'T9' })).toBe(0);
  });

  it('a code Slack does not accept stores nothing and says so', async () => {
    const { state, cookie } = await beginInstall();
    const res = await callback({ code: 'unknown-code', state }, cookie).expect(500);
    expect(res.text).toContain('Die Installation ist fehlgeschlagen');
    expect(await SlackInstallationModel.countDocuments({ installationId: 'T9' })).toBe(0);
  });
});
