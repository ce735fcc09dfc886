import { describe, expect, it } from 'vitest';
import { PaperModel } from '../../../server/store/models/paper';
import { dashboardApp } from './support/api-kit';
import { withApiWorld } from './support/world';

const app = dashboardApp();
const api = withApiWorld(app);

const newPaper = () => ({
  body: api.world.body.id,
  reference: 'AN/0819/2021',
  name: 'Anfrage zu digitalen Sitzungen',
  paperType: 'Anfrage',
  date: '2021-02-08',
  organizations: [api.world.committeeA.id],
});

describe('registering papers', () => {
  it('lets the office of a consulting committee create and change a paper', async () => {
    await api.as.public.post('/api/v1/papers', newPaper()).expect(401);
    await api.as.officeB.post('/api/v1/papers', newPaper()).expect(403);
    await api.as.memberA.post('/api/v1/papers', newPaper()).expect(403);
    const created = await api.as.officeA.post('/api/v1/papers', newPaper()).expect(201);
    expect(created.body).toMatchObject({
      reference: 'AN/0819/2021',
      public: true,
      organizations: [api.world.committeeA.id],
    });

    const changed = await api.as.officeA
      .patch(`/api/v1/papers/${created.body.id}`, { public: false, summary: 'Vertraulich' })
      .expect(200);
    expect(changed.body).toMatchObject({ public: false, summary: 'Vertraulich' });
    await api.as.officeB.patch(`/api/v1/papers/${created.body.id}`, { summary: 'fremd' }).expect(404);
    expect((await api.as.public.get(`/api/v1/papers/${created.body.id}`)).status).toBe(404);
  });

  it('refuses a second paper with the same reference in the body (409)', async () => {
    const res = await api.as.officeA
      .post('/api/v1/papers', { ...newPaper(), reference: '3679/2019' })
      .expect(409);
    expect(res.body.error.code).toBe('conflict');
    expect(await PaperModel.countDocuments({ reference: '3679/2019' })).toBe(1);
  });

  it('refuses a consulting committee of another kind or body', async () => {
    const res = await api.as.officeA
      .post('/api/v1/papers', {
        ...newPaper(),
        reference: '9/2021',
        organizations: [api.world.committeeA.id, api.world.fraktion.id],
      })
      .expect(400);
    expect(res.body.error.fields[0].path).toBe('organizations');
  });

  it('filters by committee and type', async () => {
    const byType = await api.as.head.get('/api/v1/papers?paperType=Mitteilung').expect(200);
    expect(byType.body.items.every((p: { paperType: string }) => p.paperType === 'Mitteilung')).toBe(true);
    const byCommittee = await api.as.head
      .get(`/api/v1/papers?organization=${api.world.committeeB.id}`)
      .expect(200);
    expect(byCommittee.body.items.map((p: { reference: string }) => p.reference)).toEqual(['0815/2021']);
  });
});
