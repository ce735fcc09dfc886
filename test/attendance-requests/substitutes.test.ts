import type { ChatButton } from '../../bot/chat/message';
import type { Types } from 'mongoose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { attendanceRequestDeps } from '../../server/composition/attendance-requests';
import { sendDueAttendanceRequests } from '../../server/domain/attendance/requests/send-requests';
import { AttendanceModel } from '../../server/store/models/attendance';
import { AuditEventModel } from '../../server/store/models/audit-event';
import { OutboxMessageModel } from '../../server/store/models/outbox-message';
import { clearDatabase, connectTestDatabase } from '../jobs/support/connect';
import {
  NOW,
  SECRET_ITEM,
  dmOf,
  outboxEntry,
  seedWorld,
  slackUserOf,
  workflowAt,
  type World,
} from './support/world';

let db: { stop: () => Promise<void> };
let now = NOW;
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
  await sendDueAttendanceRequests(attendanceRequestDeps(workflowAt(clock).context));
});

const id = (p: { _id: { toString(): string } }) => p._id.toString();
const conversation = () => workflowAt(clock).conversation;

function press(who: string, actionId: string, value: Record<string, string>) {
  return conversation().handleAction(slackUserOf(who), dmOf(who), actionId, value);
}

function submit(who: string, substituteId: string, state: Record<string, string>) {
  return conversation().handleFormSubmit(
    slackUserOf(who),
    dmOf(who),
    'attendanceRequest.nameSubstitute',
    { substitute: substituteId },
    state,
  );
}

async function answerOf(person: { _id: Types.ObjectId }) {
  return AttendanceModel.findOne({ meeting: world.meeting._id, person: person._id }).lean();
}

describe('naming a substitute', () => {
  it('offers only the substitutes allowed for the member', async () => {
    const forPohl = await press('Pohl', 'attendanceRequest.substitute', {
      meetingId: m,
      personId: id(world.pohl),
    });
    expect(forPohl.openForm?.formId).toBe('attendanceRequest.nameSubstitute');
    expect(forPohl.openForm?.state).toEqual({ meetingId: m, personId: id(world.pohl) });
    const field = forPohl.openForm?.fields[0];
    expect(field?.kind === 'select' ? field.options : []).toEqual([
      { value: id(world.lang), label: 'Frau Lang' },
      { value: id(world.neu), label: 'Herr Neu' },
    ]);
    const forFrank = await press('Frank', 'attendanceRequest.substitute', {
      meetingId: m,
      personId: id(world.frank),
    });
    const frankField = forFrank.openForm?.fields[0];
    expect(frankField?.kind === 'select' ? frankField.options : []).toEqual([
      { value: id(world.berg), label: 'Herr Berg' },
    ]);
    const forSchulz = await press('Schulz', 'attendanceRequest.substitute', {
      meetingId: m,
      personId: id(world.schulz),
    });
    expect(forSchulz.openForm).toBeUndefined();
    expect(forSchulz.replies[0]?.text).toBe(
      'Für Sie ist keine Vertretung hinterlegt. Bitte wenden Sie sich an die Geschäftsführung.',
    );
  });

  it('refuses a substitute not allowed for the member, inline, storing nothing', async () => {
    const outcome = await submit('Pohl', id(world.berg), { meetingId: m, personId: id(world.pohl) });
    expect(outcome).toEqual({
      errors: { substitute: 'Diese Person darf Sie nicht vertreten. Bitte wählen Sie aus der Liste.' },
    });
    expect((await answerOf(world.pohl))?.response).toBeUndefined();
    expect(await answerOf(world.berg)).toBeNull();
    const forOther = await submit('Frank', id(world.lang), { meetingId: m, personId: id(world.pohl) });
    expect('replies' in forOther && forOther.replies[0]?.text).toBe(
      'Diese Abfrage ist an eine andere Person gerichtet. Sie können nur für sich selbst antworten; es wurde nichts gespeichert.',
    );
    expect(await answerOf(world.lang)).toBeNull();
  });

  it('stores the substitution, asks the substitute to confirm once, and shows it in the forecast', async () => {
    const first = await submit('Pohl', id(world.lang), { meetingId: m, personId: id(world.pohl) });
    const second = await submit('Pohl', id(world.lang), { meetingId: m, personId: id(world.pohl) });
    expect('replies' in first && first.replies[0]).toMatchObject({
      title: 'Vertretung durch Frau Lang (Bestätigung ausstehend)',
      text: 'Frau Lang wurde gebeten, die Vertretung zu bestätigen.',
    });
    expect('replies' in second).toBe(true);
    expect(await answerOf(world.pohl)).toMatchObject({ response: 'substitute', category: 'member' });
    expect(await answerOf(world.lang)).toMatchObject({
      category: 'substitute',
      response: 'substitute',
      substituteConfirmed: false,
    });
    expect(String((await answerOf(world.lang))?.substituteFor)).toBe(id(world.pohl));
    const asks = await OutboxMessageModel.find({ key: { $regex: ':substitute:' } }).lean();
    expect(asks.map((a) => a.key)).toEqual([
      `dm:attendance:${m}:${id(world.lang)}:substitute:${id(world.pohl)}:${NOW.getTime()}:slack:ULANG`,
    ]);
    expect(asks[0]?.message.text).toBe('Bitte bestätigen Sie die Vertretung von Herrn Pohl am 06.03.2026.');
    expect(asks[0]?.message.buttons?.map((b: ChatButton) => [b.actionId, b.label, b.value])).toEqual([
      [
        'attendanceRequest.confirm',
        'Bestätigen',
        { meetingId: m, memberId: id(world.pohl), personId: id(world.lang) },
      ],
      [
        'attendanceRequest.decline',
        'Ablehnen',
        { meetingId: m, memberId: id(world.pohl), personId: id(world.lang) },
      ],
    ]);
    // The first answer posts the card (the job had not yet); the repeated naming changes nothing.
    expect(await outboxEntry(`meeting:${m}:forecast:slack:CCONF:update`)).toBeNull();
    const forecast = await outboxEntry(`meeting:${m}:forecast:slack:CCONF`);
    expect(forecast?.message.facts?.[2]).toEqual({
      label: 'Vertreten durch',
      value: 'Herr Pohl durch Frau Lang (unbestätigt)',
    });
  });
});

describe('the substitute answers', () => {
  beforeEach(async () => {
    await submit('Pohl', id(world.lang), { meetingId: m, personId: id(world.pohl) });
  });
  const value = () => ({ meetingId: m, memberId: id(world.pohl), personId: id(world.lang) });

  it('confirms: counted in the forecast, gets the agenda with the non-public part as a member of the committee', async () => {
    const outcome = await press('Lang', 'attendanceRequest.confirm', value());
    expect(outcome.updateOriginal?.text).toBe(
      'Sie vertreten Herrn Pohl in der Sitzung „5. Sitzung des Unterausschusses“. Die Tagesordnung kommt als eigene Nachricht.',
    );
    expect(await answerOf(world.lang)).toMatchObject({ substituteConfirmed: true });
    const agenda = await outboxEntry(`dm:attendance:${m}:${id(world.lang)}:agenda:slack:ULANG`);
    expect(JSON.stringify(agenda?.message)).toContain(SECRET_ITEM);
    const forecast = await outboxEntry(`meeting:${m}:forecast:slack:CCONF:update`);
    expect(forecast?.message.sections?.[0]?.lines).toEqual([
      '**erwartet nicht beschlussfähig: 1 von 4, erforderlich 3**',
    ]);
    expect(forecast?.message.facts?.[2]).toEqual({
      label: 'Vertreten durch',
      value: 'Herr Pohl durch Frau Lang',
    });
    const request = await outboxEntry(`dm:attendance:${m}:${id(world.pohl)}:request:slack:UPOHL:update`);
    expect(request?.message.facts?.at(-1)).toEqual({
      label: 'Ihre Antwort',
      value: 'Vertretung durch Frau Lang (bestätigt)',
    });
    const audit = await AuditEventModel.find({ entityType: 'Attendance' }).sort({ _id: 1 }).lean();
    expect(audit.map((a) => a.summary)).toEqual([
      'Vertretung benannt: Frau Lang',
      'Vertretung für Herrn Pohl bestätigt; Tagesordnung mit nichtöffentlichem Teil gesendet',
    ]);
  });

  it('gives a substitute without current membership only the public part', async () => {
    await submit('Pohl', id(world.neu), { meetingId: m, personId: id(world.pohl) });
    expect(await answerOf(world.lang)).not.toHaveProperty('substituteFor');
    await press('Neu', 'attendanceRequest.confirm', { ...value(), personId: id(world.neu) });
    const agenda = await outboxEntry(`dm:attendance:${m}:${id(world.neu)}:agenda:slack:UNEU`);
    const text = JSON.stringify(agenda?.message);
    expect(text).toContain('Digitalstrategie der Stadt');
    expect(text).not.toContain(SECRET_ITEM);
  });

  it('declines: the member is told and may name another; nothing counts', async () => {
    const outcome = await press('Lang', 'attendanceRequest.decline', value());
    expect(outcome.updateOriginal?.text).toBe('Sie haben die Vertretung von Herrn Pohl abgelehnt.');
    expect(await answerOf(world.lang)).not.toHaveProperty('substituteFor');
    expect(await answerOf(world.pohl)).toMatchObject({ response: 'excused' });
    const told = await outboxEntry(
      `dm:attendance:${m}:${id(world.pohl)}:declined:${id(world.lang)}:${NOW.getTime()}:slack:UPOHL`,
    );
    expect(told?.message.text).toBe(
      'Frau Lang kann Sie am 06.03.2026 nicht vertreten. Sie können eine andere Vertretung benennen.',
    );
    expect(told?.message.buttons?.map((b: ChatButton) => b.actionId)).toEqual([
      'attendanceRequest.substitute',
    ]);
    expect(await outboxEntry(`dm:attendance:${m}:${id(world.lang)}:agenda:slack:ULANG`)).toBeNull();
    const again = await submit('Pohl', id(world.neu), { meetingId: m, personId: id(world.pohl) });
    expect('replies' in again).toBe(true);
    expect(String((await answerOf(world.neu))?.substituteFor)).toBe(id(world.pohl));
  });

  it('asks a substitute named again after declining once more', async () => {
    await press('Lang', 'attendanceRequest.decline', value());
    now = new Date(NOW.getTime() + 60_000);
    await submit('Pohl', id(world.lang), { meetingId: m, personId: id(world.pohl) });
    const asks = await OutboxMessageModel.find({ key: { $regex: ':substitute:' } })
      .sort({ key: 1 })
      .lean();
    expect(asks.map((a) => a.key)).toEqual([
      `dm:attendance:${m}:${id(world.lang)}:substitute:${id(world.pohl)}:${NOW.getTime()}:slack:ULANG`,
      `dm:attendance:${m}:${id(world.lang)}:substitute:${id(world.pohl)}:${now.getTime()}:slack:ULANG`,
    ]);
    expect(await answerOf(world.lang)).toMatchObject({ substituteConfirmed: false, response: 'substitute' });
  });

  it('refuses a confirmation by someone else or by a substitute not named', async () => {
    const byOther = await press('Berg', 'attendanceRequest.confirm', value());
    expect(byOther.replies[0]?.text).toBe(
      'Diese Abfrage ist an eine andere Person gerichtet. Sie können nur für sich selbst antworten; es wurde nichts gespeichert.',
    );
    const notNamed = await press('Berg', 'attendanceRequest.confirm', {
      ...value(),
      personId: id(world.berg),
    });
    expect(notNamed.replies[0]?.text).toBe('Sie sind für diese Sitzung nicht (mehr) als Vertretung benannt.');
    expect(await answerOf(world.lang)).toMatchObject({ substituteConfirmed: false });
    expect(await answerOf(world.berg)).toBeNull();
  });

  it('releases the substitute when the member attends after all', async () => {
    await press('Pohl', 'attendanceRequest.attend', { meetingId: m, personId: id(world.pohl) });
    expect(await answerOf(world.pohl)).toMatchObject({ response: 'attending' });
    const lang = await answerOf(world.lang);
    expect(lang).not.toHaveProperty('substituteFor');
    expect(lang).not.toHaveProperty('response');
    const told = await outboxEntry(
      `dm:attendance:${m}:${id(world.lang)}:released:${id(world.pohl)}:${NOW.getTime()}:slack:ULANG`,
    );
    expect(told?.message.text).toBe(
      'Die Vertretung von Herrn Pohl am 06.03.2026 ist nicht mehr nötig. Vielen Dank!',
    );
  });
});
