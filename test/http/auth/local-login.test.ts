import { Router } from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireRole, requireUser } from '../../../server/http/auth/actor';
import { AuditEventModel } from '../../../server/store/models/audit-event';
import { UserModel } from '../../../server/store/models/user';
import { browser, connectTestDatabase, createUser, loggedIn, testApp } from '../support/test-app';

let database: Awaited<ReturnType<typeof connectTestDatabase>>;

const guarded = Router();
guarded.get('/mine', requireUser(), (req, res) => {
  res.json({ actor: req.actor });
});
guarded.post('/office-only', requireRole('office', 'admin'), (_req, res) => {
  res.json({ ok: true });
});

const app = testApp({ apiRoutes: [{ path: '/guarded', router: guarded }] });

beforeAll(async () => {
  database = await connectTestDatabase();
  await createUser({
    username: 'office',
    password: 'correct horse battery',
    roles: ['office'],
    email: 'office@example.org',
  });
  await createUser({ username: 'member', password: 'member password 1', roles: ['member'] });
  await createUser({ username: 'gone', password: 'disabled password', disabled: true });
});
afterAll(() => database.stop());

describe('local login', () => {
  it('sets an httpOnly, SameSite=Lax session cookie and /me shows the user', async () => {
    const { agent, login } = await loggedIn(app, 'Office', 'correct horse battery');
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/gremien\.sid=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(login.body.user).toMatchObject({ displayName: 'office', roles: ['office'] });

    const me = await agent.get('/api/v1/auth/me').expect(200);
    expect(me.body.user).toMatchObject({ displayName: 'office', roles: ['office'], memberCommitteeIds: [] });
    expect(me.body.csrfToken).toBe(login.body.csrfToken);
    expect(me.headers['cache-control']).toBe('no-store');

    const stored = await UserModel.findOne({ username: 'office' }).lean();
    expect(stored?.lastLoginAt).toBeInstanceOf(Date);
    expect(await AuditEventModel.countDocuments({ action: 'login', entityId: String(stored?._id) })).toBe(1);
  });

  it('gives anonymous visitors a null user and a CSRF token', async () => {
    const me = await request(app).get('/api/v1/auth/me').expect(200);
    expect(me.body).toMatchObject({
      user: null,
      csrfToken: expect.any(String),
      loginMethods: { local: true, oidc: false },
    });
  });

  it('changes the session id on login', async () => {
    const { agent, csrfToken } = await browser(app);
    const anonymousCookie = (await agent.get('/api/v1/auth/me')).headers['set-cookie'];
    const login = await agent
      .post('/api/v1/auth/login')
      .set('X-CSRF-Token', csrfToken)
      .send({ username: 'member', password: 'member password 1' });
    const sid = (header: unknown) => String(header).match(/gremien\.sid=([^;]+)/)?.[1];
    expect(sid(login.headers['set-cookie'])).toBeDefined();
    expect(sid(login.headers['set-cookie'])).not.toBe(sid(anonymousCookie));
  });

  it('answers a wrong password and an unknown user alike: 401 with a generic message', async () => {
    const { agent, csrfToken } = await browser(app);
    const wrong = await agent
      .post('/api/v1/auth/login')
      .set('X-CSRF-Token', csrfToken)
      .send({ username: 'office', password: 'nope' })
      .expect(401);
    const unknown = await agent
      .post('/api/v1/auth/login')
      .set('X-CSRF-Token', csrfToken)
      .send({ username: 'nobody', password: 'nope' })
      .expect(401);
    const disabled = await agent
      .post('/api/v1/auth/login')
      .set('X-CSRF-Token', csrfToken)
      .send({ username: 'gone', password: 'disabled password' })
      .expect(401);
    for (const res of [wrong, unknown, disabled]) {
      expect(res.body.error).toMatchObject({
        code: 'invalid_credentials',
        message: 'Benutzername oder Passwort ist falsch.',
      });
    }
    expect((await agent.get('/api/v1/auth/me')).body.user).toBeNull();
    expect(await AuditEventModel.countDocuments({ action: 'login_failed' })).toBeGreaterThanOrEqual(3);
  });

  it('refuses a login without a CSRF token (login CSRF)', async () => {
    const res = await request(app)
      .post('/api/v1/auth/login')
      .send({ username: 'office', password: 'correct horse battery' })
      .expect(403);
    expect(res.body.error.code).toBe('csrf_failed');
  });

  it('refuses a state-changing request with a wrong CSRF token or a foreign origin', async () => {
    const { agent, csrfToken } = await loggedIn(app, 'office', 'correct horse battery');
    await agent.post('/api/v1/guarded/office-only').set('X-CSRF-Token', 'wrong').expect(403);
    await agent.post('/api/v1/guarded/office-only').expect(403);
    await agent
      .post('/api/v1/guarded/office-only')
      .set('X-CSRF-Token', csrfToken)
      .set('Origin', 'https://evil.example')
      .expect(403);
    await agent
      .post('/api/v1/guarded/office-only')
      .set('X-CSRF-Token', csrfToken)
      .set('Sec-Fetch-Site', 'cross-site')
      .expect(403);
    await agent
      .post('/api/v1/guarded/office-only')
      .set('X-CSRF-Token', csrfToken)
      .set('Origin', 'http://localhost:3000')
      .set('Sec-Fetch-Site', 'same-origin')
      .expect(200, { ok: true });
  });

  it('puts the principal on req.actor and enforces roles', async () => {
    await request(app).get('/api/v1/guarded/mine').expect(401);
    const member = await loggedIn(app, 'member', 'member password 1');
    const mine = await member.agent.get('/api/v1/guarded/mine').expect(200);
    expect(mine.body.actor).toMatchObject({
      kind: 'user',
      roles: ['member'],
      officeCommitteeIds: [],
      memberCommitteeIds: [],
    });
    const refused = await member.agent
      .post('/api/v1/guarded/office-only')
      .set('X-CSRF-Token', member.csrfToken)
      .expect(403);
    expect(refused.body.error.code).toBe('forbidden');
  });

  it('logout ends the session for good, also for a copy of the old cookie', async () => {
    const { agent, csrfToken, login } = await loggedIn(app, 'office', 'correct horse battery');
    const oldCookie = String(login.headers['set-cookie']).split(';')[0]!;
    await agent.post('/api/v1/auth/logout').set('X-CSRF-Token', csrfToken).expect(204);
    expect((await agent.get('/api/v1/auth/me')).body.user).toBeNull();
    const replay = await request(app).get('/api/v1/auth/me').set('Cookie', oldCookie).expect(200);
    expect(replay.body.user).toBeNull();
    await request(app).get('/api/v1/guarded/mine').set('Cookie', oldCookie).expect(401);
  });

  it('stops a session from authenticating once its user is disabled', async () => {
    const { agent } = await loggedIn(app, 'member', 'member password 1');
    await UserModel.updateOne({ username: 'member' }, { $set: { disabled: true } });
    await agent.get('/api/v1/guarded/mine').expect(401);
    await UserModel.updateOne({ username: 'member' }, { $set: { disabled: false } });
  });
});
