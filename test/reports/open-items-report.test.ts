import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { AuditEventModel } from '../../server/store/models/audit-event';
import { makeFollowUp } from '../support/factories';
import { withApiWorld } from '../http/api/support/world';
import { binary } from '../results/support/binary';
import { resultsApp } from '../results/support/results-app';

const app = resultsApp();
const api = withApiWorld(app);

const reportUrl = (committeeId: unknown, format = 'json') =>
  `/api/v1/committees/${String(committeeId)}/open-items-report?format=${format}`;

type Group = {
  heading: string;
  entries: { title: string; overdue: boolean; state: string; itemNumber?: string }[];
};
const titles = (groups: Group[]) =>
  Object.fromEntries(groups.map((g) => [g.heading, g.entries.map((e) => e.title)]));

beforeAll(async () => {
  const { body, committeeA, meetingA, publicPaper } = api.world;
  const secretItem = meetingA.agendaItems.find((i) => !i.public)!;
  const item11 = meetingA.agendaItems.find((i) => i.number === '1.1')!;
  await makeFollowUp(body._id, committeeA._id, {
    kind: 'beschlusskontrolle',
    title: 'Vergabe umsetzen',
    meeting: meetingA._id,
    agendaItem: secretItem._id,
    dueDate: new Date('2021-06-30T00:00:00+02:00'),
  });
  await makeFollowUp(body._id, committeeA._id, {
    kind: 'arbeitsauftrag',
    title: 'Terminplan veröffentlichen',
    meeting: meetingA._id,
    agendaItem: item11._id,
    paper: publicPaper._id,
    ownerDepartment: 'Amt für Informationsverarbeitung',
    dueDate: new Date('2021-02-01T00:00:00+01:00'),
  });
});

describe('GET /api/v1/committees/:id/open-items-report', () => {
  it('groups the open items of the committee, overdue marked, for the office with the non-public ones', async () => {
    const res = await api.as.officeA.get(reportUrl(api.world.committeeA._id));
    expect(res.status).toBe(200);
    expect(titles(res.body.groups)).toEqual({
      'Offene Beschlüsse': ['Vergabe umsetzen'],
      Prüfaufträge: ['Prüfauftrag Glasfaser'],
      Arbeitsaufträge: ['Terminplan veröffentlichen'],
      Zusagen: [],
    });
    const work = res.body.groups[2].entries[0];
    expect(work).toMatchObject({
      itemNumber: '1.1',
      paperReference: '3679/2019',
      overdue: true,
      state: 'überfällig seit 01.02.2021',
    });
    expect(res.body.groups[1].entries[0]).toMatchObject({ overdue: false, state: 'offen' });
    expect(res.body.overdueCount).toBe(1);
    expect(res.body.hiddenNonPublic).toBe(0);
    const audit = await AuditEventModel.findOne({
      action: 'read',
      entityId: api.world.committeeA._id.toString(),
    }).lean();
    expect(audit?.summary).toBe(
      'Übersicht der offenen Beschlüsse und Aufträge mit nichtöffentlichen Einträgen gelesen (UA DiKO)',
    );
  });

  it('leaves non-public entries out for readers without rights and only counts them', async () => {
    const res = await api.as.memberB.get(reportUrl(api.world.committeeA._id));
    expect(titles(res.body.groups)['Offene Beschlüsse']).toEqual([]);
    expect(res.body.hiddenNonPublic).toBe(1);
    const md = await api.as.public.get(reportUrl(api.world.committeeA._id, 'md'));
    expect(md.status).toBe(200);
    expect(md.headers['content-disposition']).toBe(
      `attachment; filename="Offene_Beschluesse_und_Auftraege_UA_DiKO_2021-02-18.md"; filename*=UTF-8''Offene_Beschluesse_und_Auftraege_UA_DiKO_2021-02-18.md`,
    );
    const lines = md.text.split('\n');
    expect(lines[0]).toBe('# Übersicht über die offenen Beschlüsse, Prüf- und Arbeitsaufträge');
    expect(lines).toContain(
      '| 18.02.2021 | 1.1 | Terminplan veröffentlichen (Vorlage 3679/2019) | Amt für Informationsverarbeitung | 01.02.2021 | überfällig seit 01.02.2021 |',
    );
    expect(lines).toContain('Ein weiterer, nichtöffentlicher Eintrag ist nur für Berechtigte einsehbar.');
    expect(md.text).not.toContain('Vergabe umsetzen');
    const secretB = await api.as.memberA.get(reportUrl(api.world.committeeB._id));
    expect(titles(secretB.body.groups).Zusagen).toEqual([]);
    expect(secretB.body.hiddenNonPublic).toBe(1);
  });

  it('downloads the report as a Word document and answers 404 for an unknown committee', async () => {
    const res = await api.as.officeB
      .get(reportUrl(api.world.committeeB._id, 'docx'))
      .buffer(true)
      .parse(binary as never);
    expect(res.status).toBe(200);
    const xml = strFromU8(unzipSync(new Uint8Array(res.body as Buffer))['word/document.xml']!);
    expect(xml).toContain('Zusage Personalakte');
    expect(xml).toContain('überfällig seit 15.01.2021');
    expect((await api.as.officeA.get(reportUrl('0123456789abcdef01234567'))).status).toBe(404);
  });
});
