import { describe, expect, it } from 'vitest';
import { AttendanceModel } from '../../server/store/models/attendance';
import { AuditEventModel } from '../../server/store/models/audit-event';
import { dashboardResources } from '../../server/http/api/dashboard-resources';
import { mongoRepositories } from '../../server/store/repositories/index';
import { testApp } from '../http/support/test-app';
import { NOW } from '../http/api/support/api-kit';
import { withApiWorld } from '../http/api/support/world';
import { workflowAt } from './support/world';

const { workflow } = workflowAt(() => NOW);
// Mounted after the dashboard's own /meetings router, as in main.ts.
const app = testApp({
  clock: () => NOW,
  apiRoutes: [
    ...dashboardResources({ stores: mongoRepositories(), clock: () => NOW }),
    ...(workflow.apiRoutes ?? []),
  ],
});
const api = withApiWorld(app);

const url = () => `/api/v1/meetings/${api.world.meetingA.id as string}/forecast`;

describe('GET /api/v1/meetings/:id/forecast', () => {
  it('gives the office the expected quorum with the names, and audits the read', async () => {
    await AttendanceModel.create({
      meeting: api.world.meetingA._id,
      person: api.world.personA._id,
      category: 'member',
      response: 'excused',
    });
    const res = await api.as.officeA.get(url());
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      meeting: { id: api.world.meetingA.id, name: 'Sitzung UA DiKO', committee: { shortName: 'UA DiKO' } },
      expectedQuorate: false,
      expected: 0,
      needed: 4,
      seats: 7,
      secondConvocation: false,
      attending: [],
      excused: ['Frau Aachen'],
      represented: [],
      open: [],
    });
    const audit = await AuditEventModel.findOne({ entityType: 'AttendanceForecast' }).lean();
    expect(audit).toMatchObject({ action: 'read', entityId: api.world.meetingA.id });
  });

  it('lets committee members and heads read it; others are refused', async () => {
    expect((await api.as.memberA.get(url())).status).toBe(200);
    expect((await api.as.head.get(url())).status).toBe(200);
    expect((await api.as.officeB.get(url())).status).toBe(403);
    expect((await api.as.memberB.get(url())).status).toBe(403);
    expect((await api.as.department.get(url())).status).toBe(403);
    expect((await api.as.public.get(url())).status).toBe(401);
  });

  it('answers 404 for an unknown meeting and 400 for a malformed id', async () => {
    expect((await api.as.head.get('/api/v1/meetings/64b000000000000000000000/forecast')).status).toBe(404);
    const bad = await api.as.head.get('/api/v1/meetings/nope/forecast');
    expect(bad.status).toBe(400);
  });
});
