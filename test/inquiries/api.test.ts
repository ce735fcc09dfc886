import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inquiriesRouter } from '../../server/http/api/inquiries/router';
import { AuditEventModel } from '../../server/store/models/audit-event';
import { FollowUpModel } from '../../server/store/models/follow-up';
import { InquiryModel } from '../../server/store/models/inquiry';
import { mongoRepositories } from '../../server/store/repositories/index';
import { clientFor, type Client } from '../http/api/support/api-kit';
import { connectTestDatabase, testApp } from '../http/support/test-app';
import { makePerson, makeUser } from '../support/factories';
import { buildCommittees, NOW, testDeps, type Committees } from './support/fixture';

const env = testDeps();
env.deps.audit = mongoRepositories().audit;
const app = testApp({
  clock: () => NOW,
  apiRoutes: [{ path: '/inquiries', router: inquiriesRouter(env.deps, () => NOW) }],
});

let database: Awaited<ReturnType<typeof connectTestDatabase>>;
let c: Committees;
let as: Record<
  'member' | 'fraktionMember' | 'outsider' | 'office' | 'otherOffice' | 'department' | 'head',
  Client
>;
beforeAll(async () => {
  database = await connectTestDatabase();
  await Promise.all([InquiryModel.init(), FollowUpModel.init()]);
  c = await buildCommittees();
  const clerk = await makePerson(c.body._id, { familyName: 'Amt' });
  await makeUser('member', ['member'], { person: c.aachen as never });
  await makeUser('fraktion', ['member'], { person: c.bonn as never });
  await makeUser('outsider', ['member'], { person: c.celle as never });
  await makeUser('office', ['office'], { officeCommitteeIds: [c.committeeA as never] });
  await makeUser('other-office', ['office'], { officeCommitteeIds: [c.committeeB as never] });
  await makeUser('department', ['department'], { department: 'Amt 12', person: clerk._id });
  await makeUser('head', ['head']);
  as = {
    member: await clientFor(app, 'member'),
    fraktionMember: await clientFor(app, 'fraktion'),
    outsider: await clientFor(app, 'outsider'),
    office: await clientFor(app, 'office'),
    otherOffice: await clientFor(app, 'other-office'),
    department: await clientFor(app, 'department'),
    head: await clientFor(app, 'head'),
  };
});
afterAll(() => database.stop());

let sequence = 0;
function filing(fields: Record<string, unknown> = {}) {
  sequence += 1;
  return {
    committeeId: c.committeeA,
    meetingId: c.meeting1,
    subject: `Anfrage ${sequence}`,
    text: 'Wie ist der Sachstand?',
    kind: 'schriftlich',
    requestId: `api-${sequence}`,
    ...fields,
  };
}

describe('/api/v1/inquiries', () => {
  let mine: string;
  let secret: string;

  it('files for a member and answers a retry with the same Anfrage', async () => {
    const body = filing();
    const first = await as.member.post('/api/v1/inquiries', body).expect(201);
    expect(first.body).toMatchObject({ status: 'filed', late: false, inquiry: { number: 'AN/0001/2026' } });
    const again = await as.member.post('/api/v1/inquiries', body).expect(201);
    expect(again.body.inquiry.id).toBe(first.body.inquiry.id);
    mine = first.body.inquiry.id as string;
  });

  it('refuses a non-member with 403 naming the committee field', async () => {
    const res = await as.outsider.post('/api/v1/inquiries', filing()).expect(403);
    expect(res.body.error).toMatchObject({
      code: 'inquiry_not_member',
      message: 'Sie sind nicht Mitglied dieses Gremiums oder einer seiner Fraktionen.',
      fields: [
        {
          path: 'committeeId',
          location: 'body',
          message: 'Sie sind nicht Mitglied dieses Gremiums oder einer seiner Fraktionen.',
        },
      ],
    });
  });

  it('answers bad input with 400 naming the field', async () => {
    const res = await as.member.post('/api/v1/inquiries', filing({ subject: '' })).expect(400);
    expect(res.body.error.fields).toEqual([
      { path: 'subject', location: 'body', message: 'Bitte geben Sie einen Betreff an.' },
    ]);
    expect(res.body.errorsEn).toEqual({ subject: 'Please enter a subject.' });
  });

  it('runs the office’s and the department’s steps and refuses illegal ones with 409', async () => {
    const filed = await as.fraktionMember
      .post('/api/v1/inquiries', filing({ public: false, onBehalfOf: c.fraktion }))
      .expect(201);
    secret = filed.body.inquiry.id as string;
    const publish = await as.office.post(`/api/v1/inquiries/${secret}/publish`).expect(409);
    expect(publish.body.error).toMatchObject({
      code: 'inquiry_transition_not_allowed',
      message: 'Eine Anfrage im Zustand „eingereicht" kann nicht in den Zustand „veröffentlicht" wechseln.',
    });
    await as.otherOffice.post(`/api/v1/inquiries/${secret}/accept`).expect(404);
    await as.office.post(`/api/v1/inquiries/${secret}/accept`).expect(200);
    const missing = await as.office.post(`/api/v1/inquiries/${secret}/assign`, {}).expect(400);
    expect(missing.body.error.fields).toEqual([
      { path: 'department', message: 'Bitte geben Sie die Dienststelle an.' },
    ]);
    const unknown = await as.office
      .post(`/api/v1/inquiries/${secret}/assign`, { department: 'Amt 99', dueDate: '2026-06-20' })
      .expect(400);
    expect(unknown.body.error.fields).toEqual([
      {
        path: 'department',
        message: 'Diese Dienststelle ist nicht bekannt: Niemand würde die Anfrage erhalten.',
      },
    ]);
    const assigned = await as.office
      .post(`/api/v1/inquiries/${secret}/assign`, { department: 'Amt 12', dueDate: '2026-06-20' })
      .expect(200);
    expect(assigned.body).toMatchObject({
      state: 'zugewiesen',
      department: 'Amt 12',
      // A due day means the end of that day in Berlin.
      dueDate: '2026-06-20T21:59:59.999Z',
    });
    await as.member.post(`/api/v1/inquiries/${secret}/answer`, { text: 'x' }).expect(404);
    const answered = await as.department
      .post(`/api/v1/inquiries/${secret}/answer`, { text: 'Die Antwort.' })
      .expect(200);
    expect(answered.body.answer).toMatchObject({ text: 'Die Antwort.', fileUrl: null });
  });

  it('shows a department only what is assigned to it, a member their own and the published ones', async () => {
    const department = await as.department.get('/api/v1/inquiries').expect(200);
    expect(department.body.items.map((i: { id: string }) => i.id)).toEqual([secret]);
    await as.department.get(`/api/v1/inquiries/${mine}`).expect(404);

    const member = await as.member.get('/api/v1/inquiries').expect(200);
    expect(member.body.items.map((i: { id: string }) => i.id)).toEqual([mine]);
    await as.member.get(`/api/v1/inquiries/${secret}`).expect(404);

    const head = await as.head.get('/api/v1/inquiries?state=zugewiesen,beantwortet').expect(200);
    expect(head.body.items.map((i: { id: string }) => i.id)).toEqual([secret]);
    const due = await as.office
      .get(`/api/v1/inquiries?committee=${c.committeeA}&dueBefore=2026-06-20`)
      .expect(200);
    expect(due.body.items.map((i: { id: string }) => i.id)).toEqual([secret]);
    const notDue = await as.office.get('/api/v1/inquiries?dueBefore=2026-06-19').expect(200);
    expect(notDue.body.items).toEqual([]);
  });

  it('audits the read of a non-public Anfrage', async () => {
    await AuditEventModel.deleteMany({});
    await as.office.get(`/api/v1/inquiries/${secret}`).expect(200);
    const reads = await AuditEventModel.find({ action: 'read' }).lean();
    expect(reads.map((r) => [r.entityType, r.entityId, r.actor?.displayName])).toEqual([
      ['inquiry', secret, 'office'],
    ]);
  });

  it('lets a member withdraw only their own', async () => {
    await as.fraktionMember.post(`/api/v1/inquiries/${mine}/withdraw`).expect(404);
    const res = await as.member.post(`/api/v1/inquiries/${mine}/withdraw`).expect(200);
    expect(res.body.state).toBe('zurueckgezogen');
  });

  it('records oral questions for the office only', async () => {
    const body = {
      committeeId: c.committeeA,
      meetingId: c.meeting1,
      askedBy: c.aachen,
      subject: 'Glasfaser',
      text: 'Wann?',
      zugesagt: true,
      department: 'Amt 12',
    };
    await as.member.post('/api/v1/inquiries/oral', body).expect(403);
    const res = await as.office.post('/api/v1/inquiries/oral', body).expect(201);
    expect(res.body.inquiry).toMatchObject({
      kind: 'muendlich',
      state: 'zugewiesen',
      number: 'AN/0003/2026',
    });
    expect(await FollowUpModel.countDocuments({ inquiry: res.body.inquiry.id, kind: 'zusage' })).toBe(1);
  });
});
