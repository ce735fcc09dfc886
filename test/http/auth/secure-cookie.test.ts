import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTestDatabase, createUser, testApp, testConfig } from '../support/test-app';

let database: Awaited<ReturnType<typeof connectTestDatabase>>;

beforeAll(async () => {
  database = await connectTestDatabase();
  await createUser({ username: 'office', password: 'correct horse battery', roles: ['office'] });
});
afterAll(() => database.stop());

describe('session cookie over HTTPS', () => {
  it('is Secure, SameSite=None and Partitioned so the dashboard keeps its login as a Teams tab', async () => {
    const config = testConfig({ TRUST_PROXY: '1' });
    config.session.secureCookie = true;
    const app = testApp({ config });
    // A cookie jar over plain HTTP would drop Secure cookies; hand the anonymous session on explicitly.
    const me = await request(app).get('/api/v1/auth/me').set('X-Forwarded-Proto', 'https').expect(200);
    const anonymousSession = String(me.headers['set-cookie']).split(';')[0] ?? '';
    const login = await request(app)
      .post('/api/v1/auth/login')
      .set('X-Forwarded-Proto', 'https')
      .set('Cookie', anonymousSession)
      .set('X-CSRF-Token', me.body.csrfToken)
      .send({ username: 'office', password: 'correct horse battery' })
      .expect(200);
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/^__Host-gremien\.sid=/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/SameSite=None/);
    expect(cookie).toMatch(/Partitioned/);
    expect(cookie).toMatch(/HttpOnly/);
  });

  it('still refuses a state-changing request without the CSRF token', async () => {
    const config = testConfig({ TRUST_PROXY: '1' });
    config.session.secureCookie = true;
    await request(testApp({ config }))
      .post('/api/v1/auth/login')
      .set('X-Forwarded-Proto', 'https')
      .send({ username: 'office', password: 'correct horse battery' })
      .expect(403);
  });
});
