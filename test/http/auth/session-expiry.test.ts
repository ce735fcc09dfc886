import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTestDatabase, createUser, loggedIn, testApp, testConfig } from '../support/test-app';

let database: Awaited<ReturnType<typeof connectTestDatabase>>;
const TTL_MS = 1_500;
const app = testApp({ config: testConfig({ SESSION_TTL_HOURS: String(TTL_MS / 3_600_000) }) });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const whoIs = async (cookie: string) =>
  (await request(app).get('/api/v1/auth/me').set('Cookie', cookie)).body.user;

beforeAll(async () => {
  database = await connectTestDatabase();
  await createUser({ username: 'office', password: 'correct horse battery' });
});
afterAll(() => database.stop());

describe('session expiry', () => {
  it('keeps an active session alive (rolling) and ends an idle one after the TTL', async () => {
    const active = await loggedIn(app, 'office', 'correct horse battery');
    const idle = await loggedIn(app, 'office', 'correct horse battery');
    const idleCookie = String(idle.login.headers['set-cookie']).split(';')[0]!;
    const activeCookie = String(active.login.headers['set-cookie']).split(';')[0]!;
    expect(String(idle.login.headers['set-cookie'])).toMatch(/Expires=/);

    await sleep(TTL_MS * 0.6);
    expect(await whoIs(activeCookie)).not.toBeNull(); // extends the active session
    await sleep(TTL_MS * 0.6);

    // The cookie is replayed by hand: the server, not the client's cookie jar, must refuse it.
    expect(await whoIs(idleCookie)).toBeNull();
    expect(await whoIs(activeCookie)).not.toBeNull();
  });
});
