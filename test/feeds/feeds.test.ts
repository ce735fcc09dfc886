import ICAL from 'ical.js';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeedsRouter } from '../../server/http/feeds/router';
import { createFeedTokenRouter } from '../../server/http/feeds/feed-token-router';
import { FeedTokenModel } from '../../server/store/models/feed-token';
import { MeetingModel } from '../../server/store/models/meeting';
import { connectTestDatabase, loggedIn, testApp } from '../http/support/test-app';
import { seedFeedWorld } from './fixtures';

const now = new Date('2026-11-16T09:00:00+01:00'); // a Monday
const clock = () => now;
const publicUrl = new URL('http://localhost:3000');
const app = testApp({
  clock,
  apiRoutes: [{ path: '/me/feed-token', router: createFeedTokenRouter({ clock, publicUrl }) }],
  routes: [{ path: '/feeds', router: createFeedsRouter({ clock, publicUrl }) }],
});

let database: Awaited<ReturnType<typeof connectTestDatabase>>;
let world: Awaited<ReturnType<typeof seedFeedWorld>>;

beforeAll(async () => {
  database = await connectTestDatabase();
  world = await seedFeedWorld(now);
});
afterAll(() => database.stop());

/** ical.js throws on anything malformed; returns the events keyed by UID. */
function parseStrictly(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const timezones = calendar.getAllSubcomponents('vtimezone');
  expect(timezones.map((tz) => tz.getFirstPropertyValue('tzid'))).toEqual(['Europe/Berlin']);
  const zone = new ICAL.Timezone(timezones[0]!);
  ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
  return { calendar, events: new Map(events.map((event) => [event.uid, event])) };
}

describe('public feed', () => {
  it('lists all meetings with public agenda titles only, in Berlin time with a VTIMEZONE', async () => {
    const response = await request(app).get('/feeds/public.ics').expect(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.text).not.toMatch(/Geheim|Vertraulich/);
    const { events } = parseStrictly(response.text);
    expect(events.size).toBe(3);
    const digital = events.get(`meeting-${world.digitalMeeting.id}@localhost`)!;
    expect(digital.summary).toBe('12. Sitzung des Ausschusses für Digitalisierung');
    expect(digital.description).toContain('1 Mitteilungen der Verwaltung');
    expect(digital.startDate.zone?.tzid).toBe('Europe/Berlin');
    expect(digital.startDate.toJSDate().getTime()).toBe(world.digitalMeeting.start.getTime());
    expect(digital.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('carries cancellations through STATUS:CANCELLED and a higher SEQUENCE', async () => {
    const { events } = parseStrictly((await request(app).get('/feeds/public.ics')).text);
    const cancelled = events.get(`meeting-${world.cancelled.id}@localhost`)!;
    expect(cancelled.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled.sequence).toBeGreaterThan(0);
  });

  it('raises SEQUENCE when a meeting changes and keeps its UID', async () => {
    const uid = `meeting-${world.financeMeeting.id}@localhost`;
    const before = parseStrictly((await request(app).get('/feeds/public.ics')).text).events.get(
      uid,
    )!.sequence;
    const meeting = await MeetingModel.findById(world.financeMeeting._id).orFail();
    meeting.start = new Date(meeting.start.getTime() + 3_600_000);
    await meeting.save();
    const after = parseStrictly((await request(app).get('/feeds/public.ics')).text).events.get(uid)!;
    expect(after.sequence).toBeGreaterThan(before);
    expect(after.startDate.toJSDate().getTime()).toBe(meeting.start.getTime());
  });

  it('per committee shows only that committee’s meetings; unknown committees are 404', async () => {
    const { events } = parseStrictly(
      (await request(app).get(`/feeds/committees/${world.finance.id}/public.ics`).expect(200)).text,
    );
    expect([...events.keys()]).toEqual([`meeting-${world.financeMeeting.id}@localhost`]);
    await request(app).get('/feeds/committees/000000000000000000000000/public.ics').expect(404);
    await request(app).get('/feeds/committees/not-an-id/public.ics').expect(404);
  });
});

describe('personal feed', () => {
  let feedUrl: URL;

  it('is created for the logged-in user only and shown once', async () => {
    await request(app).post('/api/v1/me/feed-token').expect(403); // no CSRF token, no session
    const { agent, csrfToken } = await loggedIn(app, 'anna', 'anna password 1');
    const created = await agent.post('/api/v1/me/feed-token').set('X-CSRF-Token', csrfToken).expect(201);
    feedUrl = new URL(created.body.url);
    expect(feedUrl.pathname).toMatch(/^\/feeds\/personal\/[A-Za-z0-9_-]{43}\.ics$/);
    const stored = await FeedTokenModel.findOne({ user: world.memberUser._id }).lean();
    expect(stored?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(feedUrl.pathname).not.toContain(stored!.tokenHash);
    expect((await agent.get('/api/v1/me/feed-token').expect(200)).body.active).toBe(true);
  });

  it('holds the person’s committees’ meetings, their filing deadlines and their own open follow-ups only', async () => {
    const response = await request(app).get(feedUrl.pathname).expect(200);
    expect(response.headers['cache-control']).toBe('private, no-store');
    const { events } = parseStrictly(response.text);
    const summaries = [...events.values()].map((event) => event.summary).sort();
    expect(summaries).toEqual([
      '12. Sitzung des Ausschusses für Digitalisierung',
      'Abgesagt: 13. Sitzung (abgesagt)',
      'Anfragefrist: 12. Sitzung des Ausschusses für Digitalisierung',
      'Fällig: Nichtöffentlicher Auftrag',
      'Fällig: WLAN in Schulen prüfen',
    ]);
    expect(response.text).not.toMatch(/Finanzausschuss|anderen|Geheim|Erledigt/);
  });

  it('puts the filing deadline two working days before the meeting at 12:00 Berlin time', async () => {
    const { events } = parseStrictly((await request(app).get(feedUrl.pathname)).text);
    const deadline = events.get(`deadline-${world.digitalMeeting.id}@localhost`)!;
    // Meeting on Thursday 26 Nov 2026: two working days back is Tuesday 24 Nov, 12:00 CET.
    expect(world.digitalMeeting.start.toISOString()).toBe('2026-11-26T16:00:00.000Z');
    expect(deadline.endDate.toJSDate().toISOString()).toBe('2026-11-24T11:00:00.000Z');
    expect(deadline.endDate.zone?.tzid).toBe('Europe/Berlin');
  });

  it('stops working when revoked or replaced', async () => {
    const { agent, csrfToken } = await loggedIn(app, 'anna', 'anna password 1');
    const renewed = new URL(
      (await agent.post('/api/v1/me/feed-token').set('X-CSRF-Token', csrfToken).expect(201)).body.url,
    );
    await request(app).get(feedUrl.pathname).expect(404);
    await request(app).get(renewed.pathname).expect(200);
    await agent.delete('/api/v1/me/feed-token').set('X-CSRF-Token', csrfToken).expect(204);
    await request(app).get(renewed.pathname).expect(404);
    await request(app).get('/feeds/personal/guessed-token.ics').expect(404);
  });
});
