import { describe, expect, it } from 'vitest';
import { AuditEventModel } from '../../../server/store/models/audit-event';
import { dashboardApp } from './support/api-kit';
import { withApiWorld } from './support/world';

const app = dashboardApp();
const api = withApiWorld(app);

const dataEvents = () =>
  AuditEventModel.find({ action: { $nin: ['login', 'logout', 'login_failed'] } }).lean();

describe('audit entries', () => {
  it('records a read of the nichtöffentlicher Teil with who, what, committee and request id', async () => {
    const res = await api.as.memberA
      .get(`/api/v1/meetings/${api.world.meetingA.id}`)
      .set('X-Request-Id', 'req-meeting-read')
      .expect(200);
    expect(res.headers['x-request-id']).toBe('req-meeting-read');
    const event = await AuditEventModel.findOne({ requestId: 'req-meeting-read' }).lean();
    expect(event).toMatchObject({
      action: 'read',
      entityType: 'Meeting',
      entityId: api.world.meetingA.id,
      actor: {
        kind: 'user',
        userId: api.world.users.memberA.id,
        personId: api.world.personA.id,
        displayName: 'member-a',
      },
    });
    expect(String(event?.organization)).toBe(api.world.committeeA.id);
    expect(event?.at).toBeInstanceOf(Date);
  });

  it('writes nothing for reads that show only public data', async () => {
    const before = (await dataEvents()).length;
    await api.as.public.get(`/api/v1/meetings/${api.world.meetingA.id}`).expect(200);
    await api.as.memberB.get(`/api/v1/meetings/${api.world.meetingA.id}`).expect(200);
    await api.as.public.get('/api/v1/papers').expect(200);
    await api.as.department.get('/api/v1/open-items').expect(200);
    expect((await dataEvents()).length).toBe(before);
  });

  it('records reads of confidential papers and open items', async () => {
    await api.as.officeA
      .get(`/api/v1/papers/${api.world.secretPaperA.id}`)
      .set('X-Request-Id', 'req-paper')
      .expect(200);
    await api.as.officeA.get('/api/v1/papers').set('X-Request-Id', 'req-papers').expect(200);
    await api.as.officeB.get('/api/v1/open-items').set('X-Request-Id', 'req-open').expect(200);
    expect(await AuditEventModel.findOne({ requestId: 'req-paper' }).lean()).toMatchObject({
      action: 'read',
      entityType: 'Paper',
      entityId: api.world.secretPaperA.id,
    });
    expect((await AuditEventModel.findOne({ requestId: 'req-papers' }).lean())?.details).toEqual({
      ids: [api.world.secretPaperA.id],
    });
    expect((await AuditEventModel.findOne({ requestId: 'req-open' }).lean())?.details).toEqual({
      items: [{ kind: 'followUp', id: api.world.followUpSecretB.id }],
    });
  });

  it('records every change', async () => {
    const created = await api.as.officeA
      .post('/api/v1/meetings', { organization: api.world.committeeA.id, start: '2021-04-01T10:00:00+02:00' })
      .set('X-Request-Id', 'req-create')
      .expect(201);
    await api.as.officeA
      .post(`/api/v1/meetings/${created.body.id}/agenda-items`, { name: 'Neuer Punkt', public: false })
      .set('X-Request-Id', 'req-item')
      .expect(201);
    await api.as.officeA
      .post(`/api/v1/meetings/${created.body.id}/state`, { state: 'eingeladen' })
      .set('X-Request-Id', 'req-state')
      .expect(200);
    await api.as.officeA
      .patch(`/api/v1/committees/${api.world.committeeA.id}`, { color: '#336699' })
      .set('X-Request-Id', 'req-committee')
      .expect(200);

    const byRequest = async (requestId: string) => AuditEventModel.findOne({ requestId }).lean();
    expect(await byRequest('req-create')).toMatchObject({
      action: 'create',
      entityType: 'Meeting',
      entityId: created.body.id,
    });
    expect(await byRequest('req-item')).toMatchObject({
      action: 'update',
      summary: 'TOP 1 „Neuer Punkt“ hinzugefügt',
    });
    expect(await byRequest('req-state')).toMatchObject({ details: { from: 'terminiert', to: 'eingeladen' } });
    expect(await byRequest('req-committee')).toMatchObject({
      entityType: 'Organization',
      details: { fields: ['color'] },
    });
  });

  it('records nothing for a refused change', async () => {
    await api.as.officeB
      .patch(`/api/v1/committees/${api.world.committeeA.id}`, { color: '#000000' })
      .set('X-Request-Id', 'req-refused')
      .expect(403);
    expect(await AuditEventModel.findOne({ requestId: 'req-refused' }).lean()).toBeNull();
  });
});

describe('reading the audit log', () => {
  it('is for heads and admins only', async () => {
    await api.as.public.get('/api/v1/audit').expect(401);
    for (const role of ['officeA', 'memberA', 'department'] as const)
      await api.as[role].get('/api/v1/audit').expect(403);
    await api.as.head.get('/api/v1/audit').expect(200);
    await api.as.admin.get('/api/v1/audit').expect(200);
  });

  it('filters by entity, committee and time, newest first, paginated', async () => {
    const forMeeting = await api.as.head
      .get(`/api/v1/audit?entityType=Meeting&entityId=${api.world.meetingA.id}`)
      .expect(200);
    expect(forMeeting.body.items.length).toBeGreaterThan(0);
    expect(
      forMeeting.body.items.every((e: { entityId: string }) => e.entityId === api.world.meetingA.id),
    ).toBe(true);

    const forB = await api.as.head.get(`/api/v1/audit?organization=${api.world.committeeB.id}`).expect(200);
    expect(
      forB.body.items.every((e: { organization: string }) => e.organization === api.world.committeeB.id),
    ).toBe(true);

    const all = await api.as.head.get('/api/v1/audit?pageSize=2').expect(200);
    expect(all.body).toMatchObject({ page: 1, pageSize: 2 });
    expect(all.body.items).toHaveLength(2);
    expect(all.body.total).toBeGreaterThan(2);
    const [newer, older] = all.body.items as { at: string }[];
    expect(Date.parse(newer?.at ?? '')).toBeGreaterThanOrEqual(Date.parse(older?.at ?? ''));

    const future = await api.as.head.get('/api/v1/audit?from=2999-01-01').expect(200);
    expect(future.body.total).toBe(0);
    const past = await api.as.head.get('/api/v1/audit?to=2000-01-01').expect(200);
    expect(past.body.total).toBe(0);
  });
});
