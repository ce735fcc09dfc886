import { Types } from 'mongoose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeMembership } from '../support/factories';
import { fileInquiry, filingChoices, type FileInquiryInput } from '../../server/domain/inquiries/filing';
import { InquiryModel } from '../../server/store/models/inquiry';
import { MeetingModel } from '../../server/store/models/meeting';
import { InquiryCounterModel } from '../../server/store/inquiries/inquiry-counter';
import { clearDatabase, connectTestDatabase } from '../jobs/support/connect';
import { buildCommittees, memberOf, NOW, testDeps, type Committees } from './support/fixture';

let database: Awaited<ReturnType<typeof connectTestDatabase>>;
beforeAll(async () => {
  database = await connectTestDatabase();
});
afterAll(() => database.stop());

let c: Committees;
let env: ReturnType<typeof testDeps>;
beforeEach(async () => {
  await clearDatabase();
  c = await buildCommittees();
  env = testDeps();
});

function input(fields: Partial<FileInquiryInput> = {}): FileInquiryInput {
  return {
    committeeId: c.committeeA,
    meetingId: c.meeting1,
    subject: 'WLAN in Schulen',
    text: 'Wie viele Schulen haben WLAN?',
    kind: 'schriftlich',
    requestId: `req-${Math.random()}`,
    ...fields,
  };
}

describe('filing choices', () => {
  it('offers only the member’s committees, their next meetings with deadlines and Fraktionen', async () => {
    const choices = await filingChoices(env.deps, memberOf(c, c.aachen), NOW);
    expect(choices.committees).toEqual([{ id: c.committeeA, shortName: 'UA DiKO' }]);
    expect(choices.meetings.map((m) => [m.id, m.deadline.toISOString(), m.late])).toEqual([
      [c.meeting1, '2026-06-03T10:00:00.000Z', false],
      [c.meeting2, '2026-06-18T10:00:00.000Z', false],
    ]);
    expect(choices.fraktionen).toEqual([{ id: c.fraktion, name: 'SPD-Fraktion' }]);
  });

  it('offers a Fraktion’s committee to its members without an own seat', async () => {
    const choices = await filingChoices(env.deps, memberOf(c, c.bonn), NOW);
    expect(choices.committees.map((x) => x.id)).toEqual([c.committeeA]);
  });

  it('does not offer a cancelled meeting', async () => {
    await MeetingModel.updateOne({ _id: c.meeting1 }, { $set: { state: 'abgesagt' } });
    const choices = await filingChoices(env.deps, memberOf(c, c.aachen), NOW);
    expect(choices.meetings.map((m) => m.id)).toEqual([c.meeting2]);
    const result = await fileInquiry(env.deps, memberOf(c, c.aachen), input(), NOW);
    expect(result).toMatchObject({ status: 'invalid', errors: { meetingId: expect.any(String) } });
  });

  it('marks a meeting whose deadline has passed as late', async () => {
    const choices = await filingChoices(
      env.deps,
      memberOf(c, c.aachen),
      new Date('2026-06-03T12:01:00+02:00'),
    );
    expect(choices.meetings.map((m) => m.late)).toEqual([true, false]);
  });
});

describe('filing an Anfrage', () => {
  it('files, numbers and tells the member and the office', async () => {
    const result = await fileInquiry(env.deps, memberOf(c, c.aachen), input({ onBehalfOf: c.fraktion }), NOW);
    expect(result).toMatchObject({
      status: 'filed',
      inquiry: { number: 'AN/0001/2026', meetingId: c.meeting1, meetingName: '5. Sitzung UA DiKO' },
    });
    if (result.status !== 'filed') throw new Error('not filed');
    expect(result.inquiry.deadline.toISOString()).toBe('2026-06-03T10:00:00.000Z');
    const stored = await InquiryModel.findById(result.inquiry.id).lean();
    expect(stored?.state).toBe('eingereicht');
    expect(stored?.onBehalfOf?.toString()).toBe(c.fraktion);
    const id = result.inquiry.id;
    expect(env.outbox.keys()).toEqual([
      `dm:inquiry:${id}:eingereicht:member:slack:D-${c.aachen}`,
      `inquiry:${id}:eingereicht:channel:b-office`,
    ]);
    expect(env.audits.map((a) => [a.action, a.entityId])).toEqual([['create', id]]);
  });

  it('lets a Fraktion member without own seat file on behalf of the Fraktion', async () => {
    const result = await fileInquiry(env.deps, memberOf(c, c.bonn), input({ onBehalfOf: c.fraktion }), NOW);
    expect(result.status).toBe('filed');
  });

  it('refuses a Fraktion member without own seat filing in their own name', async () => {
    const result = await fileInquiry(env.deps, memberOf(c, c.bonn), input(), NOW);
    expect(result).toEqual({
      status: 'invalid',
      errors: {
        onBehalfOf:
          'Sie sind nicht selbst Mitglied dieses Gremiums: bitte reichen Sie die Anfrage im Namen Ihrer Fraktion ein, die im Gremium vertreten ist.',
      },
      errorsEn: {
        onBehalfOf:
          'You do not hold a seat in this committee yourself: please file on behalf of your parliamentary group that is represented in it.',
      },
    });
    expect(await InquiryModel.countDocuments()).toBe(0);
  });

  it('refuses filing for an own Fraktion that has no seat in the committee', async () => {
    await makeMembership(new Types.ObjectId(c.bonn), new Types.ObjectId(c.otherFraktion));
    const result = await fileInquiry(
      env.deps,
      memberOf(c, c.bonn),
      input({ onBehalfOf: c.otherFraktion }),
      NOW,
    );
    expect(result).toMatchObject({
      status: 'invalid',
      errors: { onBehalfOf: expect.stringMatching(/^Sie sind nicht selbst/) },
    });
    expect(await InquiryModel.countDocuments()).toBe(0);
  });

  it('refuses a non-member, also a former one', async () => {
    const result = await fileInquiry(env.deps, memberOf(c, c.celle), input(), NOW);
    expect(result).toEqual({
      status: 'invalid',
      forbidden: true,
      errors: { committeeId: 'Sie sind nicht Mitglied dieses Gremiums oder einer seiner Fraktionen.' },
      errorsEn: { committeeId: 'You are not a member of this committee or one of its parliamentary groups.' },
    });
    expect(await InquiryModel.countDocuments()).toBe(0);
  });

  it('names every bad field in German and English', async () => {
    const result = await fileInquiry(
      env.deps,
      memberOf(c, c.aachen),
      input({ subject: '  ', attachmentUrl: 'ftp://x', onBehalfOf: c.otherFraktion, meetingId: c.meetingB }),
      NOW,
    );
    expect(result).toEqual({
      status: 'invalid',
      errors: {
        subject: 'Bitte geben Sie einen Betreff an.',
        attachmentUrl: 'Bitte geben Sie einen Link beginnend mit https:// an.',
        onBehalfOf: 'Sie gehören dieser Fraktion nicht an.',
        meetingId: 'Diese Sitzung gehört nicht zum gewählten Gremium oder hat bereits begonnen.',
      },
      errorsEn: {
        subject: 'Please enter a subject.',
        attachmentUrl: 'Please enter a link starting with https://.',
        onBehalfOf: 'You do not belong to this parliamentary group.',
        meetingId: 'This meeting does not belong to the chosen committee or has already started.',
      },
    });
  });

  it('limits the Anfragen per member and meeting', async () => {
    const member = memberOf(c, c.aachen);
    expect((await fileInquiry(env.deps, member, input(), NOW)).status).toBe('filed');
    expect((await fileInquiry(env.deps, member, input(), NOW)).status).toBe('filed');
    const third = await fileInquiry(env.deps, member, input(), NOW);
    expect(third).toMatchObject({
      status: 'invalid',
      errors: { meetingId: 'Sie haben für diese Sitzung bereits 2 Anfragen eingereicht (höchstens 2).' },
    });
    expect((await fileInquiry(env.deps, member, input({ meetingId: c.meeting2 }), NOW)).status).toBe('filed');
  });

  it('limits per Fraktion where the rules say so', async () => {
    await clearDatabase();
    c = await buildCommittees({}, { limitPer: 'fraktion', maxPerMeeting: 1 });
    const first = await fileInquiry(env.deps, memberOf(c, c.aachen), input({ onBehalfOf: c.fraktion }), NOW);
    expect(first.status).toBe('filed');
    const second = await fileInquiry(env.deps, memberOf(c, c.bonn), input({ onBehalfOf: c.fraktion }), NOW);
    expect(second).toMatchObject({
      status: 'invalid',
      errors: {
        onBehalfOf: 'Für diese Fraktion sind für diese Sitzung bereits 1 Anfragen eingereicht (höchstens 1).',
      },
    });
  });

  it('asks before moving a late Anfrage to the next meeting, then files it there', async () => {
    const late = new Date('2026-06-03T12:01:00+02:00');
    const member = memberOf(c, c.aachen);
    const asked = await fileInquiry(env.deps, member, input({ requestId: 'late-1' }), late);
    expect(asked).toEqual({
      status: 'late',
      deadline: new Date('2026-06-03T10:00:00.000Z'),
      nextMeeting: {
        id: c.meeting2,
        name: '6. Sitzung UA DiKO',
        start: new Date('2026-06-22T15:00:00.000Z'),
      },
    });
    expect(await InquiryModel.countDocuments()).toBe(0);

    const confirmed = await fileInquiry(
      env.deps,
      member,
      input({ requestId: 'late-1', acceptLate: true }),
      late,
    );
    expect(confirmed).toMatchObject({
      status: 'filed',
      late: true,
      inquiry: { number: 'AN/0001/2026', meetingId: c.meeting2, meetingName: '6. Sitzung UA DiKO' },
    });
    const stored = await InquiryModel.findOne().lean();
    expect([stored?.late, stored?.movedFrom?.toString(), stored?.meeting?.toString()]).toEqual([
      true,
      c.meeting1,
      c.meeting2,
    ]);
  });

  it('in time at the cut-off minute', async () => {
    const result = await fileInquiry(
      env.deps,
      memberOf(c, c.aachen),
      input(),
      new Date('2026-06-03T12:00:00+02:00'),
    );
    expect(result).toMatchObject({ status: 'filed', inquiry: { meetingId: c.meeting1 } });
  });

  it('skips numbers already taken by Anfragen that did not come through the counter', async () => {
    await InquiryModel.create({
      body: c.body._id,
      organization: c.committeeA,
      number: 'AN/0001/2026',
      subject: 'Übernommen aus dem Ratsinformationssystem',
      text: 'Importiert.',
      kind: 'schriftlich',
      author: c.aachen,
    });
    const result = await fileInquiry(env.deps, memberOf(c, c.aachen), input(), NOW);
    expect(result).toMatchObject({ status: 'filed', inquiry: { number: 'AN/0002/2026' } });
    expect(await InquiryModel.countDocuments({ number: null })).toBe(0);
  });

  it('numbers by the body’s pattern', async () => {
    await clearDatabase();
    c = await buildCommittees({ inquiryNumberPattern: 'F/{yy}/{seq:3}' });
    const result = await fileInquiry(env.deps, memberOf(c, c.aachen), input(), NOW);
    expect(result).toMatchObject({ status: 'filed', inquiry: { number: 'F/26/001' } });
  });
});

describe('numbering and retries under load', () => {
  it('gives 50 simultaneous submissions 50 unique consecutive numbers', async () => {
    await clearDatabase();
    c = await buildCommittees({}, { maxPerMeeting: 100 });
    const member = memberOf(c, c.aachen);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => fileInquiry(env.deps, member, input({ requestId: `r${i}` }), NOW)),
    );
    const numbers = results.map((r) => (r.status === 'filed' ? r.inquiry.number : r.status)).sort();
    expect(numbers).toEqual(
      Array.from({ length: 50 }, (_, i) => `AN/${String(i + 1).padStart(4, '0')}/2026`),
    );
    expect(await InquiryModel.countDocuments({ number: { $type: 'string' } })).toBe(50);
  });

  it('a double click or retry creates one Anfrage and draws no number for the loser', async () => {
    const member = memberOf(c, c.aachen);
    const same = input({ requestId: 'double-click' });
    const results = await Promise.all(
      Array.from({ length: 5 }, () => fileInquiry(env.deps, member, same, NOW)),
    );
    const retried = await fileInquiry(env.deps, member, same, NOW);
    const ids = new Set([...results, retried].map((r) => (r.status === 'filed' ? r.inquiry.id : r.status)));
    expect(ids.size).toBe(1);
    expect(retried).toMatchObject({ status: 'filed', inquiry: { number: 'AN/0001/2026' } });
    expect(await InquiryModel.countDocuments()).toBe(1);
    expect((await InquiryCounterModel.findOne().lean())?.seq).toBe(1);
    const next = await fileInquiry(env.deps, member, input({ meetingId: c.meeting2 }), NOW);
    expect(next).toMatchObject({ status: 'filed', inquiry: { number: 'AN/0002/2026' } });
  });

  it('leaves no gaps when retries and new submissions interleave', async () => {
    await clearDatabase();
    c = await buildCommittees({}, { maxPerMeeting: 100 });
    const member = memberOf(c, c.aachen);
    const submissions = Array.from({ length: 60 }, (_, i) => input({ requestId: `r${i % 20}` }));
    const results = await Promise.all(submissions.map((s) => fileInquiry(env.deps, member, s, NOW)));
    const numbers = new Set(results.map((r) => (r.status === 'filed' ? r.inquiry.number : r.status)));
    expect([...numbers].sort()).toEqual(
      Array.from({ length: 20 }, (_, i) => `AN/${String(i + 1).padStart(4, '0')}/2026`),
    );
    expect((await InquiryCounterModel.findOne().lean())?.seq).toBe(20);
  });
});

describe('the limit under simultaneous filings', () => {
  it('does not confirm a retry whose first attempt lost the last place and was discarded', async () => {
    await clearDatabase();
    c = await buildCommittees({}, { maxPerMeeting: 1 });
    const member = memberOf(c, c.aachen);
    const winner = await fileInquiry(env.deps, member, input({ requestId: 'winner' }), NOW);
    expect(winner).toMatchObject({ status: 'filed', inquiry: { number: 'AN/0001/2026' } });
    // The first attempt of "loser" is stored but not yet numbered; it is discarded while the retry waits.
    const { inquiry: firstAttempt } = await env.deps.store.insert({
      bodyId: c.body._id.toHexString(),
      committeeId: c.committeeA,
      meetingId: c.meeting1,
      subject: 'WLAN in Schulen',
      text: 'Wie viele Schulen haben WLAN?',
      kind: 'schriftlich',
      authorPersonId: c.aachen,
      public: true,
      late: false,
      requestId: 'loser',
      history: [{ state: 'eingereicht', at: NOW }],
    });
    setTimeout(() => void env.deps.store.discardUnnumbered(firstAttempt.id), 120);
    const retried = await fileInquiry(env.deps, member, input({ requestId: 'loser' }), NOW);
    expect(retried).toMatchObject({
      status: 'invalid',
      errors: { meetingId: 'Sie haben für diese Sitzung bereits 1 Anfragen eingereicht (höchstens 1).' },
    });
    expect(await InquiryModel.countDocuments()).toBe(1);
    expect((await InquiryCounterModel.findOne().lean())?.seq).toBe(1);
  });

  it('keeps exactly the allowed number and leaves no gap in the numbers', async () => {
    const member = memberOf(c, c.aachen);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        fileInquiry(env.deps, member, input({ requestId: `burst-${i}` }), NOW),
      ),
    );
    expect(results.filter((r) => r.status === 'filed')).toHaveLength(2);
    expect(results.filter((r) => r.status === 'invalid')).toHaveLength(4);
    expect(await InquiryModel.countDocuments()).toBe(2);
    const numbers = results.flatMap((r) => (r.status === 'filed' ? [r.inquiry.number] : [])).sort();
    expect(numbers).toEqual(['AN/0001/2026', 'AN/0002/2026']);
  });
});
