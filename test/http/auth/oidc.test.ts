import type { Express } from 'express';
import mongoose from 'mongoose';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEventModel } from '../../../server/store/models/audit-event';
import { UserModel } from '../../../server/store/models/user';
import { startTestProvider, type TestAccount, type TestProvider } from '../support/oidc-provider';
import { connectTestDatabase, createUser, testApp, testConfig } from '../support/test-app';

const PUBLIC_URL = 'http://127.0.0.1:3999';
const CLIENT = {
  clientId: 'gremienbot',
  clientSecret: 'a-client-secret-for-the-test-provider',
  redirectUri: `${PUBLIC_URL}/auth/oidc/callback`,
};

let database: Awaited<ReturnType<typeof connectTestDatabase>>;
let provider: TestProvider;
let app: Express;

function oidcApp(extra: Record<string, string> = {}): Express {
  return testApp({
    config: testConfig({
      PUBLIC_URL,
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: CLIENT.clientId,
      OIDC_CLIENT_SECRET: CLIENT.clientSecret,
      ...extra,
    }),
  });
}

beforeAll(async () => {
  database = await connectTestDatabase();
  provider = await startTestProvider(CLIENT);
  app = oidcApp();
});
afterAll(async () => {
  await provider.stop();
  await database.stop();
});

interface FlowOptions {
  /** Runs after the app stored the pending login, before the provider is visited. */
  beforeProvider?: (sessionCookie: string) => Promise<void>;
  tamperCallback?: (callback: URL) => void;
  accept?: string;
}

/** A browser going through the whole login: app → provider (login + consent) → app callback. */
async function oidcLogin(target: Express, account: TestAccount, options: FlowOptions = {}) {
  const browser = request.agent(target);
  const start = await browser.get('/auth/oidc/login?returnTo=/sitzungen').expect(303);
  const authorization = new URL(start.headers.location!);
  expect(authorization.origin).toBe(provider.issuer);
  expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
  expect(authorization.searchParams.get('state')).toBeTruthy();
  expect(authorization.searchParams.get('nonce')).toBeTruthy();
  await options.beforeProvider?.(String(start.headers['set-cookie']));

  provider.signInAs(account);
  const idp = request.agent(provider.issuer); // the provider's own cookies
  let location = authorization;
  for (let hops = 0; location.origin === provider.issuer; hops++) {
    if (hops > 10) throw new Error('too many redirects at the provider');
    const res = await idp.get(location.pathname + location.search);
    if (!res.headers.location) throw new Error(`provider answered ${res.status}: ${res.text}`);
    location = new URL(res.headers.location, provider.issuer);
  }
  expect(location.href.startsWith(CLIENT.redirectUri)).toBe(true);
  options.tamperCallback?.(location);
  const callback = await browser
    .get(location.pathname + location.search)
    .set('Accept', options.accept ?? 'application/json');
  const me = await browser.get('/api/v1/auth/me');
  return { callback, user: me.body.user as { id: string; displayName: string; roles: string[] } | null };
}

/** Why the last refused OIDC callback was refused, as the audit log recorded it. */
async function lastRefusal(): Promise<string> {
  const event = await AuditEventModel.findOne({ action: 'login_failed', 'details.method': 'oidc' })
    .sort({ at: -1 })
    .lean();
  return String((event?.details as { error?: string } | undefined)?.error);
}

function sessionId(setCookie: string): string {
  const value = decodeURIComponent(setCookie.match(/gremien\.sid=([^;]+)/)![1]!);
  return value.slice(2, value.lastIndexOf('.')); // "s:<id>.<signature>"
}

describe('OpenID Connect login', () => {
  it('links the account with the same e-mail on first login, then finds it by subject', async () => {
    const office = await createUser({
      username: 'schmitz',
      email: 'A.Schmitz@stadt-koeln.example',
      roles: ['office'],
      displayName: 'Anna Schmitz',
    });
    const { callback, user } = await oidcLogin(app, {
      sub: 'entra-oid-1',
      email: 'a.schmitz@stadt-koeln.example',
      name: 'Schmitz, Anna',
    });
    expect(callback.status).toBe(303);
    expect(callback.headers.location).toBe('/sitzungen');
    expect(user).toMatchObject({ id: office.id, displayName: 'Anna Schmitz', roles: ['office'] });
    const linked = await UserModel.findById(office.id).lean();
    expect(linked).toMatchObject({ oidcIssuer: provider.issuer, oidcSubject: 'entra-oid-1' });

    // Later logins match the subject, even when the address changed at the provider.
    const again = await oidcLogin(app, { sub: 'entra-oid-1', email: 'anna.schmitz@new.example' });
    expect(again.user?.id).toBe(office.id);
  });

  it('refuses a callback with a tampered state and does not log in', async () => {
    await createUser({ username: 'weber', email: 'weber@kreis-mettmann.example' });
    const { callback, user } = await oidcLogin(
      app,
      { sub: 'weber-sub', email: 'weber@kreis-mettmann.example' },
      {
        tamperCallback: (url) => url.searchParams.set('state', 'forged-state'),
      },
    );
    expect(callback.status).toBe(400);
    expect(callback.body.error.code).toBe('oidc_failed');
    expect(user).toBeNull();
    expect(await lastRefusal()).toMatch(/state/);
    expect(await UserModel.exists({ oidcSubject: 'weber-sub' })).toBeNull();
  });

  it('refuses an ID token whose nonce does not match the one kept in the session', async () => {
    await createUser({ username: 'becker', email: 'becker@kreis-mettmann.example' });
    const { callback, user } = await oidcLogin(
      app,
      { sub: 'becker-sub', email: 'becker@kreis-mettmann.example' },
      {
        beforeProvider: async (cookie) => {
          const sessions = mongoose.connection.collection('sessions');
          const result = await sessions.updateOne(
            { _id: sessionId(cookie) as never },
            { $set: { 'session.oidc.nonce': 'another-nonce' } },
          );
          expect(result.modifiedCount).toBe(1);
        },
      },
    );
    expect(callback.status).toBe(400);
    expect(callback.body.error.code).toBe('oidc_failed');
    expect(user).toBeNull();
    expect(await lastRefusal()).toMatch(/nonce/);
  });

  it('refuses a callback without a login in progress (replay)', async () => {
    const res = await request(app).get('/auth/oidc/callback?code=abc&state=def').expect(400);
    expect(res.body.error.code).toBe('oidc_failed');
  });

  it('tells unknown people, in German first, that the office must create their account', async () => {
    const { callback, user } = await oidcLogin(
      app,
      { sub: 'stranger', email: 'stranger@example.org' },
      { accept: 'text/html' },
    );
    expect(callback.status).toBe(403);
    expect(callback.headers['content-type']).toMatch(/html/);
    expect(callback.text).toContain('Für Ihr Konto ist noch kein Zugang eingerichtet');
    expect(callback.text).toContain('There is no access set up for your account yet');
    expect(user).toBeNull();
    expect(await UserModel.exists({ email: 'stranger@example.org' })).toBeNull();
  });

  it('creates a member account for unknown people when auto-provisioning is on', async () => {
    const provisioning = oidcApp({ OIDC_AUTO_PROVISION: 'true' });
    const { user } = await oidcLogin(provisioning, {
      sub: 'new-member',
      email: 'neu@example.org',
      name: 'Neues Mitglied',
    });
    expect(user).toMatchObject({ displayName: 'Neues Mitglied', roles: ['member'] });
  });

  it('shows OIDC among the login methods', async () => {
    const me = await request(app).get('/api/v1/auth/me').expect(200);
    expect(me.body.loginMethods).toEqual({ local: true, oidc: true });
  });
});
