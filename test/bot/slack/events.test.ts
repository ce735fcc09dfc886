import request from 'supertest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ChannelBindingModel } from '../../../server/store/models/channel-binding';
import { ChatConversationModel } from '../../../server/store/models/chat-conversation';
import { OutboxMessageModel } from '../../../server/store/models/outbox-message';
import { clearDatabase, connectTestDatabase } from '../../jobs/support/connect';
import { seedCommittee } from '../chat/support/fixtures';
import { startSlackHarness } from './support/harness';
import { signedHeaders, waitFor, waitForAsync } from './support/signed';

let db: { stop: () => Promise<void> };
let harness: Awaited<ReturnType<typeof startSlackHarness>>;
const now = new Date();

beforeAll(async () => {
  db = await connectTestDatabase();
  harness = await startSlackHarness(() => now);
  harness.api.users.set('UOFFICE', { email: 'schmitz@stadt-koeln.de' });
  harness.api.users.set('UMEMBER', { email: 'weber@example.org' });
});
afterAll(async () => {
  await harness.stop();
  await db.stop();
});
let seed: Awaited<ReturnType<typeof seedCommittee>>;
beforeEach(async () => {
  await clearDatabase();
  harness.api.calls.length = 0;
  seed = await seedCommittee(now);
});

function eventBody(eventId: string, event: Record<string, unknown>): string {
  return JSON.stringify({
    type: 'event_callback',
    team_id: 'T1',
    api_app_id: 'A1',
    event_id: eventId,
    event_time: 1,
    event,
  });
}

async function send(body: string, extra: Record<string, string> = {}) {
  return request(harness.app)
    .post('/slack/events')
    .set('content-type', 'application/json')
    .set(signedHeaders(body, new Date()))
    .set(extra)
    .send(body);
}

async function interaction(payload: Record<string, unknown>) {
  const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  return request(harness.app)
    .post('/slack/events')
    .type('form')
    .set(signedHeaders(body, new Date()))
    .send(body);
}

describe('Slack events and interactivity', () => {
  it('publishes the App Home once, even when Slack retries the event', async () => {
    const body = eventBody('Ev1', {
      type: 'app_home_opened',
      user: 'UMEMBER',
      channel: 'D1',
      tab: 'home',
      event_ts: '1.2',
    });
    expect((await send(body)).status).toBe(200);
    const [published] = await waitFor(() =>
      harness.api.callsTo('views.publish').length ? harness.api.callsTo('views.publish') : undefined,
    );
    expect(
      (await send(body, { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' })).status,
    ).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    expect(harness.api.callsTo('views.publish')).toHaveLength(1);
    const view = JSON.stringify(published?.body.view);
    expect(published?.body.user_id).toBe('UMEMBER');
    expect(view).toContain('Meine Ausschüsse');
    expect(view).toContain('UA DiKO');
    expect(view).toContain('5. Sitzung des Unterausschusses');
  });

  it('gives the office the button to send a Mitteilung on the App Home', async () => {
    await send(
      eventBody('Ev2', {
        type: 'app_home_opened',
        user: 'UOFFICE',
        channel: 'D2',
        tab: 'home',
        event_ts: '1.3',
      }),
    );
    const [published] = await waitFor(() =>
      harness.api.callsTo('views.publish').length ? harness.api.callsTo('views.publish') : undefined,
    );
    expect(JSON.stringify(published?.body.view)).toContain('officeUpdate.open');
  });

  it('remembers a channel the bot joined and forgets it when removed', async () => {
    await send(
      eventBody('Ev3', {
        type: 'member_joined_channel',
        user: 'UBOT',
        channel: 'CNEW',
        team: 'T1',
        event_ts: '1.4',
      }),
    );
    const joined = await waitForAsync(() => ChatConversationModel.findOne({ channelId: 'CNEW' }).lean());
    expect(joined).toMatchObject({ active: true, platform: 'slack', tenantId: 'T1' });
    await send(
      eventBody('Ev4', { type: 'channel_left', channel: 'CNEW', actor_id: 'UOFFICE', event_ts: '1.5' }),
    );
    const left = await waitForAsync(() =>
      ChatConversationModel.findOne({ channelId: 'CNEW', active: false }).lean(),
    );
    expect(left.deactivatedAt).toBeInstanceOf(Date);
  });

  it('answers an invalid Mitteilung form with inline errors and a valid one by closing it', async () => {
    const view = (text: string) => ({
      id: 'V1',
      team_id: 'T1',
      callback_id: 'officeUpdate.compose',
      private_metadata: '{}',
      state: {
        values: {
          committee: { committee: { type: 'static_select', selected_option: { value: 'not-mine' } } },
          text: { text: { type: 'plain_text_input', value: text } },
        },
      },
    });
    const invalid = await interaction({
      type: 'view_submission',
      team: { id: 'T1' },
      user: { id: 'UOFFICE' },
      view: view(' '),
    });
    expect(invalid.status).toBe(200);
    expect(invalid.body).toEqual({
      response_action: 'errors',
      errors: { committee: expect.any(String), text: 'Bitte ausfüllen.' },
    });
  });

  it('sends a Mitteilung submitted twice (double click) only once', async () => {
    await ChannelBindingModel.create({
      platform: 'slack',
      tenantId: 'T1',
      channelId: 'CPUB',
      organization: seed.committee._id,
      confidentiality: 'public',
    });
    const submission = {
      type: 'view_submission',
      team: { id: 'T1' },
      user: { id: 'UOFFICE' },
      view: {
        id: 'V2',
        team_id: 'T1',
        callback_id: 'officeUpdate.compose',
        private_metadata: '{}',
        state: {
          values: {
            committee: {
              committee: { type: 'static_select', selected_option: { value: seed.committee._id.toString() } },
            },
            text: { text: { type: 'plain_text_input', value: 'Die Sitzung beginnt um 17 Uhr.' } },
            audience: { audience: { type: 'static_select', selected_option: { value: 'public' } } },
          },
        },
      },
    };
    const [first, second] = await Promise.all([interaction(submission), interaction(submission)]);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(first.text).toBe('');
    await waitFor(() => (harness.api.callsTo('chat.postMessage').length >= 2 ? true : undefined));
    expect(await OutboxMessageModel.countDocuments()).toBe(1);
    expect(JSON.stringify(harness.api.callsTo('chat.postMessage')[0]?.body)).toContain(
      'Die Mitteilung geht an 1 Kanal.',
    );
  });

  it('opens the Mitteilung form as a modal from the shortcut', async () => {
    const res = await interaction({
      type: 'shortcut',
      callback_id: 'office_update',
      trigger_id: 'trig1',
      team: { id: 'T1' },
      user: { id: 'UOFFICE' },
    });
    expect(res.status).toBe(200);
    const [opened] = await waitFor(() =>
      harness.api.callsTo('views.open').length ? harness.api.callsTo('views.open') : undefined,
    );
    expect(opened?.body.trigger_id).toBe('trig1');
    expect(JSON.stringify(opened?.body.view)).toContain('"callback_id":"officeUpdate.compose"');
  });
});
