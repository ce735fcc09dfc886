import type { Express } from 'express';
import mongoose from 'mongoose';
import { pino } from 'pino';
import request from 'supertest';
import { loadConfig, type Config } from '../../../server/config/env';
import type { Role } from '../../../server/domain/access/principal';
import { createApp, type AppDeps } from '../../../server/http/app';
import { hashPassword } from '../../../server/domain/access/password';
import { UserModel } from '../../../server/store/models/user';
import { startTestDatabase } from '../../support/database';

export const silentLogger = pino({ level: 'silent' });

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ NODE_ENV: 'test', SESSION_SECRET: 'test-session-secret-of-sufficient-length', ...env });
}

/** Connects the default mongoose connection (the models') to a fresh test database. */
export async function connectTestDatabase(): Promise<{ uri: string; stop: () => Promise<void> }> {
  const database = await startTestDatabase();
  await mongoose.connect(database.uri);
  return {
    uri: database.uri,
    async stop() {
      await mongoose.disconnect();
      await database.stop();
    },
  };
}

export function testApp(overrides: Partial<AppDeps> = {}): Express {
  return createApp({
    config: testConfig(),
    logger: silentLogger,
    connection: mongoose.connection,
    ...overrides,
  });
}

export async function createUser(
  fields: { username: string; password?: string; email?: string; roles?: Role[] } & Record<string, unknown>,
) {
  const { password, ...rest } = fields;
  return UserModel.create({
    displayName: fields.username,
    roles: ['office'],
    ...rest,
    passwordHash: password ? await hashPassword(password) : undefined,
  });
}

/** A browser-like client: keeps cookies, fetches the CSRF token from /me. */
export async function browser(app: Express) {
  const agent = request.agent(app);
  const me = await agent.get('/api/v1/auth/me').expect(200);
  return { agent, csrfToken: me.body.csrfToken as string };
}

export async function loggedIn(app: Express, username: string, password: string) {
  const { agent, csrfToken } = await browser(app);
  const login = await agent
    .post('/api/v1/auth/login')
    .set('X-CSRF-Token', csrfToken)
    .send({ username, password })
    .expect(200);
  return { agent, csrfToken: login.body.csrfToken as string, login };
}
