import type { Types } from 'mongoose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { attendanceRequestDeps } from '../../server/composition/attendance-requests';
import { sendDueAttendanceRequests } from '../../server/domain/attendance/requests/send-requests';
import { AttendanceModel } from '../../server/store/models/attendance';
import { AuditEventModel } from '../../server/store/models/audit-event';
import { MeetingModel } from '../../server/store/models/meeting';
import { OutboxMessageModel } from '../../server/store/models/outbox-message';
import { clearDatabase, connectTestDatabase } from '../jobs/support/connect';
import {
  DAY,
  NOW,
  dmOf,
  outboxEntry,
  outboxKeys,
  seedWorld,
  slackUserOf,
  workflowAt,
  type World,
} from './support/world';

let db: { stop: () => Promise<void> };
let now: Date;
const clock = () => now;
let world: World;
let m: string;

beforeAll(async () => {
  db = await connectTestDatabase();
});
afterAll(async () => db.stop());
beforeEach(async () => {
  await clearDatabase();
  now = NOW;
  world = await seedWorld(NOW);
  m = world.meeting._id.toString();
  const { context } = workflowAt(clock);
  await sendDueAttendanceRequests(attendanceRequestDeps(context));
});

const id = (p: { _id: { toString(): string } }) => p._id.toString();

async function press(
  who: string,
  actionId: string,
  value: Record<string, string>,
  locale: 'de' | 'en' = 'de',
) {
  return workflowAt(clock).conversation.handleAction(slackUserOf(who, locale), dmOf(who), actionId, value);
}

async function answerOf(person: { _id: Types.ObjectId }) {
  return AttendanceModel.findOne({ meeting: world.meeting._id, person: person._id }).lean();
}

describe('answers to the attendance request', () => {
  it('stores "Ich nehme teil", updates the request in place and the forecast card', async () => {
    const outcome = await press('Pohl', 'attendanceRequest.attend', {
      meetingId: m,
      personId: id(world.pohl),
    });
    expect(outcome.replies).toEqual([]);
    expect(outcome.updateOriginal?.facts?.at(-1)).toEqual({ label: 'Ihre Antwort', value: 'Ich nehme teil' });
    expect(await answerOf(world.pohl)).toMatchObject({ response: 'attending', category: 'member' });
    const requestKey = `dm:attendance:${m}:${id(world.pohl)}:request:slack:UPOHL`;
    const update = await outboxEntry(`${requestKey}:update`);
    expect(update).toMatchObject({ operation: 'update', updates: requestKey });
    expect(update?.message.facts?.at(-1)).toEqual({ label: 'Ihre Antwort', value: 'Ich nehme teil' });
    const forecastKey = `meeting:${m}:forecast:slack:CCONF`;
    expect(await outboxEntry(forecastKey)).toMatchObject({ operation: 'post' });
    expect((await outboxKeys()).filter((k) => k.includes(':forecast:'))).toEqual([forecastKey]);
    expect((await outboxEntry(forecastKey))?.message.facts?.[0]).toEqual({
      label: 'Zugesagt',
      value: 'Herr Pohl',
    });
    const audit = await AuditEventModel.find({ entityType: 'Attendance' }).lean();
    expect(audit.map((a) => a.summary)).toEqual(['Teilnahme zugesagt']);
  });

  it('updates the forecast in place as answers arrive; a double click changes nothing', async () => {
    await press('Pohl', 'attendanceRequest.attend', { meetingId: m, personId: id(world.pohl) });
    await press('Weber', 'attendanceRequest.attend', { meetingId: m, personId: id(world.weber) });
    await press('Frank', 'attendanceRequest.excuse', { meetingId: m, personId: id(world.frank) });
    await press('Frank', 'attendanceRequest.excuse', { meetingId: m, personId: id(world.frank) });
    const forecastKey = `meeting:${m}:forecast:slack:CCONF`;
    const update = await outboxEntry(`${forecastKey}:update`);
    expect(update).toMatchObject({
      operation: 'update',
      updates: forecastKey,
      target: { channelId: 'CCONF' },
    });
    expect(update?.message.sections?.[0]?.lines).toEqual([
      '**erwartet nicht beschlussfähig: 2 von 4, erforderlich 3**',
    ]);
    expect(update?.message.facts).toEqual([
      { label: 'Zugesagt', value: 'Herr Weber, Herr Pohl' },
      { label: 'Entschuldigt', value: 'Frau Frank' },
      { label: 'Vertreten durch', value: '–' },
      { label: 'Offen', value: 'Frau Schulz' },
    ]);
    expect(await AuditEventModel.countDocuments({ entityType: 'Attendance' })).toBe(3);
    expect(await OutboxMessageModel.countDocuments({ 'target.channelId': 'CPUB' })).toBe(0);
  });

  it('allows changing the answer', async () => {
    await press('Schulz', 'attendanceRequest.excuse', { meetingId: m, personId: id(world.schulz) });
    const outcome = await press(
      'Schulz',
      'attendanceRequest.attend',
      { meetingId: m, personId: id(world.schulz) },
      'en',
    );
    expect(outcome.updateOriginal?.facts?.at(-1)).toEqual({ label: 'Your answer', value: 'I will attend' });
    expect(outcome.updateOriginal?.buttons?.map((b) => b.label)).toEqual([
      'I will attend',
      "I can't attend",
      'Name a substitute',
    ]);
    expect(await answerOf(world.schulz)).toMatchObject({ response: 'attending' });
  });

  it('refuses a member answering for someone else and stores nothing', async () => {
    const outcome = await press('Frank', 'attendanceRequest.excuse', {
      meetingId: m,
      personId: id(world.pohl),
    });
    expect(outcome.replies[0]?.text).toBe(
      'Diese Abfrage ist an eine andere Person gerichtet. Sie können nur für sich selbst antworten; es wurde nichts gespeichert.',
    );
    expect((await answerOf(world.pohl))?.response).toBeUndefined();
    expect((await answerOf(world.frank))?.response).toBeUndefined();
  });

  it('refuses unknown, cancelled and past meetings and persons who are not voting members', async () => {
    const unknown = await press('Pohl', 'attendanceRequest.attend', {
      meetingId: '64b000000000000000000000',
    });
    expect(unknown.replies[0]?.text).toBe('Diese Sitzung gibt es nicht.');
    const garbage = await press('Pohl', 'attendanceRequest.attend', { meetingId: '{"$ne":1}' });
    expect(garbage.replies[0]?.text).toBe('Diese Sitzung gibt es nicht.');
    const notMember = await press('Klein', 'attendanceRequest.attend', { meetingId: m }, 'en');
    expect(notMember.replies[0]?.text).toBe(
      'You are not a voting member of this committee; the request is for members only.',
    );
    await MeetingModel.updateOne({ _id: world.meeting._id }, { $set: { cancelled: true } });
    const cancelled = await press('Pohl', 'attendanceRequest.attend', {
      meetingId: m,
      personId: id(world.pohl),
    });
    expect(cancelled.replies[0]?.text).toBe('Die Sitzung ist abgesagt; eine Antwort ist nicht mehr nötig.');
    await MeetingModel.updateOne({ _id: world.meeting._id }, { $set: { cancelled: false } });
    now = new Date(NOW.getTime() + 5 * DAY);
    const past = await press('Pohl', 'attendanceRequest.attend', { meetingId: m, personId: id(world.pohl) });
    expect(past.replies[0]?.text).toBe(
      'Die Sitzung hat bereits begonnen; Antworten sind nicht mehr möglich.',
    );
    const stored = await AttendanceModel.find({
      meeting: world.meeting._id,
      response: { $exists: true },
    }).lean();
    expect(stored).toEqual([]);
  });
});
