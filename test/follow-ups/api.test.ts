import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { followUpsRouter } from '../../server/http/api/follow-ups/router';
import { AuditEventModel } from '../../server/store/models/audit-event';
import { ChannelBindingModel } from '../../server/store/models/channel-binding';
import { FollowUpModel } from '../../server/store/models/follow-up';
import { OutboxMessageModel } from '../../server/store/models/outbox-message';
import { NOW } from '../http/api/support/api-kit';
import { withApiWorld } from '../http/api/support/world';
import { testApp } from '../http/support/test-app';
import { instanceDeps } from './support/world';

const app = testApp({
  clock: () => NOW,
  apiRoutes: [{ path: '/follow-ups', router: followUpsRouter(instanceDeps(() => NOW)) }],
});
const api = withApiWorld(app);
const url = '/api/v1/follow-ups';

beforeAll(async () => {
  await ChannelBindingModel.create([
    {
      platform: 'slack',
      tenantId: 'T1',
      channelId: 'CPUB',
      organization: api.world.committeeA._id,
      confidentiality: 'public',
    },
    {
      platform: 'slack',
      tenantId: 'T1',
      channelId: 'CCONF',
      organization: api.world.committeeA._id,
      confidentiality: 'confidential',
    },
  ]);
});
beforeEach(async () => {
  await OutboxMessageModel.deleteMany({});
});

const base = () => ({
  organization: api.world.committeeA.id,
  kind: 'pruefauftrag',
  title: 'Glasfaser in Schulen prüfen',
  ownerDepartment: 'Amt 12',
  dueDate: '2021-03-15',
});

async function unchanged<T>(change: () => Promise<T>): Promise<T> {
  const before = await FollowUpModel.find().sort({ _id: 1 }).lean();
  const audits = await AuditEventModel.countDocuments({ action: { $ne: 'read' } });
  const result = await change();
  expect(await FollowUpModel.find().sort({ _id: 1 }).lean()).toEqual(before);
  expect(await AuditEventModel.countDocuments({ action: { $ne: 'read' } })).toBe(audits);
  return result;
}

describe('POST /api/v1/follow-ups', () => {
  it('lets the office record a follow-up with owner, due date and links, audited', async () => {
    const item = api.world.meetingA.agendaItems.find((i) => i.name === 'Mitteilungen der Verwaltung')!;
    const res = await api.as.officeA
      .post(url, { ...base(), meeting: api.world.meetingA.id, agendaItem: item._id.toString() })
      .expect(201);
    expect(res.body).toMatchObject({
      kind: 'pruefauftrag',
      kindLabel: 'Prüfauftrag',
      title: 'Glasfaser in Schulen prüfen',
      owner: { kind: 'department', department: 'Amt 12', name: 'Amt 12' },
      dueDate: '2021-03-15',
      status: 'offen',
      overdue: false,
      public: true,
      agendaItemNumber: '1',
      committee: { shortName: 'UA DiKO' },
    });
    const audit = await AuditEventModel.findOne({ entityId: res.body.id, action: 'create' }).lean();
    expect(audit?.summary).toBe('Prüfauftrag „Glasfaser in Schulen prüfen“ angelegt (zuständig: Amt 12)');
  });

  it('makes a follow-up recorded under a non-public item non-public', async () => {
    const item = api.world.meetingA.agendaItems.find((i) => i.name === 'Vergabe Rechenzentrum')!;
    const res = await api.as.officeA
      .post(url, {
        ...base(),
        title: 'Vergabevermerk',
        meeting: api.world.meetingA.id,
        agendaItem: item._id.toString(),
      })
      .expect(201);
    expect(res.body.public).toBe(false);
  });

  it('refuses other committees’ office and members', async () => {
    await unchanged(async () => {
      await api.as.officeB.post(url, base()).expect(403);
      await api.as.memberA.post(url, base()).expect(403);
      await api.as.public.post(url, base()).expect(401);
    });
  });

  it.each([
    [
      'a due date in the past',
      { dueDate: '2021-02-09' },
      'dueDate',
      'Die Frist 09.02.2021 liegt in der Vergangenheit.',
    ],
    [
      'an unknown department',
      { ownerDepartment: 'Amt 99' },
      'ownerDepartment',
      'Die Dienststelle „Amt 99“ ist nicht bekannt.',
    ],
    [
      'an owner person that does not exist',
      { ownerDepartment: undefined, ownerPerson: '0123456789abcdef01234567' },
      'ownerPerson',
      'Diese Person gibt es nicht.',
    ],
    [
      'no owner',
      { ownerDepartment: undefined },
      'owner',
      'Bitte eine zuständige Dienststelle oder Person angeben.',
    ],
  ])('refuses %s with 400 naming the field and stores nothing', async (_case, change, field, message) => {
    const res = await unchanged(() => api.as.officeA.post(url, { ...base(), ...change }).expect(400));
    expect(res.body.error).toMatchObject({
      code: 'validation_failed',
      message,
      fields: [{ path: field, message }],
    });
  });
});

describe('PATCH, close and due-date requests', () => {
  async function fresh(fields: Record<string, unknown> = {}) {
    const res = await api.as.officeA.post(url, { ...base(), ...fields }).expect(201);
    return res.body.id as string;
  }

  it('changes due date and owner; refuses a past due date and an unknown owner without changing anything', async () => {
    const id = await fresh();
    const res = await api.as.officeA
      .patch(`${url}/${id}`, { dueDate: '2021-04-01', ownerPerson: api.world.personA.id })
      .expect(200);
    expect(res.body).toMatchObject({
      dueDate: '2021-04-01',
      owner: { kind: 'person', person: api.world.personA.id, name: api.world.personA.name },
    });
    const past = await unchanged(() =>
      api.as.officeA.patch(`${url}/${id}`, { dueDate: '2020-12-31' }).expect(400),
    );
    expect(past.body.error.fields).toEqual([
      { path: 'dueDate', message: 'Die Frist 31.12.2020 liegt in der Vergangenheit.' },
    ]);
    await unchanged(() => api.as.officeA.patch(`${url}/${id}`, { ownerDepartment: 'Amt 99' }).expect(400));
    await unchanged(() => api.as.department.patch(`${url}/${id}`, { dueDate: '2021-05-01' }).expect(403));
  });

  it('lets the owner department close it once; closing again is 409 and changes nothing', async () => {
    const id = await fresh();
    const res = await api.as.department
      .post(`${url}/${id}/close`, { completionNote: 'Glasfaser liegt an allen Schulen an.' })
      .expect(200);
    expect(res.body).toMatchObject({
      status: 'erledigt',
      completionNote: 'Glasfaser liegt an allen Schulen an.',
    });
    const again = await unchanged(() =>
      api.as.department.post(`${url}/${id}/close`, { completionNote: 'Nochmal' }).expect(409),
    );
    expect(again.body.error).toMatchObject({
      code: 'follow_up_closed',
      message: 'Dieser Auftrag ist bereits erledigt.',
    });
    const posts = await OutboxMessageModel.find({ 'target.kind': 'channel' }).lean();
    expect(posts.map((p) => p.target?.channelId).sort()).toEqual(['CCONF', 'CPUB']);
    expect(posts[0]?.message).toMatchObject({
      title: 'Erledigt: Prüfauftrag „Glasfaser in Schulen prüfen“',
      text: 'Glasfaser liegt an allen Schulen an.',
    });
  });

  it('announces the closing of a non-public item in confidential channels only', async () => {
    const id = await fresh({ public: false, title: 'Vertragsstrafe klären' });
    await api.as.officeA.post(`${url}/${id}/close`, { completionNote: 'Geklärt.' }).expect(200);
    const posts = await OutboxMessageModel.find({ 'target.kind': 'channel' }).lean();
    expect(posts.map((p) => p.target?.channelId)).toEqual(['CCONF']);
  });

  it('refuses closing by someone who is neither owner nor office, and an empty note', async () => {
    const id = await fresh();
    await unchanged(() => api.as.memberA.post(`${url}/${id}/close`, { completionNote: 'x' }).expect(403));
    const empty = await unchanged(() =>
      api.as.department.post(`${url}/${id}/close`, { completionNote: ' ' }).expect(400),
    );
    expect(empty.body.error.fields).toEqual([
      { path: 'completionNote', message: 'Der Erledigungsvermerk fehlt.' },
    ]);
  });

  it('lets the office withdraw an item (aufgehoben); after that it can be neither withdrawn nor closed', async () => {
    const id = await fresh();
    await unchanged(() => api.as.department.post(`${url}/${id}/cancel`, { reason: 'Entfällt' }).expect(403));
    const res = await api.as.officeA
      .post(`${url}/${id}/cancel`, { reason: 'Beschluss aufgehoben' })
      .expect(200);
    expect(res.body).toMatchObject({ status: 'aufgehoben', completionNote: 'Beschluss aufgehoben' });
    const again = await unchanged(() =>
      api.as.officeA.post(`${url}/${id}/cancel`, { reason: 'x' }).expect(409),
    );
    expect(again.body.error.message).toBe('Dieser Auftrag ist bereits aufgehoben.');
    await unchanged(() => api.as.department.post(`${url}/${id}/close`, { completionNote: 'x' }).expect(409));
    expect(await OutboxMessageModel.countDocuments({ 'target.kind': 'channel' })).toBe(0);
  });

  it('takes a due-date request from the owner, and the office approves or rejects it', async () => {
    const id = await fresh();
    const early = await unchanged(() =>
      api.as.department
        .post(`${url}/${id}/due-date-request`, { requestedDueDate: '2021-03-10', reason: 'Urlaub' })
        .expect(400),
    );
    expect(early.body.error.fields[0]).toMatchObject({
      path: 'requestedDueDate',
      message: 'Die neue Frist muss nach der bisherigen (15.03.2021) liegen.',
    });
    const requested = await api.as.department
      .post(`${url}/${id}/due-date-request`, {
        requestedDueDate: '2021-04-30',
        reason: 'Ausschreibung läuft noch',
      })
      .expect(200);
    expect(requested.body.dueDateRequest).toMatchObject({
      requestedDueDate: '2021-04-30',
      reason: 'Ausschreibung läuft noch',
    });
    await unchanged(() => api.as.department.post(`${url}/${id}/due-date-request/approve`).expect(403));
    const approved = await api.as.officeA.post(`${url}/${id}/due-date-request/approve`).expect(200);
    expect(approved.body).toMatchObject({ dueDate: '2021-04-30', dueDateRequest: null });
    const none = await unchanged(() =>
      api.as.officeA.post(`${url}/${id}/due-date-request/reject`).expect(409),
    );
    expect(none.body.error.code).toBe('follow_up_no_due_date_request');

    await api.as.department
      .post(`${url}/${id}/due-date-request`, { requestedDueDate: '2021-06-30', reason: 'Noch länger' })
      .expect(200);
    const rejected = await api.as.officeA.post(`${url}/${id}/due-date-request/reject`).expect(200);
    expect(rejected.body).toMatchObject({ dueDate: '2021-04-30', dueDateRequest: null });
    const summaries = (await AuditEventModel.find({ entityId: id }).sort({ at: 1, _id: 1 }).lean()).map(
      (a) => a.summary,
    );
    expect(summaries).toEqual([
      'Prüfauftrag „Glasfaser in Schulen prüfen“ angelegt (zuständig: Amt 12)',
      'Neue Frist 30.04.2021 für „Glasfaser in Schulen prüfen“ beantragt',
      'Neue Frist 30.04.2021 für „Glasfaser in Schulen prüfen“ genehmigt',
      'Neue Frist 30.06.2021 für „Glasfaser in Schulen prüfen“ beantragt',
      'Neue Frist 30.06.2021 für „Glasfaser in Schulen prüfen“ abgelehnt',
    ]);
  });
});

describe('GET /api/v1/follow-ups/:id, a pending due-date request', () => {
  it('shows why and by whom a new due date was asked only to the office, heads and the owner', async () => {
    const created = await api.as.officeA.post(url, base()).expect(201);
    const id = created.body.id as string;
    await api.as.department
      .post(`${url}/${id}/due-date-request`, {
        requestedDueDate: '2021-04-30',
        reason: 'Sachbearbeiterin länger erkrankt',
      })
      .expect(200);
    for (const client of [api.as.public, api.as.memberA, api.as.memberB]) {
      const res = await client.get(`${url}/${id}`).expect(200);
      expect(res.body.dueDateRequest).toBeNull();
      expect(JSON.stringify(res.body)).not.toContain('erkrankt');
      const list = await client.get(`${url}?organization=${api.world.committeeA.id}`).expect(200);
      expect(JSON.stringify(list.body)).not.toContain('erkrankt');
    }
    for (const client of [api.as.officeA, api.as.head, api.as.department]) {
      const res = await client.get(`${url}/${id}`).expect(200);
      expect(res.body.dueDateRequest).toMatchObject({
        requestedDueDate: '2021-04-30',
        reason: 'Sachbearbeiterin länger erkrankt',
      });
    }
  });
});

describe('GET /api/v1/follow-ups', () => {
  const titles = (body: { items: { title: string }[] }) => body.items.map((i) => i.title);

  it('shows non-public items only to entitled users and audits their reads', async () => {
    const query = `${url}?organization=${api.world.committeeB.id}`;
    expect(titles((await api.as.memberA.get(query).expect(200)).body)).toEqual(['Erledigt']);
    const reads = await AuditEventModel.countDocuments({ action: 'read', entityType: 'FollowUp' });
    expect(titles((await api.as.officeB.get(query).expect(200)).body)).toEqual([
      'Zusage Personalakte',
      'Erledigt',
    ]);
    expect(await AuditEventModel.countDocuments({ action: 'read', entityType: 'FollowUp' })).toBe(reads + 1);
    await api.as.memberA.get(`${url}/${api.world.followUpSecretB.id}`).expect(404);
    await api.as.department.get(`${url}/${api.world.followUpSecretB.id}`).expect(200);
  });

  it('filters by status, owner and overdue', async () => {
    const overdue = await api.as.head.get(`${url}?overdue=true`).expect(200);
    expect(titles(overdue.body)).toEqual(['Zusage Personalakte']);
    expect(overdue.body.items[0]).toMatchObject({ overdue: true, public: false });
    const done = await api.as.head
      .get(`${url}?status=erledigt&organization=${api.world.committeeB.id}`)
      .expect(200);
    expect(titles(done.body)).toEqual(['Erledigt']);
    const byOwner = await api.as.head
      .get(`${url}?owner=${encodeURIComponent('Amt 12')}&status=offen`)
      .expect(200);
    expect(titles(byOwner.body)).toEqual(
      expect.arrayContaining(['Zusage Personalakte', 'Prüfauftrag Glasfaser']),
    );
    await api.as.head.get(`${url}?status=unbekannt`).expect(400);
  });
});
