import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AttendanceModel } from '../../server/store/models/attendance';
import { MeetingModel } from '../../server/store/models/meeting';
import { PersonModel } from '../../server/store/models/person';
import { UserModel } from '../../server/store/models/user';
import {
  chromiumMissingReason,
  launchChromium,
  screenshot,
  seriousAccessibilityViolations,
} from './support/chromium';
import { buildDashboard, startDashboardServer, type DashboardServer } from './support/dashboard-server';

const skipReason = chromiumMissingReason();
if (skipReason) console.warn(skipReason);

describe.skipIf(skipReason !== null)('dashboard in Chromium', () => {
  const distDir = mkdtempSync(path.join(tmpdir(), 'dashboard-e2e-'));
  let server: DashboardServer;
  let browser: Browser;
  let nonPublicTitles: string[];

  beforeAll(async () => {
    await buildDashboard(distDir);
    server = await startDashboardServer(distDir);
    browser = await launchChromium();
    const meetings = await MeetingModel.find({ 'agendaItems.public': false }).lean();
    nonPublicTitles = [
      ...new Set(meetings.flatMap((m) => m.agendaItems.filter((i) => !i.public).map((i) => i.name))),
    ]
      // Standard section titles appear in both parts; only titles unique to the nichtöffentlicher Teil are secrets.
      .filter((name) => !meetings.some((m) => m.agendaItems.some((i) => i.public && i.name === name)));
    expect(nonPublicTitles.length).toBeGreaterThan(0);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(distDir, { recursive: true, force: true });
  });

  /** A fresh browser profile (German), counting the API calls of each page load. */
  async function openContext(): Promise<{ context: BrowserContext; page: Page; apiCalls: string[] }> {
    const context = await browser.newContext({
      locale: 'de-DE',
      timezoneId: 'Europe/Berlin',
      acceptDownloads: true,
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    const apiCalls: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/api/')) apiCalls.push(`${request.method()} ${url.pathname}`);
    });
    page.on('pageerror', (error) => {
      throw error;
    });
    return { context, page, apiCalls };
  }

  async function expectAccessible(page: Page) {
    const violations = await seriousAccessibilityViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  }

  async function logIn(page: Page, username: string) {
    const account = server.accounts.find((a) => a.username === username);
    if (!account) throw new Error(`demo account ${username} missing`);
    await page.goto(`${server.baseUrl}/login`);
    await page.getByLabel('Benutzername').fill(account.username);
    await page.getByLabel('Passwort').fill(account.password);
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await page.getByText(/Angemeldet als/).waitFor();
  }

  async function firstMeetingLink(page: Page): Promise<string> {
    await page.locator('.fc-event').first().waitFor();
    const href = await page.locator('a.fc-event').first().getAttribute('href');
    expect(href).toMatch(/^\/meetings\/[0-9a-f]{24}$/);
    return href!;
  }

  it('shows a logged-out visitor the public calendar with the demo meetings and no non-public item anywhere', async () => {
    const { context, page, apiCalls } = await openContext();
    await page.goto(server.baseUrl);
    await page.getByRole('heading', { name: 'Sitzungskalender' }).waitFor();
    await page.locator('.fc-event').first().waitFor();
    expect(apiCalls.length).toBeLessThanOrEqual(3);
    expect(await page.locator('.legend input[type=checkbox]').count()).toBeGreaterThan(1);
    await page.getByRole('button', { name: 'Liste' }).click();
    await page.locator('.fc-list-event').first().waitFor();
    await screenshot(page, 'calendar-public-list');
    for (const title of nonPublicTitles) expect(await page.content()).not.toContain(title);

    // A meeting with a nichtöffentlicher Teil, opened directly.
    const secretMeeting = await MeetingModel.findOne({
      'agendaItems.public': false,
      start: { $gt: new Date() },
    }).lean();
    apiCalls.length = 0;
    await page.goto(`${server.baseUrl}/meetings/${secretMeeting!._id.toHexString()}`);
    await page.getByRole('heading', { name: 'Tagesordnung' }).waitFor();
    expect(apiCalls.length).toBeLessThanOrEqual(3);
    const hidden = secretMeeting!.agendaItems.filter((i) => !i.public).length;
    await expect(page.locator('.non-public-hidden').textContent()).resolves.toContain(
      hidden === 1 ? '1 nichtöffentlicher Punkt' : `${hidden} nichtöffentliche Punkte`,
    );
    await page.locator('.meeting-follow-ups table, .meeting-follow-ups .placeholder').first().waitFor();
    const pageText = await page.content();
    for (const title of nonPublicTitles) expect(pageText).not.toContain(title);
    await expectAccessible(page);
    await screenshot(page, 'meeting-public');

    const feed = await page.request.get(`${server.baseUrl}/feeds/public.ics`);
    expect(feed.status()).toBe(200);
    const feedText = await feed.text();
    expect(feedText).toContain('BEGIN:VEVENT');
    for (const title of nonPublicTitles) expect(feedText).not.toContain(title);
    await context.close();
  });

  it('lets the office head log in, open a meeting from the calendar and see the nichtöffentlicher Teil', async () => {
    const { context, page, apiCalls } = await openContext();
    await logIn(page, 'amtsleitung');
    await page.locator('.fc-event').first().waitFor();
    await expectAccessible(page);
    await screenshot(page, 'calendar-month');
    apiCalls.length = 0;
    await page.reload();
    await page.locator('.fc-event').first().waitFor();
    expect(apiCalls.sort()).toEqual([
      'GET /api/v1/auth/me',
      'GET /api/v1/committees',
      'GET /api/v1/meetings',
    ]);

    const href = await firstMeetingLink(page);
    await page.locator('a.fc-event').first().click();
    await page.waitForURL(`**${href}`);
    await page.getByRole('heading', { name: 'Tagesordnung' }).waitFor();
    const meeting = await MeetingModel.findById(href.split('/').pop()).lean();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(meeting!.name);
    const secret = meeting!.agendaItems.find((i) => !i.public);
    if (secret) await page.getByText(secret.name).first().waitFor();
    await expectAccessible(page);
    await screenshot(page, 'meeting-head');
    await context.close();
  });

  it('filters and exports the open items', async () => {
    const { context, page, apiCalls } = await openContext();
    await logIn(page, 'amtsleitung');
    // Requests the page after login still has in flight must not count for the next page.
    await page.waitForLoadState('networkidle');
    apiCalls.length = 0;
    await page.goto(`${server.baseUrl}/open-items`);
    await page.locator('table.open-items tbody tr').first().waitFor();
    expect(apiCalls.length, apiCalls.join(', ')).toBeLessThanOrEqual(3);
    const all = await page.locator('table.open-items tbody tr').count();
    const filtered = page.waitForResponse(
      (response) => response.url().includes('/api/v1/open-items?') && response.url().includes('overdue=true'),
    );
    await page.getByLabel('Nur überfällige').check();
    await filtered;
    // The filtered page arrives from the server; wait for it to replace the unfiltered rows.
    await expect.poll(() => page.locator('table.open-items tbody tr').count()).toBeLessThan(all);
    const overdue = await page.locator('table.open-items tbody tr').count();
    expect(overdue).toBeGreaterThan(0);
    expect(await page.locator('table.open-items tbody td.overdue').count()).toBe(overdue);
    await expectAccessible(page);
    await screenshot(page, 'open-items-overdue');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Als CSV exportieren' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^offene-punkte-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF"Art";"Nummer";"Betreff"')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(overdue + 1);
    await context.close();
  });

  it('works by keyboard: skip link, calendar events reachable with Tab, opened with Enter', async () => {
    const { context, page } = await openContext();
    await page.goto(server.baseUrl);
    await page.locator('a.fc-event').first().waitFor();
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Zum Inhalt springen' });
    await expect(skipLink.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    expect((await skipLink.boundingBox())!.x).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');

    let onEvent = false;
    for (let presses = 0; presses < 40 && !onEvent; presses++) {
      await page.keyboard.press('Tab');
      onEvent = await page.evaluate(() => document.activeElement?.matches('a.fc-event') ?? false);
    }
    expect(onEvent, 'a calendar event is reachable with Tab').toBe(true);
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${href}`);
    await page.getByRole('heading', { name: 'Tagesordnung' }).waitFor();
    expect(await page.title()).toBe('Sitzung – Gremien-Dashboard');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await context.close();
  });

  it('shows an accessible login page and gives a member a personal calendar address', async () => {
    const { context, page } = await openContext();
    await page.goto(`${server.baseUrl}/login`);
    await page.getByLabel('Benutzername').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'login');
    await logIn(page, 'mitglied');
    await page.getByRole('link', { name: 'Kalender abonnieren' }).click();
    await page.getByRole('button', { name: 'Persönliche Adresse erzeugen' }).click();
    const url = await page.locator('.personal-feed-url').textContent();
    expect(url).toMatch(new RegExp(`^${server.baseUrl}/feeds/personal/[A-Za-z0-9_-]+\\.ics$`));
    await expectAccessible(page);
    await screenshot(page, 'feeds');
    const feed = await page.request.get(url!);
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toContain('BEGIN:VTIMEZONE');
    await context.close();
  });

  it('switches between German and English texts and the lang attribute', async () => {
    const { context, page } = await openContext();
    await page.goto(server.baseUrl);
    await page.getByRole('heading', { name: 'Sitzungskalender' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Meeting calendar' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.title()).toBe('Meeting calendar – Committee dashboard');
    await page.getByRole('button', { name: 'Month', exact: true }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'calendar-english');
    await page.reload();
    await page.getByRole('heading', { name: 'Meeting calendar' }).waitFor();
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await page.getByRole('heading', { name: 'Sitzungskalender' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    await context.close();
  });

  it('lets the office add an agenda item and cancel its committee’s meeting, which the feed carries', async () => {
    const { context, page } = await openContext();
    await logIn(page, 'geschaeftsfuehrung');
    const office = await UserModel.findOne({ username: 'geschaeftsfuehrung' }).lean();
    const managed = await MeetingModel.findOne({
      organization: { $in: office!.officeCommitteeIds },
      state: 'terminiert',
      start: { $gt: new Date() },
      invitationDate: null,
    }).lean();
    expect(managed, 'the demo data hold an uninvited meeting of the office’s committee').not.toBeNull();
    await page.goto(`${server.baseUrl}/meetings/${managed!._id.toHexString()}`);
    await page.locator('.office-actions').waitFor();
    const editor = page.locator('.agenda-editor');
    await editor.getByLabel('Titel des Tagesordnungspunkts').fill('Bericht zur Glasfaserversorgung');
    await editor.getByRole('button', { name: 'Punkt hinzufügen' }).click();
    await page.locator('.agenda-part').getByText('Bericht zur Glasfaserversorgung').waitFor();
    await page.locator('.channel-bindings').getByText('Noch kein Kanal verbunden.').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'meeting-office');

    const uid = `meeting-${managed!._id.toHexString()}@127.0.0.1`;
    const feedEvent = async () => {
      const feed = new ICAL.Component(
        ICAL.parse(await (await page.request.get(`${server.baseUrl}/feeds/public.ics`)).text()),
      );
      return feed.getAllSubcomponents('vevent').find((event) => event.getFirstPropertyValue('uid') === uid)!;
    };
    const before = await feedEvent();
    expect(before.getFirstPropertyValue('status')).toBe('CONFIRMED');
    await page.getByRole('button', { name: 'Auf „abgesagt“ setzen' }).click();
    await page.locator('.meeting-facts').getByText('abgesagt').waitFor();
    const after = await feedEvent();
    expect(after.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(Number(after.getFirstPropertyValue('sequence'))).toBeGreaterThan(
      Number(before.getFirstPropertyValue('sequence')),
    );
    await context.close();
  });
  it('shows the office the quorum panel of a held meeting and records a departure by keyboard', async () => {
    const { context, page } = await openContext();
    await logIn(page, 'geschaeftsfuehrung');
    // The UA DiKO session of 18.11.2019 (seed 000): 5 members from 14:00, Herr Pohl i.V.f. Herrn Dr. Elster from 14:15.
    const held = await MeetingModel.findOne({ start: new Date('2019-11-18T13:00:00Z') }).lean();
    expect(held, 'the demo data hold the UA DiKO session of 18.11.2019').not.toBeNull();
    const id = held!._id.toHexString();
    const posted: unknown[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith(`/meetings/${id}/attendance/events`))
        posted.push(request.postDataJSON());
    });
    await page.goto(`${server.baseUrl}/meetings/${id}`);
    await page.getByRole('heading', { name: 'Anwesenheit und Beschlussfähigkeit' }).waitFor();
    await page
      .locator('.quorum-summary')
      .getByText('beschlussfähig: 6 von 7 anwesend, erforderlich 4')
      .waitFor();
    await page.getByRole('table', { name: 'Stimmberechtigte und ihre Anrechnung' }).waitFor();
    await page.getByText('i.V.f. Herrn Dr. Elster, anwesend seit 14:15 Uhr').first().waitFor();
    await page.getByRole('heading', { name: 'Anwesenheitsliste' }).waitFor();
    const minutes = page.getByRole('link', {
      name: 'Entwurf der Niederschrift als Word (DOCX) herunterladen',
    });
    expect(await minutes.getAttribute('href')).toBe(`/api/v1/meetings/${id}/minutes?format=docx`);
    await expectAccessible(page);
    await screenshot(page, 'meeting-quorum');

    await page.getByLabel('Person', { exact: true }).focus();
    await page.getByLabel('Person', { exact: true }).selectOption({ label: 'Herr Pohl' });
    await page.keyboard.press('Tab');
    await page.getByLabel('geht').check();
    await page.getByLabel('Uhrzeit', { exact: true }).fill('15:00');
    await page.getByLabel('Uhrzeit', { exact: true }).press('Enter');
    await page.getByText('Erfasst: Herr Pohl geht um 15:00 Uhr.').waitFor();
    expect(posted).toHaveLength(1);
    const body = posted[0] as { personId: string; kind: string; at: string };
    const pohl = await PersonModel.findOne({ familyName: 'Pohl' }).lean();
    expect({ personId: body.personId, kind: body.kind }).toEqual({
      personId: pohl!._id.toHexString(),
      kind: 'leave',
    });
    const stored = await AttendanceModel.findOne({ meeting: held!._id, person: pohl!._id }).lean();
    expect(stored?.events.at(-1)).toMatchObject({ kind: 'leave', at: new Date(body.at) });
    await page
      .locator('.quorum-summary')
      .getByText('beschlussfähig: 5 von 7 anwesend, erforderlich 4')
      .waitFor();
    expect(
      new Date(body.at).toLocaleTimeString('de-DE', {
        timeZone: 'Europe/Berlin',
        hour: '2-digit',
        minute: '2-digit',
      }),
    ).toBe('15:00');
    await context.close();
  });
});
