import { describe, expect, it } from 'vitest';
import { MeetingModel } from '../../../server/store/models/meeting';
import { dashboardApp } from './support/api-kit';
import { withApiWorld } from './support/world';

const app = dashboardApp();
const api = withApiWorld(app);

type Node = { id: string; number: string; name: string; supplement: boolean; children: Node[] };
const flat = (part: Node[]) => part.flatMap((node) => [node, ...node.children]);
const numbered = (part: Node[]) => flat(part).map((item) => `${item.number} ${item.name}`);

async function koelnMeeting(): Promise<{ id: string; path: string }> {
  const res = await api.as.officeA
    .post('/api/v1/meetings', {
      organization: api.world.committeeA.id,
      start: '2021-03-22T14:00:00+01:00',
      template: 'koeln-standard',
    })
    .expect(201);
  return { id: res.body.id, path: `/api/v1/meetings/${res.body.id}/agenda-items` };
}

describe('numbering a draft agenda through the API', () => {
  it('renumbers the draft when items are added, removed and reordered', async () => {
    const { path } = await koelnMeeting();
    const sub = await api.as.officeA
      .post(path, { name: 'Sitzungstermine 2020', public: true, parentNumber: '2' })
      .expect(201);
    expect(sub.body.item).toMatchObject({ number: '2.1', level: 2, supplement: false });
    const main = await api.as.officeA
      .post(path, { name: 'Digitalstrategie', public: true, paperId: api.world.publicPaper.id })
      .expect(201);
    expect(main.body.item).toMatchObject({ number: '8', paper: { reference: '3679/2019' } });

    const removed = await api.as.officeA
      .delete(`${path}/${flat(main.body.meeting.agenda.publicPart)[0]?.id}`)
      .expect(200);
    expect(numbered(removed.body.meeting.agenda.publicPart)).toEqual([
      '1 Mitteilungen der Verwaltung',
      '1.1 Sitzungstermine 2020',
      '2 Sachstandsberichte der Verwaltung',
      '3 Schriftliche Anfragen',
      '4 Mündliche Anfragen',
      '5 Anträge',
      '6 Allgemeine Vorlagen',
      '7 Digitalstrategie',
    ]);

    const all = [
      ...flat(removed.body.meeting.agenda.publicPart),
      ...flat(removed.body.meeting.agenda.nonPublicPart),
    ];
    const ids = all.map((item) => item.id);
    const digital = ids[7] as string;
    const reordered = [digital, ...ids.filter((id) => id !== digital)];
    const res = await api.as.officeA.put(`${path}/order`, { ids: reordered }).expect(200);
    expect(numbered(res.body.meeting.agenda.publicPart).slice(0, 3)).toEqual([
      '1 Digitalstrategie',
      '2 Mitteilungen der Verwaltung',
      '2.1 Sitzungstermine 2020',
    ]);
    expect(numbered(res.body.meeting.agenda.nonPublicPart)[0]).toBe(
      '1 Beantwortung von Anfragen aus vorherigen Sitzungen',
    );
  });

  it('moves an item from the public into the non-public part while drafting', async () => {
    const { path } = await koelnMeeting();
    const added = await api.as.officeA
      .post(path, { name: 'Vertragsangelegenheit', public: true })
      .expect(201);
    const moved = await api.as.officeA.patch(`${path}/${added.body.item.id}`, { public: false }).expect(200);
    expect(moved.body.item).toMatchObject({ number: '8', public: false });
    expect(numbered(moved.body.meeting.agenda.publicPart)).toHaveLength(7);
  });
});

describe('after the invitation', () => {
  it('adds a Nachtrag as 11.1 and leaves every other number as printed', async () => {
    const { id, path } = await koelnMeeting();
    for (const name of ['Digitalstrategie', 'Open Data', 'Breitbandausbau']) {
      await api.as.officeA.post(path, { name, public: true }).expect(201);
    }
    const before = await api.as.officeA
      .post(`/api/v1/meetings/${id}/state`, { state: 'eingeladen' })
      .expect(200);
    const printed = numbered(before.body.agenda.publicPart);
    expect(printed.at(-1)).toBe('10 Breitbandausbau');

    const res = await api.as.officeA
      .post(path, { name: 'Sachstand Onlinezugangsgesetz', public: true })
      .expect(201);
    expect(res.body.item).toMatchObject({ number: '11.1', supplement: true, level: 2 });
    const after = numbered(res.body.meeting.agenda.publicPart);
    expect(after).toEqual([...printed, '11 Nachträge', '11.1 Sachstand Onlinezugangsgesetz']);

    const second = await api.as.officeA.post(path, { name: 'Verkehrsdaten', public: true }).expect(201);
    expect(second.body.item.number).toBe('11.2');
    const underSeven = await api.as.officeA
      .post(path, { name: 'Vorlage 0400/2021', public: true, parentNumber: '7' })
      .expect(201);
    expect(underSeven.body.item.number).toBe('7.1');
  });

  it('refuses to move a public item into the non-public part (409 agenda_frozen)', async () => {
    const { id, path } = await koelnMeeting();
    const added = await api.as.officeA
      .post(path, { name: 'Öffentlich angekündigt', public: true })
      .expect(201);
    await api.as.officeA.post(`/api/v1/meetings/${id}/state`, { state: 'eingeladen' }).expect(200);
    const res = await api.as.officeA.patch(`${path}/${added.body.item.id}`, { public: false }).expect(409);
    expect(res.body.error).toMatchObject({ code: 'agenda_frozen', fields: [{ path: 'public' }] });
    const stored = await MeetingModel.findById(id).lean();
    expect(stored?.agendaItems.find((item) => String(item._id) === added.body.item.id)?.public).toBe(true);
    const reorder = await api.as.officeA
      .put(`${path}/order`, { ids: stored?.agendaItems.map((i) => String(i._id)) })
      .expect(409);
    expect(reorder.body.error.code).toBe('agenda_frozen');
  });

  it('names a missing parent (422)', async () => {
    const { path } = await koelnMeeting();
    const res = await api.as.officeA
      .post(path, { name: 'Irgendwo', public: true, parentNumber: '42' })
      .expect(422);
    expect(res.body.error).toMatchObject({
      code: 'agenda_parent_not_found',
      fields: [{ path: 'parentNumber' }],
    });
  });
});

describe('concurrent edits', () => {
  it('lets only one of two edits of the same version through; the other gets 409', async () => {
    const { id, path } = await koelnMeeting();
    const [first, second] = await Promise.all([
      api.as.officeA.post(path, { name: 'Erster', public: true, version: 0 }),
      api.as.admin.post(path, { name: 'Zweiter', public: true, version: 0 }),
    ]);
    expect([first.status, second.status].sort()).toEqual([201, 409]);
    const conflict = first.status === 409 ? first : second;
    expect(conflict.body.error).toMatchObject({
      code: 'meeting_version_conflict',
      details: { currentVersion: 1 },
    });
    const stored = await MeetingModel.findById(id).lean();
    expect(stored?.__v).toBe(1);
    expect(stored?.agendaItems.filter((item) => ['Erster', 'Zweiter'].includes(item.name))).toHaveLength(1);
  });

  it('refuses an edit based on a stale version', async () => {
    const { path } = await koelnMeeting();
    await api.as.officeA.post(path, { name: 'Neu', public: true, version: 0 }).expect(201);
    const stale = await api.as.officeA.post(path, { name: 'Veraltet', public: true, version: 0 }).expect(409);
    expect(stale.body.error.code).toBe('meeting_version_conflict');
  });

  it('loses neither of several simultaneous edits sent without a version', async () => {
    const { id, path } = await koelnMeeting();
    const names = ['Eins', 'Zwei', 'Drei'];
    const results = await Promise.all(names.map((name) => api.as.officeA.post(path, { name, public: true })));
    expect(results.map((r) => r.status)).toEqual([201, 201, 201]);
    const stored = await MeetingModel.findById(id).lean();
    expect(stored?.agendaItems.filter((item) => names.includes(item.name))).toHaveLength(3);
    const publicNumbers = stored?.agendaItems
      .filter((i) => i.public)
      .map((i) => i.number)
      .sort((a, b) => Number(a) - Number(b));
    expect(publicNumbers).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(stored?.__v).toBe(3);
  });
});
