import { describe, expect, it } from 'vitest';
import { BodyModel } from '../../../server/store/models/body';
import { OrganizationModel } from '../../../server/store/models/organization';
import { dashboardApp } from './support/api-kit';
import { withApiWorld } from './support/world';

const app = dashboardApp();
const api = withApiWorld(app);

describe('listing and reading committees', () => {
  it('lists committees by default and Fraktionen on request, to everyone', async () => {
    const committees = await api.as.public.get('/api/v1/committees').expect(200);
    expect(committees.body.items.map((c: { shortName: string }) => c.shortName).sort()).toEqual([
      'ADI',
      'UA DiKO',
    ]);
    const fraktionen = await api.as.public.get('/api/v1/committees?kind=fraktion').expect(200);
    expect(fraktionen.body.items.map((c: { shortName: string }) => c.shortName)).toEqual(['SPD']);
  });

  it('merges the committee’s rule overrides over the body’s settings and the NRW defaults', async () => {
    await BodyModel.updateOne(
      { _id: api.world.body._id },
      { $set: { 'inquiryRules.deadlineDays': 7, 'inquiryRules.deadlineDayKind': 'calendar' } },
    );
    await api.as.officeA
      .patch(`/api/v1/committees/${api.world.committeeA.id}`, {
        quorumRules: { councilMembersMustOutnumberExperts: true },
        inquiryRules: { deadlineDays: 3 },
      })
      .expect(200);
    const res = await api.as.public.get(`/api/v1/committees/${api.world.committeeA.id}`).expect(200);
    expect(res.body.settings.quorumRules).toEqual({
      threshold: 'moreThanHalf',
      mayorCountsAsMember: false,
      councilMembersMustOutnumberExperts: true,
      deemedQuorateUntilEstablished: true,
    });
    expect(res.body.settings.inquiryRules).toMatchObject({
      deadlineDays: 3,
      deadlineDayKind: 'calendar',
      maxPerMeeting: 2,
    });
    expect(res.body.overrides).toEqual({
      quorumRules: { councilMembersMustOutnumberExperts: true },
      inquiryRules: { deadlineDays: 3 },
    });

    const reset = await api.as.officeA
      .patch(`/api/v1/committees/${api.world.committeeA.id}`, { inquiryRules: { deadlineDays: null } })
      .expect(200);
    expect(reset.body.settings.inquiryRules.deadlineDays).toBe(7);
    expect(reset.body.overrides.inquiryRules).toEqual({});
  });
});

describe('creating, changing and deleting committees', () => {
  it('lets heads and admins create, with template and numbering style', async () => {
    const input = {
      body: api.world.body.id,
      name: 'Ausschuss für Digitalisierung',
      shortName: 'ADig',
      agendaTemplate: [{ name: 'Formalien' }, { name: 'Eröffnung der Sitzung', level: 2 }],
      numbering: { restartInNonPublic: false },
    };
    await api.as.public.post('/api/v1/committees', input).expect(401);
    await api.as.officeA.post('/api/v1/committees', input).expect(403);
    const res = await api.as.head.post('/api/v1/committees', input).expect(201);
    expect(res.body).toMatchObject({
      kind: 'committee',
      name: 'Ausschuss für Digitalisierung',
      numbering: { restartInNonPublic: false },
      agendaTemplate: [
        { name: 'Formalien', public: true, level: 1 },
        { name: 'Eröffnung der Sitzung', public: true, level: 2 },
      ],
      overrides: { quorumRules: {}, inquiryRules: {} },
    });
    const duplicate = await api.as.admin.post('/api/v1/committees', input).expect(409);
    expect(duplicate.body.error.code).toBe('conflict');
  });

  it('refuses a template that starts with a sub-item', async () => {
    const res = await api.as.officeA
      .patch(`/api/v1/committees/${api.world.committeeA.id}`, {
        agendaTemplate: [{ name: 'Unterpunkt', level: 2 }],
      })
      .expect(422);
    expect(res.body.error).toMatchObject({
      code: 'agenda_subitem_without_parent',
      fields: [{ path: 'agendaTemplate' }],
    });
  });

  it('lets the office update only its own committee', async () => {
    await api.as.officeB
      .patch(`/api/v1/committees/${api.world.committeeA.id}`, { color: '#ff0000' })
      .expect(403);
    await api.as.memberA
      .patch(`/api/v1/committees/${api.world.committeeA.id}`, { color: '#ff0000' })
      .expect(403);
    const res = await api.as.officeA
      .patch(`/api/v1/committees/${api.world.committeeA.id}`, { color: '#ff0000' })
      .expect(200);
    expect(res.body.color).toBe('#ff0000');
  });

  it('lets only admins delete, and only committees without history', async () => {
    const empty = await OrganizationModel.create({
      body: api.world.body._id,
      kind: 'committee',
      name: 'Leer',
      shortName: 'Leer',
    });
    await api.as.head.delete(`/api/v1/committees/${empty.id}`).expect(403);
    await api.as.admin.delete(`/api/v1/committees/${empty.id}`).expect(204);
    expect(await OrganizationModel.exists({ _id: empty._id })).toBeNull();
    const used = await api.as.admin.delete(`/api/v1/committees/${api.world.committeeA.id}`).expect(409);
    expect(used.body.error.code).toBe('committee_in_use');
  });
});

describe('locations', () => {
  it('are listed publicly and created by offices', async () => {
    const list = await api.as.public.get(`/api/v1/locations?body=${api.world.body.id}`).expect(200);
    expect(list.body.items.map((l: { room: string }) => l.room)).toEqual(['Ratssaal']);
    const input = {
      body: api.world.body.id,
      description: 'Kreishaus Mettmann',
      room: '1.601',
      postalCode: '40822',
    };
    await api.as.memberA.post('/api/v1/locations', input).expect(403);
    const res = await api.as.officeA.post('/api/v1/locations', input).expect(201);
    expect(res.body).toMatchObject({ description: 'Kreishaus Mettmann', room: '1.601', postalCode: '40822' });
    const bad = await api.as.officeA.post('/api/v1/locations', { ...input, postalCode: '4082' }).expect(400);
    expect(bad.body.error.fields[0].path).toBe('postalCode');
  });
});
