import type { ChatButton } from '../../bot/chat/message';
import pino from 'pino';
import { PersonModel } from '../../server/store/models/person';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { attendanceRequestDeps } from '../../server/composition/attendance-requests';
import { startAttendanceRequests } from '../../server/jobs/attendance-requests';
import { RunCoordinator } from '../../server/jobs/run-coordinator';
import { AttendanceModel } from '../../server/store/models/attendance';
import { BodyModel } from '../../server/store/models/body';
import { MeetingModel } from '../../server/store/models/meeting';
import { OrganizationModel } from '../../server/store/models/organization';
import { clearDatabase, connectTestDatabase } from '../jobs/support/connect';
import { DAY, NOW, outboxEntry, outboxKeys, seedWorld, workflowAt, type World } from './support/world';

let db: { stop: () => Promise<void> };
let now: Date;
const clock = () => now;
const logger = pino({ level: 'silent' });
let world: World;

beforeAll(async () => {
  db = await connectTestDatabase();
});
afterAll(async () => db.stop());
beforeEach(async () => {
  await clearDatabase();
  now = NOW;
  world = await seedWorld(NOW);
});

function job(instance: string) {
  const { context } = workflowAt(clock);
  return startAttendanceRequests({
    deps: attendanceRequestDeps(context),
    coordinator: new RunCoordinator(clock, instance),
    logger,
    schedule: '0 0 1 1 *',
  });
}

async function runTwoInstances() {
  const a = job('a');
  const b = job('b');
  await Promise.all([a.caughtUp, b.caughtUp]);
  await Promise.all([a.runNow(), b.runNow()]);
  await Promise.all([a.stop(), b.stop()]);
}

describe('attendance request job', () => {
  it('asks each voting regular member once, across two runs on two instances', async () => {
    await runTwoInstances();
    await runTwoInstances();
    const m = world.meeting._id.toString();
    const keys = await outboxKeys();
    const requests = keys.filter((k) => k.includes(':request:'));
    const expected = [world.weber, world.pohl, world.frank, world.schulz]
      .map((p) => `dm:attendance:${m}:${p._id.toString()}:request:slack:U${p.familyName.toUpperCase()}`)
      .sort();
    expect(requests).toEqual(expected);
    // Substitutes, the expert citizen without voting right and the member whose seat ended are not asked.
    for (const notAsked of [world.lang, world.berg, world.neu, world.klein, world.alt])
      expect(keys.some((k) => k.includes(notAsked._id.toString()))).toBe(false);
    const attendance = await AttendanceModel.find({ meeting: world.meeting._id }).lean();
    expect(attendance).toHaveLength(4);
    expect(
      attendance.every((a) => a.requestedAt?.getTime() === NOW.getTime() && a.category === 'member'),
    ).toBe(true);
  });

  it('shows the meeting with its date in Berlin time and the three buttons', async () => {
    await runTwoInstances();
    const m = world.meeting._id.toString();
    const entry = await outboxEntry(`dm:attendance:${m}:${world.pohl._id.toString()}:request:slack:UPOHL`);
    expect(entry?.target).toMatchObject({ platform: 'slack', channelId: 'UPOHL', kind: 'direct' });
    expect(entry?.message.title).toBe('Anwesenheitsabfrage: UA DiKO');
    expect(entry?.message.facts).toEqual([
      { label: 'Sitzung', value: '5. Sitzung des Unterausschusses' },
      { label: 'Wann', value: 'Fr., 06.03.2026, 09:00 Uhr' },
    ]);
    expect(entry?.message.buttons?.map((b: ChatButton) => [b.actionId, b.label, b.value])).toEqual([
      ['attendanceRequest.attend', 'Ich nehme teil', { meetingId: m, personId: world.pohl._id.toString() }],
      [
        'attendanceRequest.excuse',
        'Ich bin verhindert',
        { meetingId: m, personId: world.pohl._id.toString() },
      ],
      [
        'attendanceRequest.substitute',
        'Vertretung benennen',
        { meetingId: m, personId: world.pohl._id.toString() },
      ],
    ]);
  });

  it('waits for the lead time: committee setting over body setting over 5 days', async () => {
    await MeetingModel.updateOne(
      { _id: world.meeting._id },
      { $set: { start: new Date(NOW.getTime() + 6 * DAY) } },
    );
    await runTwoInstances();
    expect(await outboxKeys()).toEqual([]);
    await BodyModel.updateOne({ _id: world.body._id }, { $set: { attendanceRequestDaysBefore: 7 } });
    await OrganizationModel.updateOne(
      { _id: world.committee._id },
      { $set: { attendanceRequestDaysBefore: 3 } },
    );
    await runTwoInstances();
    expect(await outboxKeys()).toEqual([]);
    await OrganizationModel.updateOne(
      { _id: world.committee._id },
      { $unset: { attendanceRequestDaysBefore: 1 } },
    );
    await runTwoInstances();
    expect((await outboxKeys()).filter((k) => k.includes(':request:'))).toHaveLength(4);
  });

  it('asks nothing for a cancelled or past meeting', async () => {
    await MeetingModel.updateOne({ _id: world.meeting._id }, { $set: { cancelled: true } });
    await runTwoInstances();
    await MeetingModel.updateOne(
      { _id: world.meeting._id },
      { $set: { cancelled: false, start: new Date(NOW.getTime() - DAY) } },
    );
    await runTwoInstances();
    expect(await outboxKeys()).toEqual([]);
  });

  it('reminds those who have not answered once, two days before', async () => {
    await runTwoInstances();
    await AttendanceModel.updateOne(
      { meeting: world.meeting._id, person: world.pohl._id },
      { $set: { response: 'attending' } },
    );
    now = new Date(NOW.getTime() + DAY);
    await runTwoInstances();
    expect((await outboxKeys()).filter((k) => k.includes(':reminder:'))).toEqual([]);
    now = new Date(NOW.getTime() + 2 * DAY + 60_000);
    await runTwoInstances();
    now = new Date(NOW.getTime() + 3 * DAY);
    await runTwoInstances();
    const m = world.meeting._id.toString();
    const reminders = (await outboxKeys()).filter((k) => k.includes(':reminder:'));
    expect(reminders).toEqual(
      [world.weber, world.frank, world.schulz]
        .map((p) => `dm:attendance:${m}:${p._id.toString()}:reminder:slack:U${p.familyName.toUpperCase()}`)
        .sort(),
    );
    const reminder = await outboxEntry(reminders[0]!);
    expect(reminder?.message.title).toBe('Erinnerung: Anwesenheitsabfrage UA DiKO');
    const reminded = await AttendanceModel.find({
      meeting: world.meeting._id,
      remindedAt: { $ne: null },
    }).lean();
    expect(reminded.map((a) => a.remindedAt?.getTime())).toEqual([
      now.getTime() - DAY + 60_000,
      now.getTime() - DAY + 60_000,
      now.getTime() - DAY + 60_000,
    ]);
  });

  it('posts the forecast card once to the confidential channel only', async () => {
    await runTwoInstances();
    await runTwoInstances();
    const m = world.meeting._id.toString();
    const forecasts = (await outboxKeys()).filter((k) => k.startsWith('meeting:'));
    expect(forecasts).toEqual([`meeting:${m}:forecast:slack:CCONF`]);
    const card = await outboxEntry(forecasts[0]!);
    expect(card?.message.title).toBe('Anwesenheit: 5. Sitzung des Unterausschusses');
    expect(card?.message.sections?.[0]?.lines).toEqual([
      '**erwartet nicht beschlussfähig: 0 von 4, erforderlich 3**',
    ]);
    expect(card?.message.facts).toEqual([
      { label: 'Zugesagt', value: '–' },
      { label: 'Entschuldigt', value: '–' },
      { label: 'Vertreten durch', value: '–' },
      { label: 'Offen', value: 'Herr Weber, Herr Pohl, Frau Frank, Frau Schulz' },
    ]);
  });

  it('names the members the request could not reach, so the office asks them otherwise', async () => {
    await PersonModel.updateOne({ familyName: 'Schulz' }, { $set: { chatIdentities: [] } });
    await runTwoInstances();
    const m = world.meeting._id.toString();
    const card = await outboxEntry(`meeting:${m}:forecast:slack:CCONF`);
    expect(card?.message.facts?.slice(3)).toEqual([
      { label: 'Offen', value: 'Herr Weber, Herr Pohl, Frau Frank, Frau Schulz' },
      { label: 'Nicht per Chat erreichbar (bitte anders einladen)', value: 'Frau Schulz' },
    ]);
  });
});
