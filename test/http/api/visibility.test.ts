import { describe, expect, it } from 'vitest';
import { dashboardApp } from './support/api-kit';
import { withApiWorld, type RoleName } from './support/world';
import { Client } from './support/api-kit';

const app = dashboardApp();
const api = withApiWorld(app);

const names = (part: { name: string; children: { name: string }[] }[]) =>
  part.flatMap((node) => [node.name, ...node.children.map((child) => child.name)]);

describe('meeting detail: the nichtöffentlicher Teil', () => {
  it.each<RoleName>(['public', 'memberB', 'officeB', 'department'])(
    'is withheld from %s for committee A',
    async (role) => {
      const res = await api.as[role].get(`/api/v1/meetings/${api.world.meetingA.id}`).expect(200);
      expect(names(res.body.agenda.publicPart)).toEqual([
        'Mitteilungen der Verwaltung',
        'Sitzungstermine 2020',
        'Anträge',
      ]);
      expect(res.body.agenda.nonPublicPart).toEqual([]);
      expect(res.body.agenda).toMatchObject({ nonPublicItemCount: 1, nonPublicIncluded: false });
      expect(JSON.stringify(res.body)).not.toContain('Rechenzentrum');
      expect(JSON.stringify(res.body)).not.toContain('3827/2019');
    },
  );

  it.each<RoleName>(['memberA', 'officeA', 'head', 'admin'])('is shown to %s', async (role) => {
    const res = await api.as[role].get(`/api/v1/meetings/${api.world.meetingA.id}`).expect(200);
    expect(names(res.body.agenda.nonPublicPart)).toEqual(['Vergabe Rechenzentrum']);
    expect(res.body.agenda.nonPublicPart[0].paper).toMatchObject({ reference: '3827/2019' });
    expect(res.body.agenda.nonPublicIncluded).toBe(true);
  });

  it('shows a public item but hides its non-public paper from readers without rights', async () => {
    const res = await api.as.memberB.get(`/api/v1/meetings/${api.world.meetingA.id}`).expect(200);
    const antraege = res.body.agenda.publicPart.find((node: { name: string }) => node.name === 'Anträge');
    expect(antraege.paper).toBeNull();
    const sub = res.body.agenda.publicPart[0].children[0];
    expect(sub.paper).toMatchObject({ reference: '3679/2019' });
  });

  it('lists meetings to everyone without any agenda content', async () => {
    const res = await api.as.public.get('/api/v1/meetings').expect(200);
    expect(res.body.total).toBe(2);
    expect(JSON.stringify(res.body)).not.toMatch(/Rechenzentrum|Personalangelegenheit/);
  });
});

describe('papers', () => {
  const references = async (client: Client) =>
    ((await client.get('/api/v1/papers?pageSize=100').expect(200)).body.items as { reference: string }[])
      .map((p) => p.reference)
      .sort();

  it('lists only public papers to the public and only own committees’ confidential ones to members', async () => {
    expect(await references(api.as.public)).toEqual(['3679/2019']);
    expect(await references(api.as.memberA)).toEqual(['3679/2019', '3827/2019']);
    expect(await references(api.as.memberB)).toEqual(['0815/2021', '3679/2019']);
    expect(await references(api.as.officeB)).toEqual(['0815/2021', '3679/2019']);
    expect(await references(api.as.department)).toEqual(['3679/2019']);
    expect(await references(api.as.head)).toEqual(['0815/2021', '3679/2019', '3827/2019']);
  });

  it('answers 404 for a confidential paper without rights, and the paper with them', async () => {
    for (const role of ['public', 'memberB', 'officeB', 'department'] as const) {
      const res = await api.as[role].get(`/api/v1/papers/${api.world.secretPaperA.id}`).expect(404);
      expect(JSON.stringify(res.body)).not.toContain('Rechenzentrum');
    }
    for (const role of ['memberA', 'officeA', 'head'] as const) {
      const res = await api.as[role].get(`/api/v1/papers/${api.world.secretPaperA.id}`).expect(200);
      expect(res.body).toMatchObject({ reference: '3827/2019', public: false });
    }
  });

  it('does not let a reference search find confidential papers', async () => {
    const res = await api.as.public.get('/api/v1/papers?reference=3827').expect(200);
    expect(res.body).toMatchObject({ items: [], total: 0 });
  });
});

describe('open items', () => {
  const titles = async (client: Client, query = '') =>
    ((await client.get(`/api/v1/open-items${query}`).expect(200)).body.items as { title: string }[]).map(
      (i) => i.title,
    );

  it('refuses the public and members', async () => {
    expect((await api.as.public.get('/api/v1/open-items').expect(401)).body.error.code).toBe(
      'unauthenticated',
    );
    expect((await api.as.memberA.get('/api/v1/open-items').expect(403)).body.error.code).toBe('forbidden');
  });

  it('shows the head everything open, overdue first, then by due date', async () => {
    const res = await api.as.head.get('/api/v1/open-items').expect(200);
    expect(res.body.items.map((i: { title: string }) => i.title)).toEqual([
      'Zusage Personalakte',
      'WLAN in Schulen',
      'Prüfauftrag Glasfaser',
      'Vertrag Rechenzentrum',
    ]);
    expect(res.body.items.map((i: { overdue: boolean }) => i.overdue)).toEqual([true, true, false, false]);
    const counts = Object.fromEntries(
      res.body.counts.map(
        (c: {
          organization: { shortName: string };
          inquiries: number;
          followUps: number;
          overdue: number;
        }) => [c.organization.shortName, [c.inquiries, c.followUps, c.overdue]],
      ),
    );
    expect(counts).toEqual({ 'UA DiKO': [2, 1, 1], ADI: [0, 1, 1] });
  });

  it('shows an office only its committees, including their confidential items', async () => {
    expect(await titles(api.as.officeA)).toEqual([
      'WLAN in Schulen',
      'Prüfauftrag Glasfaser',
      'Vertrag Rechenzentrum',
    ]);
    expect(await titles(api.as.officeB)).toEqual(['Zusage Personalakte']);
  });

  it('shows a department what is assigned to it, without confidential items', async () => {
    expect(await titles(api.as.department)).toEqual(['WLAN in Schulen', 'Prüfauftrag Glasfaser']);
  });

  it('filters by committee and keeps the counts of everything visible', async () => {
    const res = await api.as.head
      .get(`/api/v1/open-items?organization=${api.world.committeeB.id}`)
      .expect(200);
    expect(res.body.items.map((i: { title: string }) => i.title)).toEqual(['Zusage Personalakte']);
    expect(res.body.counts).toHaveLength(2);
  });
});

describe('persons', () => {
  it('shows names, titles and memberships to everyone, contact details only to the administration and the person', async () => {
    const path = `/api/v1/persons/${api.world.personA.id}`;
    const publicView = (await api.as.public.get(path).expect(200)).body;
    expect(publicView).toMatchObject({ name: 'Erika Aachen', formOfAddress: 'Frau' });
    expect(
      publicView.memberships.map((m: { organization: { shortName: string } }) => m.organization.shortName),
    ).toEqual(['UA DiKO']);
    expect(publicView).not.toHaveProperty('email');
    expect(publicView).not.toHaveProperty('chatIdentities');
    expect((await api.as.memberB.get(path).expect(200)).body).not.toHaveProperty('email');

    for (const role of ['memberA', 'officeB', 'head', 'admin'] as const) {
      const view = (await api.as[role].get(path).expect(200)).body;
      expect(view.email).toEqual(['erika.aachen@example.org']);
      expect(view.chatIdentities[0]).toMatchObject({ platform: 'slack' });
    }
  });

  it('searches by name without leaking contact details in the list', async () => {
    const res = await api.as.public.get('/api/v1/persons?name=aach').expect(200);
    expect(res.body.items.map((p: { name: string }) => p.name)).toEqual(['Erika Aachen']);
    expect(res.body.items[0]).not.toHaveProperty('email');
  });
});
