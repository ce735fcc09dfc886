import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PaperModel } from '../../../server/store/models/paper';
import { connectTestDatabase } from '../support/test-app';
import { dashboardApp, type Client } from './support/api-kit';
import { buildWorld, clientsFor, type RoleName, type World } from './support/world';

let database: Awaited<ReturnType<typeof connectTestDatabase>>;
let world: World;
let as: Record<RoleName, Client>;
const app = dashboardApp();

beforeAll(async () => {
  database = await connectTestDatabase();
  world = await buildWorld();
  as = await clientsFor(app);
});
afterAll(() => database.stop());

const newPaper = () => ({
  body: world.body.id,
  reference: 'AN/0819/2021',
  name: 'Anfrage zu digitalen Sitzungen',
  paperType: 'Anfrage',
  date: '2021-02-08',
  organizations: [world.committeeA.id],
});

describe('registering papers', () => {
  it('lets the office of a consulting committee create and change a paper', async () => {
    await as.public.post('/api/v1/papers', newPaper()).expect(401);
    await as.officeB.post('/api/v1/papers', newPaper()).expect(403);
    await as.memberA.post('/api/v1/papers', newPaper()).expect(403);
    const created = await as.officeA.post('/api/v1/papers', newPaper()).expect(201);
    expect(created.body).toMatchObject({
      reference: 'AN/0819/2021',
      public: true,
      organizations: [world.committeeA.id],
    });

    const changed = await as.officeA
      .patch(`/api/v1/papers/${created.body.id}`, { public: false, summary: 'Vertraulich' })
      .expect(200);
    expect(changed.body).toMatchObject({ public: false, summary: 'Vertraulich' });
    await as.officeB.patch(`/api/v1/papers/${created.body.id}`, { summary: 'fremd' }).expect(404);
    expect((await as.public.get(`/api/v1/papers/${created.body.id}`)).status).toBe(404);
  });

  it('refuses a second paper with the same reference in the body (409)', async () => {
    const res = await as.officeA
      .post('/api/v1/papers', { ...newPaper(), reference: '3679/2019' })
      .expect(409);
    expect(res.body.error.code).toBe('conflict');
    expect(await PaperModel.countDocuments({ reference: '3679/2019' })).toBe(1);
  });

  it('refuses a consulting committee of another kind or body', async () => {
    const res = await as.officeA
      .post('/api/v1/papers', {
        ...newPaper(),
        reference: '9/2021',
        organizations: [world.committeeA.id, world.fraktion.id],
      })
      .expect(400);
    expect(res.body.error.fields[0].path).toBe('organizations');
  });

  it('filters by committee and type', async () => {
    const byType = await as.head.get('/api/v1/papers?paperType=Mitteilung').expect(200);
    expect(byType.body.items.every((p: { paperType: string }) => p.paperType === 'Mitteilung')).toBe(true);
    const byCommittee = await as.head.get(`/api/v1/papers?organization=${world.committeeB.id}`).expect(200);
    expect(byCommittee.body.items.map((p: { reference: string }) => p.reference)).toEqual(['0815/2021']);
  });
});
