import { Router } from 'express';
import mongoose from 'mongoose';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createApp } from '../../server/http/app';
import { parse } from '../../server/http/errors';
import { UserModel } from '../../server/store/models/user';
import { connectTestDatabase, silentLogger, testApp, testConfig } from './support/test-app';

let database: Awaited<ReturnType<typeof connectTestDatabase>>;

const probes = Router();
probes.get('/boom', () => {
  throw new Error('secret internals at /srv/app/db.ts:42');
});
probes.post('/echo', (req, res) => {
  const body = parse(z.strictObject({ name: z.string().min(2), count: z.number().int() }), req.body, 'body');
  res.json(body);
});
probes.get('/search', (req, res) => {
  const query = parse(z.strictObject({ q: z.string() }), req.query, 'query');
  res.json(query);
});
probes.post('/users', async (req, res) => {
  const user = await UserModel.create({ username: String(req.body.username), displayName: 'x' });
  res.status(201).json({ id: user.id });
});

const app = () => testApp({ apiRoutes: [{ path: '/probes', router: probes }] });

beforeAll(async () => {
  database = await connectTestDatabase();
  await UserModel.init();
});
afterAll(() => database.stop());

/** State-changing API calls need a CSRF token; this gets one for a fresh browser session. */
async function withCsrf(server: ReturnType<typeof app>) {
  const agent = request.agent(server);
  const { body } = await agent.get('/api/v1/auth/me');
  return { agent, token: body.csrfToken as string };
}

describe('createApp', () => {
  it('answers /healthz', async () => {
    const res = await request(app()).get('/healthz').expect(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('answers /readyz 200 with a reachable database and 503 once its connection is closed', async () => {
    await request(app()).get('/readyz').expect(200, { status: 'ready' });
    const own = await mongoose.createConnection(database.uri).asPromise();
    const appOnOwnConnection = createApp({ config: testConfig(), logger: silentLogger, connection: own });
    await request(appOnOwnConnection).get('/readyz').expect(200);
    await own.close();
    const res = await request(appOnOwnConnection).get('/readyz').expect(503);
    expect(res.body.error.code).toBe('unavailable');
  });

  it('echoes a sane incoming request id and replaces an unsafe one', async () => {
    const echoed = await request(app()).get('/healthz').set('X-Request-Id', 'abc-123.x');
    expect(echoed.headers['x-request-id']).toBe('abc-123.x');
    const replaced = await request(app()).get('/healthz').set('X-Request-Id', 'bad id\twith spaces');
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const generated = await request(app()).get('/healthz');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sets helmet headers with a same-origin CSP', async () => {
    const res = await request(app()).get('/healthz');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('refuses JSON bodies over 100 kB with 413 payload_too_large', async () => {
    const { agent, token } = await withCsrf(app());
    const res = await agent
      .post('/api/v1/probes/echo')
      .set('X-CSRF-Token', token)
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ name: 'x'.repeat(110_000), count: 1 }))
      .expect(413);
    expect(res.body.error.code).toBe('payload_too_large');
  });

  it('answers invalid JSON with 400 invalid_json', async () => {
    const { agent, token } = await withCsrf(app());
    const res = await agent
      .post('/api/v1/probes/echo')
      .set('X-CSRF-Token', token)
      .set('Content-Type', 'application/json')
      .send('{"name": ')
      .expect(400);
    expect(res.body.error.code).toBe('invalid_json');
  });

  it('names each invalid or unknown field', async () => {
    const { agent, token } = await withCsrf(app());
    const res = await agent
      .post('/api/v1/probes/echo')
      .set('X-CSRF-Token', token)
      .send({ name: 'a', count: 1.5, extra: true })
      .expect(400);
    expect(res.body.error.code).toBe('validation_failed');
    const paths = res.body.error.fields.map((f: { path: string }) => f.path).sort();
    expect(paths).toEqual(['count', 'extra', 'name']);
    expect(res.body.error.fields[0].location).toBe('body');
    await agent
      .post('/api/v1/probes/echo')
      .set('X-CSRF-Token', token)
      .send({ name: 'ab', count: 2 })
      .expect(200, { name: 'ab', count: 2 });
  });

  it('rejects $-operators and dotted keys in body and query, naming the field', async () => {
    const { agent, token } = await withCsrf(app());
    const body = await agent
      .post('/api/v1/probes/echo')
      .set('X-CSRF-Token', token)
      .send({ name: { $ne: null }, count: 1, 'a.b': 1 })
      .expect(400);
    expect(body.body.error.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'name.$ne', location: 'body' }),
        expect.objectContaining({ path: 'a.b', location: 'body' }),
      ]),
    );
    const query = await request(app()).get('/api/v1/probes/search?q[$regex]=.*&$where=1').expect(400);
    expect(query.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      '$where',
      'q[$regex]',
    ]);
  });

  it('maps a duplicate key to 409 naming the field', async () => {
    const { agent, token } = await withCsrf(app());
    await agent
      .post('/api/v1/probes/users')
      .set('X-CSRF-Token', token)
      .send({ username: 'twice' })
      .expect(201);
    const res = await agent
      .post('/api/v1/probes/users')
      .set('X-CSRF-Token', token)
      .send({ username: 'twice' })
      .expect(409);
    expect(res.body.error.code).toBe('conflict');
    expect(res.body.error.fields).toEqual([expect.objectContaining({ path: 'username' })]);
  });

  it('answers unknown /api routes with a JSON 404', async () => {
    const res = await request(app()).get('/api/v1/nothing-here').expect(404);
    expect(res.body.error.code).toBe('not_found');
    expect(res.headers['content-type']).toMatch(/json/);
  });

  it('never sends a stack trace or internal message in a 500', async () => {
    const res = await request(app()).get('/api/v1/probes/boom').set('X-Request-Id', 'req-500').expect(500);
    expect(res.body.error).toEqual({ code: 'internal', message: expect.any(String), requestId: 'req-500' });
    expect(res.text).not.toMatch(/secret internals|\.ts:\d|\n\s+at /);
  });
});
