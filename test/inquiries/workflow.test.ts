import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../server/domain/errors';
import { fileInquiry } from '../../server/domain/inquiries/filing';
import { listInquiries } from '../../server/domain/inquiries/queries';
import {
  acceptInquiry,
  answerInquiry,
  assignInquiry,
  publishInquiry,
  rejectInquiry,
  supplementInquiry,
  withdrawInquiry,
} from '../../server/domain/inquiries/transitions';
import { InquiryModel } from '../../server/store/models/inquiry';
import { makePerson, makeUser } from '../support/factories';
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
let officer: string;
beforeEach(async () => {
  await clearDatabase();
  c = await buildCommittees();
  env = testDeps();
  clerk = (
    await makePerson(c.body._id, { familyName: 'Sachbearbeiter', department: 'Amt 12' })
  )._id.toHexString();
  const linked = await makePerson(c.body._id, { familyName: 'Amtsleitung' });
  await makeUser('amt12', ['department'], { department: 'Amt 12', person: linked._id });
  officer = linked._id.toHexString();
});

const office = () => principalFor(['office'], { officeCommitteeIds: [c.committeeA] });
const otherOffice = () => principalFor(['office'], { officeCommitteeIds: [c.committeeB] });
const department = (name = 'Amt 12') => principalFor(['department'], { department: name });

async function filed(isPublic = true, personId = c.aachen, meetingId = c.meeting1): Promise<string> {
  const result = await fileInquiry(
    env.deps,
    memberOf(c, personId),
    {
      committeeId: c.committeeA,
      meetingId,
      subject: isPublic ? 'WLAN in Schulen' : 'Vertrag Rechenzentrum',
      text: 'Wie ist der Sachstand?',
      kind: 'schriftlich',
      requestId: `r-${Math.random()}`,
      public: isPublic,
      // Bonn has no own seat: he files for his Fraktion.
      ...(personId === c.bonn ? { onBehalfOf: c.fraktion } : {}),
    },
    NOW,
  );
  if (result.status !== 'filed') throw new Error(JSON.stringify(result));
  return result.inquiry.id;
}

async function answered(isPublic = true): Promise<string> {
  const id = await filed(isPublic);
  await acceptInquiry(env.deps, office(), id, NOW);
  await assignInquiry(env.deps, office(), id, { department: 'Amt 12' }, NOW);
  await answerInquiry(
    env.deps,
    department(),
    id,
    { text: 'Alle 42 Schulen.', fileUrl: 'https://example.org/a.pdf' },
    NOW,
  );
  return id;
}

function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string; details?: unknown }> {
  return promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (error: unknown) => {
      if (!(error instanceof DomainError)) throw error;
      return { code: error.code, message: error.message, details: error.details };
    },
  );
}

describe('the Anfrage’s way to its answer', () => {
  it('goes eingereicht → angenommen → zugewiesen → beantwortet → veröffentlicht with history and audit', async () => {
    const id = await answered();
    const published = await publishInquiry(env.deps, office(), id, NOW);
    expect(published.state).toBe('veroeffentlicht');
    expect(published.history.map((h) => h.state)).toEqual([
      'eingereicht',
      'angenommen',
      'zugewiesen',
      'beantwortet',
      'veroeffentlicht',
    ]);
    expect(published.department).toBe('Amt 12');
    // 14 days of answer time (NRW default) on Berlin clocks.
    expect(published.dueDate?.toISOString()).toBe('2026-06-15T07:00:00.000Z');
    expect(published.answer).toEqual({
      text: 'Alle 42 Schulen.',
      fileUrl: 'https://example.org/a.pdf',
      answeredAt: NOW,
    });
    expect(env.audits.map((a) => `${a.action}:${a.summary ?? ''}`)).toEqual([
      'create:Anfrage AN/0001/2026 eingereicht',
      'update:Anfrage AN/0001/2026: accept (eingereicht -> angenommen)',
      'update:Anfrage AN/0001/2026: assign (angenommen -> zugewiesen)',
      'update:Anfrage AN/0001/2026: answer (zugewiesen -> beantwortet)',
      'update:Anfrage AN/0001/2026: publish (beantwortet -> veroeffentlicht)',
    ]);
  });

  it('notifies member, office, department and, for a public answer, every channel — once per key', async () => {
    const id = await answered();
    await publishInquiry(env.deps, office(), id, NOW);
    const member = `slack:D-${c.aachen}`;
    expect(env.outbox.keys()).toEqual(
      [
        `dm:inquiry:${id}:eingereicht:member:${member}`,
        `dm:inquiry:${id}:angenommen:member:${member}`,
        `dm:inquiry:${id}:zugewiesen:member:${member}`,
        `dm:inquiry:${id}:beantwortet:member:${member}`,
        `dm:inquiry:${id}:veroeffentlicht:member:${member}`,
        `dm:inquiry:${id}:zugewiesen:department:${clerk}:slack:D-${clerk}`,
        `dm:inquiry:${id}:zugewiesen:department:${officer}:slack:D-${officer}`,
        `inquiry:${id}:eingereicht:channel:b-office`,
        `inquiry:${id}:angenommen:channel:b-office`,
        `inquiry:${id}:zugewiesen:channel:b-office`,
        `inquiry:${id}:beantwortet:channel:b-office`,
        `inquiry:${id}:veroeffentlicht:channel:b-office`,
        `inquiry:${id}:veroeffentlicht:channel:b-public`,
      ].sort(),
    );
    const post = env.outbox.items.get(`inquiry:${id}:veroeffentlicht:channel:b-public`);
    expect(post?.target).toEqual({
      platform: 'slack',
      tenantId: 'T0001',
      channelId: 'C-PUBLIC',
      kind: 'channel',
    });
    expect(post?.message.title).toBe('Antwort auf Anfrage AN/0001/2026');
    expect(post?.message.sections).toEqual([
      { lines: ['Alle 42 Schulen.', 'Datei: https://example.org/a.pdf'] },
    ]);
    const dm = env.outbox.items.get(`dm:inquiry:${id}:zugewiesen:member:${member}`);
    expect(dm?.message.text).toBe(
      'Ihre Anfrage „WLAN in Schulen" wurde Amt 12 zur Beantwortung bis 15.06.2026, 09:00 zugewiesen.',
    );
  });

  it('never posts a non-public Anfrage to a public channel', async () => {
    const id = await answered(false);
    await publishInquiry(env.deps, office(), id, NOW);
    await supplementInquiry(env.deps, office(), id, { text: 'Ergänzung zur Niederschrift.' }, NOW);
    const publicPosts = [...env.outbox.items.values()].filter((i) => i.target.channelId === 'C-PUBLIC');
    expect(publicPosts).toEqual([]);
    expect(env.outbox.keys()).toContain(`inquiry:${id}:veroeffentlicht:channel:b-office`);
    expect(env.outbox.keys()).toContain(`inquiry:${id}:ergaenzt-1:channel:b-office`);
  });

  it('adds supplementary answers to a published public Anfrage and posts each', async () => {
    const id = await answered();
    await publishInquiry(env.deps, office(), id, NOW);
    await supplementInquiry(env.deps, department(), id, { text: 'Nachtrag eins.' }, NOW);
    const second = await supplementInquiry(env.deps, office(), id, { text: 'Nachtrag zwei.' }, NOW);
    expect(second.addenda.map((a) => a.text)).toEqual(['Nachtrag eins.', 'Nachtrag zwei.']);
    expect(second.state).toBe('veroeffentlicht');
    expect(env.outbox.items.get(`inquiry:${id}:ergaenzt-2:channel:b-public`)?.message.title).toBe(
      'Ergänzende Antwort zur Niederschrift zu Anfrage AN/0001/2026',
    );
  });

  it('refuses illegal steps with the states named', async () => {
    const id = await filed();
    expect(await refusal(publishInquiry(env.deps, office(), id, NOW))).toMatchObject({
      code: 'inquiry_transition_not_allowed',
      message: 'Eine Anfrage im Zustand „eingereicht" kann nicht in den Zustand „veröffentlicht" wechseln.',
    });
    expect(await refusal(assignInquiry(env.deps, office(), id, { department: 'Amt 12' }, NOW))).toMatchObject(
      {
        code: 'inquiry_transition_not_allowed',
      },
    );
    expect(await refusal(supplementInquiry(env.deps, office(), id, { text: 'x' }, NOW))).toMatchObject({
      code: 'inquiry_transition_not_allowed',
    });
    expect((await InquiryModel.findById(id).lean())?.state).toBe('eingereicht');
  });

  it('needs a reason to reject and a department to assign', async () => {
    const id = await filed();
    expect(await refusal(rejectInquiry(env.deps, office(), id, { reason: ' ' }, NOW))).toEqual({
      code: 'validation_failed',
      message: 'Bitte geben Sie eine Begründung an.',
      details: { field: 'reason' },
    });
    const rejected = await rejectInquiry(
      env.deps,
      office(),
      id,
      { reason: 'Keine Zuständigkeit des Rates.' },
      NOW,
    );
    expect([rejected.state, rejected.reason]).toEqual(['zurueckgewiesen', 'Keine Zuständigkeit des Rates.']);
    expect(
      env.outbox.items.get(`dm:inquiry:${id}:zurueckgewiesen:member:slack:D-${c.aachen}`)?.message.text,
    ).toBe('Ihre Anfrage „WLAN in Schulen" wurde zurückgewiesen. Begründung: Keine Zuständigkeit des Rates.');
  });

  it('lets only the author withdraw, and not after the answer', async () => {
    const id = await filed();
    expect(await refusal(withdrawInquiry(env.deps, memberOf(c, c.bonn), id, NOW))).toMatchObject({
      code: 'not_found',
    });
    expect(await refusal(withdrawInquiry(env.deps, office(), id, NOW))).toMatchObject({ code: 'forbidden' });
    expect((await withdrawInquiry(env.deps, memberOf(c, c.aachen), id, NOW)).state).toBe('zurueckgezogen');
    const done = await answered();
    expect(await refusal(withdrawInquiry(env.deps, memberOf(c, c.aachen), done, NOW))).toMatchObject({
      code: 'inquiry_transition_not_allowed',
    });
  });

  it('lets only the committee’s office triage and only the assigned department answer', async () => {
    const id = await filed();
    expect(await refusal(acceptInquiry(env.deps, otherOffice(), id, NOW))).toMatchObject({
      code: 'not_found',
    });
    expect(await refusal(acceptInquiry(env.deps, memberOf(c, c.aachen), id, NOW))).toMatchObject({
      code: 'forbidden',
    });
    await acceptInquiry(env.deps, office(), id, NOW);
    await assignInquiry(env.deps, office(), id, { department: 'Amt 12' }, NOW);
    expect(
      await refusal(answerInquiry(env.deps, department('Amt 15'), id, { text: 'x' }, NOW)),
    ).toMatchObject({
      code: 'not_found',
    });
    expect(
      await refusal(answerInquiry(env.deps, memberOf(c, c.aachen), id, { text: 'x' }, NOW)),
    ).toMatchObject({
      code: 'forbidden',
    });
    expect((await answerInquiry(env.deps, department(), id, { text: 'Antwort' }, NOW)).state).toBe(
      'beantwortet',
    );
  });
});

describe('withdrawal after assignment', () => {
  it('tells the department that no answer is needed any more', async () => {
    const id = await filed();
    await acceptInquiry(env.deps, office(), id, NOW);
    await assignInquiry(env.deps, office(), id, { department: 'Amt 12' }, NOW);
    await withdrawInquiry(env.deps, memberOf(c, c.aachen), id, NOW);
    const key = `dm:inquiry:${id}:zurueckgezogen:department:${clerk}:slack:D-${clerk}`;
    expect(env.outbox.items.get(key)?.message.text).toBe(
      'Die Anfrage „WLAN in Schulen" (UA DiKO) wurde zurückgezogen; eine Antwort ist nicht mehr nötig.',
    );
  });
});

describe('who sees which Anfragen', () => {
  it('a department sees only what is assigned to it; a member their own and the published ones', async () => {
    const mineOpen = await filed(true, c.aachen);
    const othersOpen = await filed(true, c.bonn);
    const othersPublished = await answered();
    await publishInquiry(env.deps, office(), othersPublished, NOW);
    await InquiryModel.updateOne({ _id: othersPublished }, { $set: { author: c.bonn } });
    const secretPublished = await answered(false);
    await publishInquiry(env.deps, office(), secretPublished, NOW);
    await InquiryModel.updateOne({ _id: secretPublished }, { $set: { author: c.bonn } });

    const ids = async (principal: Parameters<typeof listInquiries>[1], mine = false) =>
      (await listInquiries(env.deps, principal, { limit: 100, mine })).map((i) => i.id).sort();

    expect(await ids(department())).toEqual([othersPublished, secretPublished].sort());
    expect(await ids(department('Amt 15'))).toEqual([]);
    expect(await ids(memberOf(c, c.aachen))).toEqual([mineOpen, othersPublished].sort());
    expect(await ids(memberOf(c, c.aachen), true)).toEqual([mineOpen]);
    expect(await ids(office())).toEqual([mineOpen, othersOpen, othersPublished, secretPublished].sort());
    expect(await ids(otherOffice())).toEqual([othersPublished]);
    expect(await ids(principalFor(['head']))).toHaveLength(4);
  });

  it('audits reading non-public Anfragen', async () => {
    const secret = await filed(false);
    env.audits.length = 0;
    await listInquiries(env.deps, office(), { limit: 100 });
    expect(env.audits).toEqual([
      expect.objectContaining({
        action: 'read',
        entityType: 'inquiry',
        organization: c.committeeA,
        details: { ids: [secret] },
      }),
    ]);
  });
});
