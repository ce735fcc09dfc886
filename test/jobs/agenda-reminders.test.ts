import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAnnouncementDeps } from '../../server/composition/chat';
import { startAgendaReminders } from '../../server/jobs/agenda-reminders';
import { RunCoordinator } from '../../server/jobs/run-coordinator';
import { AnnouncementSettingsModel } from '../../server/store/models/announcement-settings';
import { ChannelBindingModel } from '../../server/store/models/channel-binding';
import { MeetingModel } from '../../server/store/models/meeting';
import { OutboxMessageModel } from '../../server/store/models/outbox-message';
import { seedCommittee } from '../bot/chat/support/fixtures';
import { clearDatabase, connectTestDatabase } from './support/connect';

let db: { stop: () => Promise<void> };
let now: Date;
const clock = () => now;
const logger = pino({ level: 'silent' });

beforeAll(async () => {
  db = await connectTestDatabase();
});
afterAll(async () => db.stop());
beforeEach(async () => {
  await clearDatabase();
});

async function seedPublished(daysAhead: number) {
  now = new Date('2026-03-01T09:00:00Z');
  const seed = await seedCommittee(now);
  const start = new Date(now.getTime() + daysAhead * 86_400_000);
  await MeetingModel.updateOne({ _id: seed.meeting._id }, { $set: { start, publishedAt: now } });
  await ChannelBindingModel.create({
    platform: 'slack',
    tenantId: 'T1',
    channelId: 'C1',
    organization: seed.committee._id,
    confidentiality: 'public',
  });
  return { ...seed, start };
}

function job(instance: string) {
  return startAgendaReminders({
    deps: createAnnouncementDeps({ clock }),
    coordinator: new RunCoordinator(clock, instance),
    logger,
    schedule: '0 0 1 1 *',
  });
}

describe('agenda reminders job', () => {
  it('catches up at start and, with two instances, queues each reminder once', async () => {
    await seedPublished(6);
    const a = job('a');
    const b = job('b');
    await Promise.all([a.caughtUp, b.caughtUp, a.runNow(), b.runNow()]);
    await Promise.all([a.stop(), b.stop()]);
    const queued = await OutboxMessageModel.find().lean();
    expect(queued.map((q) => q.key)).toEqual([expect.stringMatching(/:reminder:7d:slack:C1$/)]);
  });

  it('follows the committee’s own reminder days', async () => {
    const seed = await seedPublished(2.5);
    await AnnouncementSettingsModel.create({
      scope: 'organization',
      ref: seed.committee._id,
      reminderDaysBefore: [3],
    });
    const a = job('a');
    expect(await a.caughtUp).toBe(true);
    await a.stop();
    expect((await OutboxMessageModel.find().lean()).map((q) => q.key)).toEqual([
      expect.stringMatching(/:reminder:3d:/),
    ]);
  });

  it('sends nothing for a cancelled meeting', async () => {
    const seed = await seedPublished(1);
    await MeetingModel.updateOne({ _id: seed.meeting._id }, { $set: { cancelled: true } });
    const a = job('a');
    expect(await a.caughtUp).toBe(true);
    await a.stop();
    expect(await OutboxMessageModel.countDocuments()).toBe(0);
  });
});
