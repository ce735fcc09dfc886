import { describe, expect, it } from 'vitest';
import { MembershipModel } from '../../../server/store/models/membership';
import { makePerson } from '../../support/factories';
import { dashboardApp } from './support/api-kit';
import { withApiWorld } from './support/world';

const app = dashboardApp();
const api = withApiWorld(app);

describe('persons', () => {
  it('are registered and changed by the office, not by members', async () => {
    const input = {
      body: api.world.body.id,
      familyName: 'Weiß',
      givenName: 'Dietmar',
      formOfAddress: 'Herr',
      email: ['d.weiss@example.org'],
    };
    await api.as.public.post('/api/v1/persons', input).expect(401);
    await api.as.memberA.post('/api/v1/persons', input).expect(403);
    const created = await api.as.officeA.post('/api/v1/persons', input).expect(201);
    expect(created.body).toMatchObject({
      name: 'Dietmar Weiß',
      email: ['d.weiss@example.org'],
      memberships: [],
    });

    const changed = await api.as.officeB
      .patch(`/api/v1/persons/${created.body.id}`, { title: ['Dr.'], email: null })
      .expect(200);
    expect(changed.body).toMatchObject({ title: ['Dr.'], email: [] });
    await api.as.memberA.patch(`/api/v1/persons/${created.body.id}`, { title: [] }).expect(403);
  });

  it('refuses an invalid e-mail address', async () => {
    const res = await api.as.officeA
      .post('/api/v1/persons', { body: api.world.body.id, familyName: 'X', email: ['keine-adresse'] })
      .expect(400);
    expect(res.body.error.fields[0].path).toBe('email.0');
  });

  it('lists the members of a committee', async () => {
    const res = await api.as.public
      .get(`/api/v1/persons?organization=${api.world.committeeB.id}`)
      .expect(200);
    expect(res.body.items.map((p: { name: string }) => p.name)).toEqual(['Erika Bonn']);
  });
});

describe('memberships', () => {
  it('are listed by committee or by person, publicly', async () => {
    const byCommittee = await api.as.public
      .get(`/api/v1/memberships?organization=${api.world.committeeA.id}`)
      .expect(200);
    expect(byCommittee.body.items).toHaveLength(1);
    expect(byCommittee.body.items[0]).toMatchObject({
      person: { name: 'Erika Aachen' },
      organization: { shortName: 'UA DiKO' },
      role: 'Mitglied',
      onBehalfOf: api.world.fraktion.id,
    });
    const byPerson = await api.as.public
      .get(`/api/v1/memberships?person=${api.world.personB.id}`)
      .expect(200);
    expect(byPerson.body.items[0].organization.shortName).toBe('ADI');
    const neither = await api.as.public.get('/api/v1/memberships').expect(400);
    expect(neither.body.error.fields[0].path).toBe('organization');
  });

  it('are created, changed and ended by the office of that committee only', async () => {
    const person = await makePerson(api.world.body._id, { familyName: 'Köln' });
    const input = {
      person: person.id,
      organization: api.world.committeeA.id,
      role: 'Sachkundiger Bürger',
      votingRight: true,
      seatKind: 'expertCitizen',
      startDate: '2020-11-01',
    };
    await api.as.officeB.post('/api/v1/memberships', input).expect(403);
    await api.as.memberA.post('/api/v1/memberships', input).expect(403);
    const created = await api.as.officeA.post('/api/v1/memberships', input).expect(201);
    expect(created.body).toMatchObject({
      role: 'Sachkundiger Bürger',
      seatKind: 'expertCitizen',
      endDate: null,
    });

    await api.as.officeB.patch(`/api/v1/memberships/${created.body.id}`, { votingRight: false }).expect(403);
    const changed = await api.as.officeA
      .patch(`/api/v1/memberships/${created.body.id}`, { votingRight: false })
      .expect(200);
    expect(changed.body.votingRight).toBe(false);

    const ended = await api.as.officeA
      .post(`/api/v1/memberships/${created.body.id}/end`, { endDate: '2021-01-31' })
      .expect(200);
    expect(ended.body.endDate).toBe('2021-01-30T23:00:00.000Z');
    const again = await api.as.officeA
      .post(`/api/v1/memberships/${created.body.id}/end`, { endDate: '2021-02-05' })
      .expect(409);
    expect(again.body.error.code).toBe('membership_already_ended');

    const current = await api.as.public
      .get(`/api/v1/memberships?organization=${api.world.committeeA.id}&current=true`)
      .expect(200);
    expect(current.body.items.map((m: { id: string }) => m.id)).not.toContain(created.body.id);
  });

  it('refuses a Fraktion that is a committee and an end before the start, storing nothing', async () => {
    const count = await MembershipModel.countDocuments();
    const base = {
      person: api.world.personA.id,
      organization: api.world.committeeA.id,
      role: 'Mitglied',
      votingRight: true,
    };
    const wrongFraktion = await api.as.officeA
      .post('/api/v1/memberships', { ...base, onBehalfOf: api.world.committeeB.id })
      .expect(400);
    expect(wrongFraktion.body.error.fields[0].path).toBe('onBehalfOf');
    const backwards = await api.as.officeA
      .post('/api/v1/memberships', { ...base, startDate: '2021-02-01', endDate: '2021-01-01' })
      .expect(400);
    expect(backwards.body.error.fields[0].path).toBe('endDate');
    expect(await MembershipModel.countDocuments()).toBe(count);
  });
});
