import { describe, expect, it } from 'vitest';
import { MeetingModel, OrganizationModel, PaperModel, PersonModel } from '../../../server/store/models/index';
import { dashboardApp } from './support/api-kit';
import { withApiWorld } from './support/world';

const app = dashboardApp();
const api = withApiWorld(app);

/** Everything stored, to prove a refused request changed nothing. */
async function snapshot() {
  const [meetings, organizations, papers, persons] = await Promise.all([
    MeetingModel.find().sort({ _id: 1 }).lean(),
    OrganizationModel.find().sort({ _id: 1 }).lean(),
    PaperModel.find().sort({ _id: 1 }).lean(),
    PersonModel.find().sort({ _id: 1 }).lean(),
  ]);
  return JSON.stringify({ meetings, organizations, papers, persons });
}

describe('bad input', () => {
  it.each([
    [
      'a meeting without start',
      '/api/v1/meetings',
      () => ({ organization: api.world.committeeA.id }),
      'start',
    ],
    [
      'a meeting with a date in German notation',
      '/api/v1/meetings',
      () => ({ organization: api.world.committeeA.id, start: '18.02.2021 16:30' }),
      'start',
    ],
    [
      'an agenda item without a name',
      () => `/api/v1/meetings/${api.world.meetingA.id}/agenda-items`,
      () => ({ public: true }),
      'name',
    ],
    [
      'an agenda item with public as text',
      () => `/api/v1/meetings/${api.world.meetingA.id}/agenda-items`,
      () => ({ name: 'X', public: 'ja' }),
      'public',
    ],
    [
      'a paper with an unknown type',
      '/api/v1/papers',
      () => ({
        body: api.world.body.id,
        reference: '1/2021',
        name: 'X',
        paperType: 'Brief',
        organizations: [api.world.committeeA.id],
      }),
      'paperType',
    ],
    [
      'a paper with a malformed committee id',
      '/api/v1/papers',
      () => ({
        body: api.world.body.id,
        reference: '1/2021',
        name: 'X',
        paperType: 'Mitteilung',
        organizations: ['abc'],
      }),
      'organizations.0',
    ],
    [
      'an unknown field',
      '/api/v1/meetings',
      () => ({ organization: api.world.committeeA.id, start: '2021-03-01T10:00:00Z', admin: true }),
      'admin',
    ],
  ])('refuses %s with 400 naming the field and stores nothing', async (_label, path, body, field) => {
    const before = await snapshot();
    const url = typeof path === 'function' ? path() : path;
    const res = await api.as.officeA.post(url, body()).expect(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.fields.map((f: { path: string }) => f.path)).toContain(field);
    expect(res.body.error.message).toBe('Die Eingaben sind unvollständig oder ungültig.');
    expect(await snapshot()).toBe(before);
  });

  it('refuses a committee update with a bad rule value and leaves the committee as it was', async () => {
    const before = await snapshot();
    const res = await api.as.officeA
      .patch(`/api/v1/committees/${api.world.committeeA.id}`, {
        inquiryRules: { deadlineCutoff: '25:00' },
        name: 'Umbenannt',
      })
      .expect(400);
    expect(res.body.error.fields[0]).toMatchObject({ path: 'inquiryRules.deadlineCutoff', location: 'body' });
    expect(await snapshot()).toBe(before);
  });

  it('refuses a malformed id in the path', async () => {
    const res = await api.as.public.get('/api/v1/meetings/not-an-id').expect(400);
    expect(res.body.error.fields[0]).toMatchObject({ path: 'id', location: 'params' });
  });
});

describe('NoSQL operator injection', () => {
  it('is refused in a JSON body, also where an id or a text is expected', async () => {
    const before = await snapshot();
    const attempts = [
      { organization: { $gt: '' }, start: '2021-03-01T10:00:00Z' },
      { organization: api.world.committeeA.id, start: '2021-03-01T10:00:00Z', name: { $ne: null } },
    ];
    for (const body of attempts) {
      const res = await api.as.officeA.post('/api/v1/meetings', body).expect(400);
      expect(res.body.error.code).toBe('validation_failed');
    }
    const patch = await api.as.officeA
      .patch(`/api/v1/persons/${api.world.personA.id}`, { familyName: { $set: 'x' } })
      .expect(400);
    expect(patch.body.error.code).toBe('validation_failed');
    expect(await snapshot()).toBe(before);
  });

  it('is refused in a query string (bracket and plain forms)', async () => {
    for (const query of [
      'organization[$ne]=x',
      'organization=%7B%22%24gt%22%3A%22%22%7D',
      'state[$in]=terminiert',
      '$where=1',
    ]) {
      const res = await api.as.public.get(`/api/v1/meetings?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
    }
    const papers = await api.as.public.get('/api/v1/papers?reference[$regex]=.*').expect(400);
    expect(papers.body.error.code).toBe('validation_failed');
  });

  it('treats regular-expression characters in a search as plain text', async () => {
    const res = await api.as.public.get('/api/v1/persons?name=.*').expect(200);
    expect(res.body.total).toBe(0);
    const papers = await api.as.public.get('/api/v1/papers?reference=.*').expect(200);
    expect(papers.body.total).toBe(0);
  });
});
