import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../server/domain/errors';
import { carryOverUnanswered } from '../../server/domain/inquiries/carry-over';
import { fileInquiry } from '../../server/domain/inquiries/filing';
import { recordOralQuestion } from '../../server/domain/inquiries/oral';
import { remindDepartments } from '../../server/domain/inquiries/reminders';
import {
  acceptInquiry,
  answerInquiry,
  assignInquiry,
  withdrawInquiry,
} from '../../server/domain/inquiries/transitions';
import { FollowUpModel } from '../../server/store/models/follow-up';
import { InquiryModel } from '../../server/store/models/inquiry';
import { MeetingModel } from '../../server/store/models/meeting';
import { mongoRepositories } from '../../server/store/repositories/index';
import { makePerson } from '../support/factories';
import { clearDatabase, connectTestDatabase } from '../jobs/support/connect';
import { buildCommittees, memberOf, NOW, principalFor, testDeps, type Committees } from './support/fixture';

let database: Awaited<ReturnType<typeof connectTestDatabase>>;
beforeAll(async () => {
  database = await connectTestDatabase();
});
afterAll(() => database.stop());

let c: Committees;
let env: ReturnType<typeof testDeps>;
let clerk: string;
beforeEach(async () => {
  await clearDatabase();
  c = await buildCommittees({}, { maxPerMeeting: 10 });
  env = testDeps();
  clerk = (
    await makePerson(c.body._id, { familyName: 'Sachbearbeiter', department: 'Amt 12' })
  )._id.toHexString();
});

const office = () => principalFor(['office'], { officeCommitteeIds: [c.committeeA] });
const { meetings, committees, papers } = mongoRepositories();
const agenda = { meetings, committees, papers };

async function filed(subject: string, isPublic = true): Promise<string> {
  const result = await fileInquiry(
    env.deps,
    memberOf(c, c.aachen),
    {
      committeeId: c.committeeA,
      meetingId: c.meeting1,
      subject,
      text: 'Wie ist der Sachstand?',
      kind: 'schriftlich',
      requestId: subject,
      public: isPublic,
    },
    NOW,
  );
  if (result.status !== 'filed') throw new Error(JSON.stringify(result));
  return result.inquiry.id;
}

async function agendaOf(meetingId: string) {
  const meeting = await MeetingModel.findById(meetingId).lean();
  return (meeting?.agendaItems ?? [])
    .sort((a, b) => a.order - b.order)
    .map((i) => `${i.public ? 'ö' : 'nö'} ${i.number} ${i.name}`);
}

describe('unanswered Anfragen onto the next agenda', () => {
  it('places each open Anfrage of a past meeting once under the standing item, by publicity', async () => {
    const open = await filed('WLAN in Schulen');
    await acceptInquiry(env.deps, office(), open, NOW);
    const secret = await filed('Vertrag Rechenzentrum', false);
    await acceptInquiry(env.deps, office(), secret, NOW);
    const untriaged = await filed('Noch nicht angenommen');
    const done = await filed('Beantwortet');
    await acceptInquiry(env.deps, office(), done, NOW);
    await assignInquiry(env.deps, office(), done, { department: 'Amt 12' }, NOW);
    await answerInquiry(env.deps, office(), done, { text: 'Erledigt.' }, NOW);
    const withdrawn = await filed('Zurückgezogen');
    await withdrawInquiry(env.deps, memberOf(c, c.aachen), withdrawn, NOW);

    const before = new Date('2026-06-08T16:59:00+02:00');
    expect(await carryOverUnanswered(env.deps, agenda, before)).toEqual({ placed: 0, skipped: 0 });

    const after = new Date('2026-06-09T06:15:00+02:00');
    expect(await carryOverUnanswered(env.deps, agenda, after)).toEqual({ placed: 2, skipped: 0 });
    expect(await carryOverUnanswered(env.deps, agenda, after)).toEqual({ placed: 0, skipped: 0 });
    expect(await agendaOf(c.meeting2)).toEqual([
      'ö 1 Mitteilungen',
      'ö 2 Anträge',
      'ö 3 Beantwortung von Anfragen aus vorherigen Sitzungen',
      'ö 3.1 Anfrage AN/0001/2026: WLAN in Schulen',
      'nö 1 Personalangelegenheiten',
      'nö 2 Beantwortung von Anfragen aus vorherigen Sitzungen',
      'nö 2.1 Anfrage AN/0002/2026: Vertrag Rechenzentrum',
    ]);
    const carried = await InquiryModel.findById(open).lean();
    expect(carried?.carriedTo.map((x) => x.meeting?.toString())).toEqual([c.meeting2]);
    expect((await InquiryModel.findById(secret).lean())?.carriedTo).toHaveLength(1);
    // Not yet accepted by the office: it may still be rejected, so it stays off the agenda.
    expect((await InquiryModel.findById(untriaged).lean())?.carriedTo).toHaveLength(0);
    const agendaAudits = env.audits.filter((a) => a.entityType === 'meeting');
    const entries = agendaAudits.map((a) => [a.actor, a.entityId, a.summary]);
    expect(entries.sort((x, y) => String(x[2]).localeCompare(String(y[2])))).toEqual([
      [
        { kind: 'system', displayName: 'Übertrag unbeantworteter Anfragen' },
        c.meeting2,
        'Anfrage AN/0001/2026 unbeantwortet auf die Tagesordnung gesetzt (öffentlicher Teil)',
      ],
      [
        { kind: 'system', displayName: 'Übertrag unbeantworteter Anfragen' },
        c.meeting2,
        'Anfrage AN/0002/2026 unbeantwortet auf die Tagesordnung gesetzt (nichtöffentlicher Teil)',
      ],
    ]);
  });

  it('files under an existing standing item as a Nachtrag once the invitation is out', async () => {
    await MeetingModel.updateOne(
      { _id: c.meeting2 },
      {
        $set: { invitationDate: new Date('2026-06-05T10:00:00+02:00') },
        $push: {
          agendaItems: {
            number: '3',
            order: 3,
            level: 1,
            name: 'Beantwortung von Anfragen aus vorherigen Sitzungen',
            public: true,
          },
        },
      },
    );
    await MeetingModel.updateOne(
      { _id: c.meeting2, 'agendaItems.public': false },
      { $set: { 'agendaItems.$.order': 4 } },
    );
    await acceptInquiry(env.deps, office(), await filed('WLAN in Schulen'), NOW);
    await carryOverUnanswered(env.deps, agenda, new Date('2026-06-09T06:15:00+02:00'));
    await carryOverUnanswered(env.deps, agenda, new Date('2026-06-10T06:15:00+02:00'));
    expect(await agendaOf(c.meeting2)).toEqual([
      'ö 1 Mitteilungen',
      'ö 2 Anträge',
      'ö 3 Beantwortung von Anfragen aus vorherigen Sitzungen',
      'ö 3.1 Anfrage AN/0001/2026: WLAN in Schulen',
      'nö 1 Personalangelegenheiten',
    ]);
  });
});

describe('department reminders', () => {
  it('reminds the department once before the answer is due', async () => {
    const soon = await filed('Bald fällig');
    await acceptInquiry(env.deps, office(), soon, NOW);
    await assignInquiry(
      env.deps,
      office(),
      soon,
      { department: 'Amt 12', dueDate: new Date('2026-06-03T12:00:00+02:00') },
      NOW,
    );
    const later = await filed('Später fällig');
    await acceptInquiry(env.deps, office(), later, NOW);
    await assignInquiry(
      env.deps,
      office(),
      later,
      { department: 'Amt 12', dueDate: new Date('2026-06-20T12:00:00+02:00') },
      NOW,
    );

    expect(await remindDepartments(env.deps, NOW)).toBe(1);
    await remindDepartments(env.deps, new Date('2026-06-02T09:00:00+02:00'));
    const reminders = env.outbox.keys().filter((k) => k.includes(':erinnerung:'));
    expect(reminders).toEqual([`dm:inquiry:${soon}:erinnerung:department:${clerk}:slack:D-${clerk}`]);
    expect(env.outbox.items.get(reminders[0] ?? '')?.message.text).toBe(
      'Erinnerung: Die Antwort auf die Anfrage „Bald fällig" (UA DiKO) ist bis 03.06.2026, 12:00 fällig.',
    );
  });
});

describe('oral questions in the session', () => {
  it('records a promised answer as a Zusage follow-up for the department', async () => {
    const itemId = (await MeetingModel.findById(c.meeting1).lean())?.agendaItems[0]?._id.toHexString();
    const { inquiry, followUpId } = await recordOralQuestion(
      env.deps,
      office(),
      {
        committeeId: c.committeeA,
        meetingId: c.meeting1,
        askedBy: c.aachen,
        subject: 'Glasfaser im Gewerbegebiet',
        text: 'Wann wird ausgebaut?',
        agendaItemId: itemId,
        zugesagt: true,
        department: 'Amt 12',
      },
      NOW,
    );
    expect([inquiry.kind, inquiry.state, inquiry.number, inquiry.department]).toEqual([
      'muendlich',
      'zugewiesen',
      'AN/0001/2026',
      'Amt 12',
    ]);
    const followUp = await FollowUpModel.findById(followUpId).lean();
    expect({
      kind: followUp?.kind,
      inquiry: followUp?.inquiry?.toString(),
      meeting: followUp?.meeting?.toString(),
      agendaItem: followUp?.agendaItem?.toString(),
      ownerDepartment: followUp?.ownerDepartment,
      dueDate: followUp?.dueDate?.toISOString(),
      title: followUp?.title,
    }).toEqual({
      kind: 'zusage',
      inquiry: inquiry.id,
      meeting: c.meeting1,
      agendaItem: itemId,
      ownerDepartment: 'Amt 12',
      dueDate: '2026-06-15T07:00:00.000Z',
      title: 'Zusage zu Anfrage AN/0001/2026: Glasfaser im Gewerbegebiet',
    });
  });

  it('records an oral question without promise and no follow-up; only the office may', async () => {
    const { inquiry, followUpId } = await recordOralQuestion(
      env.deps,
      office(),
      {
        committeeId: c.committeeA,
        meetingId: c.meeting1,
        askedBy: c.aachen,
        subject: 'Frage',
        text: 'Frage?',
      },
      NOW,
    );
    expect([inquiry.state, followUpId]).toEqual(['angenommen', undefined]);
    expect(await FollowUpModel.countDocuments()).toBe(0);
    await expect(
      recordOralQuestion(
        env.deps,
        memberOf(c, c.aachen),
        { committeeId: c.committeeA, meetingId: c.meeting1, askedBy: c.aachen, subject: 'x', text: 'y' },
        NOW,
      ),
    ).rejects.toBeInstanceOf(DomainError);
  });

  it('records an oral question only for a person of the committee, who is then told of every step', async () => {
    const refused = await recordOralQuestion(
      env.deps,
      office(),
      { committeeId: c.committeeA, meetingId: c.meeting1, askedBy: c.celle, subject: 'x', text: 'y' },
      NOW,
    ).catch((err: unknown) => err);
    expect(refused).toMatchObject({
      code: 'validation_failed',
      message: 'Diese Person ist nicht Mitglied des Gremiums oder einer seiner Fraktionen.',
      details: { field: 'askedBy' },
    });
    expect(await InquiryModel.countDocuments()).toBe(0);
    expect(env.outbox.keys()).toEqual([]);
  });
});
