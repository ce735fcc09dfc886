import { beforeAll, describe, expect, it } from 'vitest';
import { AuditEventModel } from '../../../server/store/models/audit-event';
import { makeFollowUp, makePerson } from '../../support/factories';
import { dashboardApp } from './support/api-kit';
import { withApiWorld, type RoleName } from './support/world';

const app = dashboardApp();
const api = withApiWorld(app);
const day = (iso: string) => new Date(iso);

beforeAll(async () => {
  const items = api.world.meetingA.agendaItems;
  const itemNamed = (name: string) => items.find((item) => item.name === name)!._id;
  const owner = await makePerson(api.world.body._id, { familyName: 'Rossbach', name: 'Herr Rossbach' });
  const common = { meeting: api.world.meetingA._id, ownerDepartment: 'Amt 12' };
  await makeFollowUp(api.world.body._id, api.world.committeeA._id, {
    ...common,
    agendaItem: itemNamed('Anträge'),
    kind: 'pruefauftrag',
    title: 'Glasfaser in Schulen prüfen',
    dueDate: day('2021-03-15T00:00:00+01:00'),
  });
  await makeFollowUp(api.world.body._id, api.world.committeeA._id, {
    ...common,
    agendaItem: itemNamed('Mitteilungen der Verwaltung'),
    kind: 'zusage',
    title: 'WLAN-Standorte tagesaktuell darstellen',
    ownerPerson: owner._id,
    dueDate: day('2021-02-01T00:00:00+01:00'),
  });
  await makeFollowUp(api.world.body._id, api.world.committeeA._id, {
    ...common,
    agendaItem: itemNamed('Mitteilungen der Verwaltung'),
    kind: 'zusage',
    title: 'Antwort zur Niederschrift',
    status: 'erledigt',
    dueDate: day('2021-01-10T00:00:00+01:00'),
  });
  // Marked public, but recorded under the non-public item: still confidential.
  await makeFollowUp(api.world.body._id, api.world.committeeA._id, {
    ...common,
    agendaItem: itemNamed('Vergabe Rechenzentrum'),
    title: 'Vergabevermerk Rechenzentrum nachreichen',
  });
  await makeFollowUp(api.world.body._id, api.world.committeeA._id, {
    ...common,
    public: false,
    title: 'Vertragsstrafe Rechenzentrum klären',
  });
});

const url = () => `/api/v1/meetings/${api.world.meetingA.id}/follow-ups`;
const titles = (body: { items: { title: string }[] }) => body.items.map((item) => item.title);

describe('GET /api/v1/meetings/:id/follow-ups', () => {
  it.each<RoleName>(['public', 'memberB', 'officeB', 'department'])(
    'gives %s the public follow-ups and only the number of non-public ones',
    async (role) => {
      const res = await api.as[role].get(url()).expect(200);
      expect(titles(res.body)).toEqual([
        'Antwort zur Niederschrift',
        'WLAN-Standorte tagesaktuell darstellen',
        'Glasfaser in Schulen prüfen',
      ]);
      expect(res.body).toMatchObject({ nonPublicCount: 2, nonPublicIncluded: false });
      expect(JSON.stringify(res.body)).not.toContain('Rechenzentrum');
    },
  );

  it.each<RoleName>(['memberA', 'officeA', 'head', 'admin'])(
    'gives %s every follow-up in agenda order, then by due date, the unassigned last',
    async (role) => {
      const res = await api.as[role].get(url()).expect(200);
      expect(titles(res.body)).toEqual([
        'Antwort zur Niederschrift',
        'WLAN-Standorte tagesaktuell darstellen',
        'Glasfaser in Schulen prüfen',
        'Vergabevermerk Rechenzentrum nachreichen',
        'Vertragsstrafe Rechenzentrum klären',
      ]);
      expect(res.body).toMatchObject({ nonPublicCount: 2, nonPublicIncluded: true });
    },
  );

  it('names agenda item, owner, due date, status, and marks only open ones past due as overdue', async () => {
    const res = await api.as.public.get(url()).expect(200);
    const [done, promise, check] = res.body.items;
    expect(promise).toMatchObject({
      kind: 'zusage',
      status: 'offen',
      overdue: true,
      dueDate: '2021-01-31T23:00:00.000Z',
      owner: { department: 'Amt 12', name: 'Herr Rossbach' },
      agendaItem: { number: '1', name: 'Mitteilungen der Verwaltung' },
    });
    expect(done).toMatchObject({ status: 'erledigt', overdue: false });
    expect(check).toMatchObject({
      kind: 'pruefauftrag',
      overdue: false,
      owner: { department: 'Amt 12', name: null },
      agendaItem: { number: '2', name: 'Anträge' },
    });
  });

  it('audits the read when non-public follow-ups are returned, and only then', async () => {
    await api.as.memberA.get(url()).set('X-Request-Id', 'req-follow-ups-member').expect(200);
    await api.as.memberB.get(url()).set('X-Request-Id', 'req-follow-ups-other').expect(200);
    const event = await AuditEventModel.findOne({ requestId: 'req-follow-ups-member' }).lean();
    expect(event).toMatchObject({ action: 'read', entityType: 'Meeting', entityId: api.world.meetingA.id });
    expect(String(event?.organization)).toBe(api.world.committeeA.id);
    expect(await AuditEventModel.findOne({ requestId: 'req-follow-ups-other' }).lean()).toBeNull();
  });

  it('answers an empty list for a meeting without follow-ups, 404 for an unknown one, 400 for a bad id', async () => {
    const res = await api.as.head.get(`/api/v1/meetings/${api.world.meetingB.id}/follow-ups`).expect(200);
    expect(res.body).toMatchObject({ items: [], nonPublicCount: 0 });
    await api.as.head.get('/api/v1/meetings/0123456789abcdef01234567/follow-ups').expect(404);
    await api.as.head.get('/api/v1/meetings/kein-objekt/follow-ups').expect(400);
  });
});
