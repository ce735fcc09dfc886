import { beforeAll, describe, expect, it } from 'vitest';
import { MeetingModel } from '../../../server/store/models/meeting';
import { makeMeeting } from '../../support/factories';
import { dashboardApp } from './support/api-kit';
import { withApiWorld } from './support/world';

const app = dashboardApp();
const api = withApiWorld(app);

const numbers = (part: { number: string; children: { number: string }[] }[]) =>
  part.flatMap((node) => [node.number, ...node.children.map((child) => child.number)]);

describe('creating meetings', () => {
  it('starts the agenda from a standard template', async () => {
    const res = await api.as.officeA
      .post('/api/v1/meetings', {
        organization: api.world.committeeA.id,
        name: 'Sitzung März',
        start: '2021-03-22T14:00:00+01:00',
        location: api.world.location.id,
        template: 'koeln-standard',
      })
      .expect(201);
    expect(res.body).toMatchObject({ name: 'Sitzung März', state: 'terminiert', version: 0 });
    expect(res.body.location).toMatchObject({ room: 'Ratssaal' });
    expect(numbers(res.body.agenda.publicPart)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(numbers(res.body.agenda.nonPublicPart)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(res.body.agenda.publicPart[0].name).toBe('Beantwortung von Anfragen aus vorherigen Sitzungen');
  });

  it('uses the committee’s own template and numbering style when none is named', async () => {
    await api.as.officeB
      .patch(`/api/v1/committees/${api.world.committeeB.id}`, {
        agendaTemplate: [
          { name: 'Formalien', public: true, level: 1 },
          { name: 'Eröffnung der Sitzung', public: true, level: 2 },
          { name: 'Informationen der Verwaltung', public: true },
          { name: 'Personalangelegenheiten', public: false },
        ],
        numbering: { restartInNonPublic: false },
      })
      .expect(200);
    const res = await api.as.officeB
      .post('/api/v1/meetings', { organization: api.world.committeeB.id, start: '2021-04-15T16:30:00+02:00' })
      .expect(201);
    expect(res.body.name).toBe('Sitzung Ausschuss Digitalisierung');
    expect(numbers(res.body.agenda.publicPart)).toEqual(['1', '1.1', '2']);
    expect(numbers(res.body.agenda.nonPublicPart)).toEqual(['3']);
  });

  it('lets only the office of that committee (or an admin) create', async () => {
    const meeting = { organization: api.world.committeeA.id, start: '2021-05-01T10:00:00+02:00' };
    expect((await api.as.public.post('/api/v1/meetings', meeting).expect(401)).body.error.code).toBe(
      'unauthenticated',
    );
    for (const role of ['officeB', 'memberA', 'head', 'department'] as const) {
      expect((await api.as[role].post('/api/v1/meetings', meeting).expect(403)).body.error.code).toBe(
        'forbidden',
      );
    }
    await api.as.admin.post('/api/v1/meetings', meeting).expect(201);
  });

  it('answers an unknown template with its stable code', async () => {
    const res = await api.as.officeA
      .post('/api/v1/meetings', {
        organization: api.world.committeeA.id,
        start: '2021-05-01T10:00:00+02:00',
        template: 'gibt-es-nicht',
      })
      .expect(422);
    expect(res.body.error).toMatchObject({ code: 'agenda_template_unknown', fields: [{ path: 'template' }] });
  });
});

describe('the calendar list', () => {
  beforeAll(async () => {
    // Twelve further meetings of B, one a week from 1 June 2021.
    for (let week = 0; week < 12; week++) {
      await makeMeeting(api.world.body._id, api.world.committeeB._id, {
        name: `Woche ${week + 1}`,
        start: new Date(Date.parse('2021-06-01T16:00:00+02:00') + week * 7 * 86_400_000),
      });
    }
  });

  it('pages through the meetings sorted by start', async () => {
    const first = await api.as.public
      .get(`/api/v1/meetings?organization=${api.world.committeeB.id}&from=2021-06-01&pageSize=5`)
      .expect(200);
    expect(first.body).toMatchObject({ page: 1, pageSize: 5, total: 12 });
    expect(first.body.items.map((m: { name: string }) => m.name)).toEqual([
      'Woche 1',
      'Woche 2',
      'Woche 3',
      'Woche 4',
      'Woche 5',
    ]);
    const third = await api.as.public
      .get(`/api/v1/meetings?organization=${api.world.committeeB.id}&from=2021-06-01&pageSize=5&page=3`)
      .expect(200);
    expect(third.body.items.map((m: { name: string }) => m.name)).toEqual(['Woche 11', 'Woche 12']);
  });

  it('includes the whole last day of a date range (Berlin time)', async () => {
    // Woche 3 starts 2021-06-15 16:00 CEST.
    const res = await api.as.public.get('/api/v1/meetings?from=2021-06-15&to=2021-06-15').expect(200);
    expect(res.body.items.map((m: { name: string }) => m.name)).toEqual(['Woche 3']);
    const none = await api.as.public.get('/api/v1/meetings?from=2021-06-16&to=2021-06-21').expect(200);
    expect(none.body.total).toBe(0);
  });

  it('filters by several committees (repeated or comma-separated) and by state', async () => {
    const both = `organization=${api.world.committeeA.id}&organization=${api.world.committeeB.id}`;
    const repeated = await api.as.public.get(`/api/v1/meetings?${both}&to=2021-03-01`).expect(200);
    const comma = await api.as.public
      .get(
        `/api/v1/meetings?organization=${api.world.committeeA.id},${api.world.committeeB.id}&to=2021-03-01`,
      )
      .expect(200);
    expect(repeated.body.items.map((m: { name: string }) => m.name)).toEqual([
      'Sitzung UA DiKO',
      'Sitzung ADI',
    ]);
    expect(comma.body.items).toEqual(repeated.body.items);
    const onlyA = await api.as.public
      .get(`/api/v1/meetings?organization=${api.world.committeeA.id}&to=2021-03-01`)
      .expect(200);
    expect(
      onlyA.body.items.map((m: { organization: { shortName: string } }) => m.organization.shortName),
    ).toEqual(['UA DiKO']);
    const invited = await api.as.public.get('/api/v1/meetings?state=eingeladen').expect(200);
    expect(invited.body.total).toBe(0);
  });

  it('refuses a page size above 100 and a malformed date', async () => {
    const big = await api.as.public.get('/api/v1/meetings?pageSize=101').expect(400);
    expect(big.body.error.fields[0]).toMatchObject({ path: 'pageSize', location: 'query' });
    const date = await api.as.public.get('/api/v1/meetings?from=18.02.2021').expect(400);
    expect(date.body.error.fields[0]).toMatchObject({ path: 'from' });
  });
});

describe('changing a meeting', () => {
  it('moves time and room and the second-convocation flag', async () => {
    const meeting = await makeMeeting(api.world.body._id, api.world.committeeA._id, { name: 'Zu verlegen' });
    const res = await api.as.officeA
      .patch(`/api/v1/meetings/${meeting.id}`, {
        start: '2021-03-02T15:00:00+01:00',
        end: '2021-03-02T17:00:00+01:00',
        location: api.world.location.id,
        secondConvocation: true,
      })
      .expect(200);
    expect(res.body).toMatchObject({
      start: '2021-03-02T14:00:00.000Z',
      secondConvocation: true,
      version: 1,
    });
    expect(res.body.location.description).toBe('Rathaus, Spanischer Bau');
    const refused = await api.as.officeA
      .patch(`/api/v1/meetings/${meeting.id}`, { end: '2021-03-02T14:00:00+01:00' })
      .expect(400);
    expect(refused.body.error.fields[0].path).toBe('end');
    await api.as.officeB.patch(`/api/v1/meetings/${meeting.id}`, { name: 'Fremd' }).expect(403);
  });

  it('walks the lifecycle and refuses a transition that is not allowed', async () => {
    const meeting = await makeMeeting(api.world.body._id, api.world.committeeA._id, {
      start: new Date('2021-02-09T14:00:00+01:00'),
    });
    const path = `/api/v1/meetings/${meeting.id}/state`;
    const invited = await api.as.officeA.post(path, { state: 'eingeladen' }).expect(200);
    expect(invited.body).toMatchObject({ state: 'eingeladen', invitationDate: '2021-02-10T09:00:00.000Z' });
    const refused = await api.as.officeA.post(path, { state: 'terminiert' }).expect(409);
    expect(refused.body.error).toMatchObject({
      code: 'meeting_transition_not_allowed',
      message: 'Eine Sitzung im Status „eingeladen“ kann nicht „terminiert“ werden.',
    });
    await api.as.officeA.post(path, { state: 'durchgefuehrt' }).expect(200);
    const final = await api.as.officeA.post(path, { state: 'abgesagt' }).expect(409);
    expect(final.body.error.code).toBe('meeting_transition_not_allowed');
    expect((await MeetingModel.findById(meeting._id).lean())?.state).toBe('durchgefuehrt');
  });

  it('refuses to hold a meeting before it started (422) and cancels with the cancelled flag', async () => {
    const meeting = await makeMeeting(api.world.body._id, api.world.committeeA._id, {
      state: 'eingeladen',
      invitationDate: new Date(),
    });
    const early = await api.as.officeA
      .post(`/api/v1/meetings/${meeting.id}/state`, { state: 'durchgefuehrt' })
      .expect(422);
    expect(early.body.error.code).toBe('meeting_not_started');
    const cancelled = await api.as.officeA
      .post(`/api/v1/meetings/${meeting.id}/state`, { state: 'abgesagt' })
      .expect(200);
    expect(cancelled.body).toMatchObject({ state: 'abgesagt', cancelled: true });
  });

  it('deletes a draft meeting but not one that has been invited', async () => {
    const draft = await makeMeeting(api.world.body._id, api.world.committeeA._id);
    await api.as.officeB.delete(`/api/v1/meetings/${draft.id}`).expect(403);
    await api.as.officeA.delete(`/api/v1/meetings/${draft.id}`).expect(204);
    expect(await MeetingModel.exists({ _id: draft._id })).toBeNull();

    const invited = await makeMeeting(api.world.body._id, api.world.committeeA._id);
    await api.as.officeA.post(`/api/v1/meetings/${invited.id}/state`, { state: 'eingeladen' }).expect(200);
    const refused = await api.as.officeA.delete(`/api/v1/meetings/${invited.id}`).expect(409);
    expect(refused.body.error.code).toBe('meeting_already_announced');
    expect(refused.body.error.message).toMatch(/sagen Sie sie stattdessen ab/);
    expect(await MeetingModel.exists({ _id: invited._id })).not.toBeNull();
  });

  it('answers 404 for an unknown meeting', async () => {
    const res = await api.as.public.get('/api/v1/meetings/0123456789abcdef01234567').expect(404);
    expect(res.body.error.code).toBe('not_found');
  });
});
