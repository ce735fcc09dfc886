import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Router } from 'express';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { createDashboardRouter } from '../../server/http/static/dashboard-router';
import {
  TEAMS_TAB_FRAME_ANCESTORS,
  withFrameAncestors,
} from '../../server/http/static/teams-frame-ancestors';
import { testApp } from '../http/support/test-app';

const distDir = mkdtempSync(path.join(tmpdir(), 'dashboard-dist-'));
mkdirSync(path.join(distDir, 'assets'));
writeFileSync(path.join(distDir, 'index.html'), '<!doctype html><title>Gremien-Dashboard</title>');
writeFileSync(path.join(distDir, 'assets', 'index-abc123.js'), 'console.log(1)');
afterAll(() => rmSync(distDir, { recursive: true, force: true }));

const feeds = Router().get(
  '/public.ics',
  (_req, res) => void res.type('text/calendar').send('BEGIN:VCALENDAR'),
);
// No database: the session store is never touched by requests without a session cookie that need none.
const app = testApp({
  routes: [
    { path: '/feeds', router: feeds },
    { path: '/', router: createDashboardRouter({ distDir }) },
  ],
});

describe('dashboard static serving', () => {
  it('answers client-side routes with index.html, framable by Teams and Microsoft 365 hosts', async () => {
    const response = await request(app).get('/meetings/abc').set('Accept', 'text/html').expect(200);
    expect(response.text).toContain('Gremien-Dashboard');
    expect(response.headers['cache-control']).toBe('no-cache');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain(`frame-ancestors ${TEAMS_TAB_FRAME_ANCESTORS.join(' ')}`);
    expect(csp.match(/frame-ancestors/g)).toHaveLength(1);
    expect(csp).toContain("script-src 'self'");
    expect(response.headers['x-frame-options']).toBeUndefined();
  });

  it('serves hashed assets for a year and 404s missing ones', async () => {
    const asset = await request(app).get('/assets/index-abc123.js').expect(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    await request(app).get('/assets/missing.js').expect(404);
  });

  it('leaves API, auth, feed and health paths to their own routers', async () => {
    const api = await request(app)
      .get('/api/v1/nothing-here')
      .set('Accept', 'text/html,application/json')
      .expect(404);
    expect(api.text).not.toContain('Gremien-Dashboard');
    const feed = await request(app).get('/feeds/public.ics').expect(200);
    expect(feed.text).toBe('BEGIN:VCALENDAR');
    const unknownFeed = await request(app).get('/feeds/unknown').set('Accept', 'text/html').expect(404);
    expect(unknownFeed.text).not.toContain('<title>Gremien-Dashboard</title>');
    const slack = await request(app).get('/slack/events').set('Accept', 'text/html');
    expect(slack.text).not.toContain('<title>Gremien-Dashboard</title>');
  });

  it('replaces only the frame-ancestors directive of an existing policy', () => {
    expect(
      withFrameAncestors(
        "default-src 'self';frame-ancestors 'self';img-src data:",
        "frame-ancestors 'self' https://x",
      ),
    ).toBe("default-src 'self';img-src data:;frame-ancestors 'self' https://x");
  });

  it('keeps the default framing rules when the Teams tab is off', async () => {
    const plain = testApp({
      routes: [{ path: '/', router: createDashboardRouter({ distDir, teamsTab: false }) }],
    });
    const response = await request(plain).get('/').set('Accept', 'text/html').expect(200);
    expect(String(response.headers['content-security-policy'])).toContain("frame-ancestors 'self'");
    expect(String(response.headers['content-security-policy'])).not.toContain('teams.microsoft.com');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('refuses to start without a build', () => {
    expect(() => createDashboardRouter({ distDir: path.join(distDir, 'nope') })).toThrow(/build:dashboard/);
  });
});
