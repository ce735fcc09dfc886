import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AuditEventModel } from '../../server/store/models/audit-event';
import { FollowUpModel } from '../../server/store/models/follow-up';
import { withApiWorld } from '../http/api/support/world';
import { binary } from '../results/support/binary';
import { resultsApp } from '../results/support/results-app';

const app = resultsApp();
const api = withApiWorld(app);

const minutesUrl = (format: string) =>
  `/api/v1/meetings/${api.world.meetingA._id.toString()}/minutes?format=${format}`;

describe('GET /api/v1/meetings/:id/minutes', () => {
  it('gives the office both parts as Markdown and audits the read', async () => {
    const res = await api.as.officeA.get(minutesUrl('md'));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="Niederschrift_UA_DiKO_2021-02-18.md"; filename*=UTF-8''Niederschrift_UA_DiKO_2021-02-18.md`,
    );
    const lines = res.text.split('\n');
    expect(lines).toContain('  - 1.1 Sitzungstermine 2020 3679/2019');
    expect(lines).toContain('**II. Nichtöffentlicher Teil**');
    expect(lines).toContain('### 1 Vergabe Rechenzentrum 3827/2019');
    const audit = await AuditEventModel.findOne({
      action: 'read',
      entityId: api.world.meetingA._id.toString(),
    }).lean();
    expect(audit?.summary).toBe(
      'Entwurf der Niederschrift „Sitzung UA DiKO“ mit nichtöffentlichem Teil gelesen',
    );
  });

  it('gives a member of another committee only the public part and the count, and visitors nothing', async () => {
    const res = await api.as.memberB.get(minutesUrl('md'));
    expect(res.status).toBe(200);
    expect(res.text).not.toContain('Vergabe Rechenzentrum');
    expect(res.text).not.toContain('3827/2019');
    expect(res.text).toContain(
      'Der nichtöffentliche Teil (1 Tagesordnungspunkt) ist nur für Berechtigte einsehbar.',
    );
    const visitor = await api.as.public.get(minutesUrl('md'));
    expect(visitor.status).toBe(401);
    expect(visitor.text).not.toContain('Sitzung UA DiKO');
    const json = await api.as.memberB.get(minutesUrl('json'));
    expect(json.body.includesNonPublic).toBe(false);
    expect(json.body.nonPublicCount).toBe(1);
  });

  it('downloads a Word document that opens', async () => {
    const res = await api.as.officeA
      .get(minutesUrl('docx'))
      .buffer(true)
      .parse(binary as never);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const xml = strFromU8(unzipSync(new Uint8Array(res.body as Buffer))['word/document.xml']!);
    expect(xml).toContain('Niederschrift');
    expect(xml).toContain('Vergabe Rechenzentrum');
  });

  it('prints a completed Zusage as Ergänzende Antwort, never the reason a withdrawn one was cancelled for', async () => {
    const { body, committeeA, meetingA } = api.world;
    const item = meetingA.agendaItems.find((i) => i.name === 'Mitteilungen der Verwaltung')!;
    const zusage = {
      body: body._id,
      organization: committeeA._id,
      meeting: meetingA._id,
      agendaItem: item._id,
      kind: 'zusage' as const,
      ownerDepartment: 'Amt 12',
      completedAt: new Date('2021-03-01T10:00:00Z'),
    };
    await FollowUpModel.create([
      {
        ...zusage,
        title: 'WLAN-Frage',
        status: 'erledigt',
        completionNote: 'Das WLAN ist im Haushalt enthalten.',
      },
      {
        ...zusage,
        title: 'Doppelt erfasst',
        status: 'aufgehoben',
        completionNote: 'Versehentlich doppelt angelegt.',
      },
    ]);
    const res = await api.as.memberB.get(minutesUrl('md'));
    expect(res.status).toBe(200);
    expect(res.text).toContain('Das WLAN ist im Haushalt enthalten.');
    expect(res.text).not.toContain('Versehentlich doppelt angelegt.');
    expect(res.text.split('**Ergänzende Antwort zur Niederschrift:**').length - 1).toBe(1);
  });

  it('answers 400 for an unknown format and 404 for an unknown meeting', async () => {
    const bad = await api.as.officeA.get(minutesUrl('pdf'));
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('format');
    const missing = await api.as.officeA.get('/api/v1/meetings/0123456789abcdef01234567/minutes?format=md');
    expect(missing.status).toBe(404);
  });
});
