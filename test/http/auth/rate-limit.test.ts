import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  connectTestDatabase,
  createUser,
  browser,
  silentLogger,
  testApp,
  testConfig,
} from '../support/test-app';

let database: Awaited<ReturnType<typeof connectTestDatabase>>;
let secondConnection: mongoose.Connection;
const config = testConfig({ LOGIN_MAX_FAILURES: '3', LOGIN_WINDOW_MINUTES: '5' });

beforeAll(async () => {
  database = await connectTestDatabase();
  secondConnection = await mongoose.createConnection(database.uri).asPromise();
  await createUser({ username: 'office', password: 'correct horse battery' });
  await createUser({ username: 'other', password: 'other password 12' });
});
afterAll(async () => {
  await secondConnection.close();
  await database.stop();
});

async function attempt(app: ReturnType<typeof testApp>, username: string, password: string) {
  const { agent, csrfToken } = await browser(app);
  return agent.post('/api/v1/auth/login').set('X-CSRF-Token', csrfToken).send({ username, password });
}

describe('login rate limit', () => {
  it('counts failed logins per address and user name across app instances, then answers 429', async () => {
    // Two instances, each with its own database connection: only a shared store can link them.
    const first = testApp({ config });
    const second = testApp({ config, connection: secondConnection, logger: silentLogger });

    expect((await attempt(first, 'office', 'correct horse battery')).status).toBe(200); // successes do not count
    expect((await attempt(second, 'other', 'other password 12')).status).toBe(200);
    expect((await attempt(first, 'office', 'wrong 1')).status).toBe(401);
    expect((await attempt(second, 'office', 'wrong 2')).status).toBe(401);
    expect((await attempt(first, 'office', 'wrong 3')).status).toBe(401);

    const limited = await attempt(second, 'office', 'correct horse battery');
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('rate_limited');
    expect(limited.headers['ratelimit-policy']).toBeDefined();
    expect((await attempt(first, 'OFFICE', 'correct horse battery')).status).toBe(429);

    // Another account from the same address is not affected.
    expect((await attempt(second, 'other', 'wrong')).status).toBe(401);
  });
});
