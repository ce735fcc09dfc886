import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAnnouncementDeps } from '../../../server/composition/chat';
import { SlackDelivery } from '../../../bot/slack/delivery';
import { fixedToken } from '../../../bot/slack/tokens';
import { principalFor } from './support/principal';
import { announceMeetingChanged } from '../../../server/domain/announcements/announce-meeting-changed';
import { postOfficeUpdate } from '../../../server/domain/announcements/post-office-update';
import { publishMeeting } from '../../../server/domain/announcements/publish-meeting';
import { sendDueReminders } from '../../../server/domain/announcements/send-reminders';
import { OutboxDispatcher } from '../../../server/jobs/outbox/dispatcher';
import { ChannelBindingModel } from '../../../server/store/models/channel-binding';
import { MeetingModel } from '../../../server/store/models/meeting';
import { clearDatabase, connectTestDatabase } from '../../jobs/support/connect';
import { SECRET_SUPPLEMENT, SECRET_WORDS, seedCommittee } from '../chat/support/fixtures';
import { FakeSlackApi } from './support/fake-slack-api';

let db: { stop: () => Promise<void> };
let api: FakeSlackApi;
let now: Date;
const clock = () => now;
let seed: Awaited<ReturnType<typeof seedCommittee>>;

beforeAll(async () => {
  db = await connectTestDatabase();
  api = new FakeSlackApi();
  await api.start();
});
afterAll(async () => {
  await api.stop();
  await db.stop();
});
beforeEach(async () => {
  await clearDatabase();
  api.calls.length = 0;
  now = new Date('2026-03-01T09:00:00Z');
  seed = await seedCommittee(now);
  for (const [channelId, confidentiality] of [
    ['CPUB1', 'public'],
    ['CPUB2', 'public'],
    ['CCONF', 'confidential'],
  ] as const) {
    await ChannelBindingModel.create({
      platform: 'slack',
      tenantId: 'T1',
      channelId,
      organization: seed.committee._id,
      confidentiality,
    });
  }
});

function dispatcher() {
  const delivery = new SlackDelivery({ tokens: fixedToken('xoxb-test'), slackApiUrl: api.apiUrl });
  return new OutboxDispatcher({ deliveries: { slack: delivery }, clock, logger: pino({ level: 'silent' }) });
}

const PUBLIC = new Set(['CPUB1', 'CPUB2']);
function publicPayloads(): string[] {
  return api.calls.filter((c) => PUBLIC.has(String(c.body.channel))).map((c) => JSON.stringify(c.body));
}

describe('agenda announcements on Slack', () => {
  it('never sends non-public text to a public channel: agenda, update, change notice, reminder, office update', async () => {
    const deps = createAnnouncementDeps({ clock });
    const office = await principalFor(seed.officeUser._id.toString(), now);
    await publishMeeting(deps, office, seed.meeting._id.toString());
    await dispatcher().drain();

    const before = await deps.store.findMeeting(seed.meeting._id.toString());
    const meeting = await MeetingModel.findById(seed.meeting._id).orFail();
    meeting.agendaItems.push({
      number: '2',
      order: 4,
      name: SECRET_SUPPLEMENT,
      public: false,
      supplement: true,
    });
    meeting.agendaItems.push({
      number: '3',
      order: 2.5,
      name: 'Breitbandausbau Nachtrag',
      public: true,
      supplement: true,
    });
    await meeting.save();
    await announceMeetingChanged(deps, seed.meeting._id.toString(), before!, 'v2');
    now = new Date(now.getTime() + 2_000);
    await dispatcher().drain();

    now = new Date(seed.meeting.start.getTime() - 86_400_000 + 3_600_000);
    await sendDueReminders(deps);
    await dispatcher().drain();
    await postOfficeUpdate(deps, office, {
      committeeId: seed.committee._id.toString(),
      committeeShortName: 'UA DiKO',
      text: 'Bitte Vorlage 3679/2019 lesen.',
      confidential: false,
    });
    await postOfficeUpdate(deps, office, {
      committeeId: seed.committee._id.toString(),
      committeeShortName: 'UA DiKO',
      text: `Zu ${SECRET_SUPPLEMENT}: Unterlagen im Büro.`,
      confidential: true,
    });
    await dispatcher().drain();

    const kinds = (channel: string) =>
      api.calls
        .filter((c) => c.body.channel === channel)
        .map((c) => `${c.method}${c.body.thread_ts ? ':thread' : ''}`);
    expect(kinds('CPUB1')).toEqual([
      'chat.postMessage',
      'chat.update',
      'chat.postMessage:thread',
      'chat.postMessage:thread',
      'chat.postMessage',
    ]);
    expect(kinds('CCONF')).toEqual([
      'chat.postMessage',
      'chat.update',
      'chat.postMessage:thread',
      'chat.postMessage:thread',
      'chat.postMessage',
      'chat.postMessage',
    ]);

    const pub = publicPayloads();
    expect(pub.join()).toContain('Breitbandausbau');
    expect(pub.join()).toContain('Nichtöffentlicher Teil: 2 Tagesordnungspunkte');
    expect(pub.join()).toContain('3679/2019');
    for (const payload of pub) for (const word of SECRET_WORDS) expect(payload).not.toContain(word);
    const confidential = api.calls
      .filter((c) => c.body.channel === 'CCONF')
      .map((c) => JSON.stringify(c.body))
      .join();
    expect(confidential).toContain('Grundstücksangelegenheit');
    expect(confidential).toContain('Personalangelegenheit');
  });

  it('updates each channel’s post in place and threads the change notice under it', async () => {
    const deps = createAnnouncementDeps({ clock });
    const office = await principalFor(seed.officeUser._id.toString(), now);
    await publishMeeting(deps, office, seed.meeting._id.toString());
    await dispatcher().drain();
    const posted = api.callsTo('chat.postMessage').find((c) => c.body.channel === 'CPUB1');
    const postedTs = api.calls.length; // index marker
    const before = await deps.store.findMeeting(seed.meeting._id.toString());
    await MeetingModel.updateOne({ _id: seed.meeting._id }, { $set: { cancelled: true } });
    await announceMeetingChanged(deps, seed.meeting._id.toString(), before!, 'cancel');
    await announceMeetingChanged(deps, seed.meeting._id.toString(), before!, 'cancel');
    now = new Date(now.getTime() + 2_000);
    await dispatcher().drain();
    const later = api.calls.slice(postedTs).filter((c) => c.body.channel === 'CPUB1');
    const update = later.find((c) => c.method === 'chat.update');
    const notices = later.filter((c) => c.method === 'chat.postMessage');
    expect(posted).toBeDefined();
    expect(update?.body.ts).toBeDefined();
    expect(JSON.stringify(update?.body)).toContain('ABGESAGT');
    expect(notices).toHaveLength(1);
    expect(notices[0]?.body.thread_ts).toBe(update?.body.ts);
    expect(JSON.stringify(notices[0]?.body)).toContain('Die Sitzung wurde abgesagt.');
  });

  it('does not announce changes of an unpublished meeting', async () => {
    const deps = createAnnouncementDeps({ clock });
    const before = await deps.store.findMeeting(seed.meeting._id.toString());
    await MeetingModel.updateOne({ _id: seed.meeting._id }, { $set: { cancelled: true } });
    expect(await announceMeetingChanged(deps, seed.meeting._id.toString(), before!, 'x')).toEqual({
      channels: 0,
    });
    await dispatcher().drain();
    expect(api.calls).toHaveLength(0);
  });

  it('sends each reminder once, also when the job runs again or catches up late', async () => {
    const deps = createAnnouncementDeps({ clock });
    const office = await principalFor(seed.officeUser._id.toString(), now);
    await publishMeeting(deps, office, seed.meeting._id.toString());
    const start = seed.meeting.start.getTime();
    now = new Date(start - 7 * 86_400_000 + 60_000);
    expect((await sendDueReminders(deps)).queued).toBe(3);
    expect((await sendDueReminders(deps)).queued).toBe(0);
    now = new Date(start - 3 * 86_400_000);
    expect((await sendDueReminders(deps)).queued).toBe(0);
    now = new Date(start - 2 * 3_600_000);
    expect((await sendDueReminders(deps)).queued).toBe(3);
    await dispatcher().drain();
    const reminders = api
      .callsTo('chat.postMessage')
      .filter((c) => JSON.stringify(c.body).includes('Erinnerung'));
    expect(reminders).toHaveLength(6);
    expect(JSON.stringify(reminders.filter((r) => r.body.channel === 'CPUB1'))).toContain('In 7 Tagen');
  });
});
