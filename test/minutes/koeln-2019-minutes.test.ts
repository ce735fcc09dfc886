import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC, type Principal } from '../../server/domain/access/principal';
import { draftMinutes } from '../../server/domain/minutes/draft-minutes';
import { renderMarkdown } from '../../server/domain/minutes/render-markdown';
import { recordResult } from '../../server/domain/results/record-result';
import { renderDocx } from '../../server/http/api/minutes/render-docx';
import { loadDemoData } from '../../server/store/demo/index';
import { MeetingModel } from '../../server/store/models/meeting';
import { mongoMinutesSource } from '../../server/store/minutes/minutes-source';
import { mongoRepositories } from '../../server/store/repositories/index';
import { mongoResultStore } from '../../server/store/results/mongo-result-store';
import { connectTestDatabase } from '../jobs/support/connect';

const NOW = new Date('2026-03-01T09:00:00Z');
const SECRET = 'Bedarfsfeststellung zur Verlängerung eines Rahmenvertrages mit der Firma ESRI';

let db: { stop: () => Promise<void> };
let meetingId: string;
let committeeId: string;

const office = (): Principal => ({
  kind: 'user',
  userId: '0'.repeat(24),
  displayName: 'Frau Marusich',
  roles: ['office'],
  officeCommitteeIds: [committeeId],
  memberCommitteeIds: [],
});

/** Word's text runs of the document, one string per paragraph or table cell. */
function wordText(docx: Buffer): string {
  const xml = strFromU8(unzipSync(new Uint8Array(docx))['word/document.xml']!);
  return xml
    .replace(/<w:br\/>/g, '\n')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"');
}

beforeAll(async () => {
  db = await connectTestDatabase();
  await loadDemoData(NOW);
  const meeting = await MeetingModel.findOne({ start: new Date('2019-11-18T13:00:00Z') }).lean();
  meetingId = meeting!._id.toString();
  committeeId = meeting!.organization.toString();
  const items = meeting!.agendaItems;
  const stores = mongoRepositories();
  const deps = {
    meetings: stores.meetings,
    results: mongoResultStore,
    audit: stores.audit,
    clock: () => NOW,
  };
  const public22 = items.find((i) => i.public && i.number === '2.2')!;
  const secret71 = items.find((i) => !i.public && i.number === '7.1')!;
  await recordResult(deps, office(), {
    meetingId,
    itemId: public22._id.toString(),
    vote: { kind: 'zur Kenntnis genommen' },
  });
  await recordResult(deps, office(), {
    meetingId,
    itemId: secret71._id.toString(),
    resolutionText: 'Der Unterausschuss stellt den Bedarf fest.',
    vote: {
      kind: 'mehrheitlich angenommen',
      yes: 5,
      no: 0,
      abstain: 1,
      breakdown: [{ group: 'GRÜNE', abstain: 1 }],
    },
  });
}, 60_000);
afterAll(() => db.stop());

describe('draft minutes of the UA DiKO session of 18.11.2019 (seed 000)', () => {
  it('has the header, the attendance lists, both parts numbered and the results (Markdown)', async () => {
    const draft = await draftMinutes(
      mongoMinutesSource(() => NOW),
      office(),
      meetingId,
    );
    const md = renderMarkdown(draft.document);
    const lines = md.split('\n');
    expect(draft.fileName).toBe('Niederschrift_UA_DiKO_2019-11-18');
    expect(draft.includesNonPublic).toBe(true);
    expect(lines).toContain(
      'über die Sitzung des Unterausschusses Digitale Kommunikation und Organisation in der Wahlperiode ' +
        '2014/2020 am Montag, dem 18.11.2019, 14:00 Uhr bis 15:11 Uhr, Rathaus Spanischer Bau, Europasaal',
    );
    for (const line of [
      '## Anwesend waren:',
      '### Stimmberechtigte Mitglieder',
      '| Herr Dr. Gerrit Krupp | SPD |',
      '| Herr Thomas Hegenbarth | SPD |',
      '### Stellvertretende stimmberechtigte Mitglieder',
      '| Herr Stephan Pohl | CDU | i.V.f. Herrn Dr. Ralph Elster anw. ab 14:15 Uhr |',
      '### Verwaltung',
      '| Herr Alexander Vogel anw. ab 14:40 Uhr |',
      '### GPR',
      '### Presse',
      '### Zuschauer',
      '## Entschuldigt fehlen:',
      '| Herr Christian Joisten | SPD |',
      '| Herr Dr. Ralph Elster | CDU |',
      '**I. Öffentlicher Teil**',
      '  - 2.1 Sitzungstermine im Jahr 2020 für den Unterausschuss Digitale Kommunikation und Organisation 3679/2019',
      '  - 7.1 Beitritt der Stadt Köln zur Blockchain-Genossenschaft „govdigital eG“ 3475/2019',
      '**II. Nichtöffentlicher Teil**',
      '  - 7.3 Bedarfsfeststellung zur Einführung eines gesamtstädtischen Digital Asset Managements 3466/2019',
      '## I. Öffentlicher Teil',
      '## II. Nichtöffentlicher Teil',
      'Die Vorlage wird ohne Votum in weiterführende Gremien verwiesen.',
      'Abstimmungsergebnis: Einstimmig zugestimmt.',
      'Abstimmungsergebnis: Zur Kenntnis genommen',
      '| Herr Dr. Gerrit Krupp (Stellvertretender Vorsitz) | Olga Marusich |',
    ]) {
      expect(lines).toContain(line);
    }
    // The vote of the non-public 7.1 with its breakdown, as three lines of one paragraph.
    expect(md).toContain(
      'Der Unterausschuss stellt den Bedarf fest.\n\nAbstimmungsergebnis: Mehrheitlich angenommen  \n' +
        '5 Ja-Stimmen, 0 Nein-Stimmen, 1 Enthaltung  \n1 Enthaltung GRÜNE',
    );
    // Both parts numbered 1-7 (Köln restarts in the nichtöffentlicher Teil).
    expect(lines.filter((line) => line === '- 7 Allgemeine Vorlagen')).toHaveLength(2);
    expect(lines.filter((line) => line === '### 7 Allgemeine Vorlagen')).toHaveLength(2);
  });

  it('opens as a Word document with the same texts', async () => {
    const draft = await draftMinutes(
      mongoMinutesSource(() => NOW),
      office(),
      meetingId,
    );
    const text = wordText(await renderDocx(draft.document));
    expect(text).toContain('Niederschrift\n');
    expect(text).toContain('Herr Stephan Pohl\nCDU\ni.V.f. Herrn Dr. Ralph Elster anw. ab 14:15 Uhr\n');
    expect(text).toContain('II. Nichtöffentlicher Teil\n');
    expect(text).toContain(`7.1 ${SECRET}`);
    expect(text).toContain(
      'Abstimmungsergebnis: Mehrheitlich angenommen\n5 Ja-Stimmen, 0 Nein-Stimmen, 1 Enthaltung\n',
    );
    expect(text).toContain('Abstimmungsergebnis: Einstimmig zugestimmt.\n');
  });

  it('gives a public visitor the public part and only the count of non-public items', async () => {
    const draft = await draftMinutes(
      mongoMinutesSource(() => NOW),
      PUBLIC,
      meetingId,
    );
    const md = renderMarkdown(draft.document);
    const word = wordText(await renderDocx(draft.document));
    expect(draft.includesNonPublic).toBe(false);
    for (const text of [md, word]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain('Der Unterausschuss stellt den Bedarf fest.');
      expect(text).not.toContain('1 Enthaltung GRÜNE');
      expect(text).toContain(
        'Der nichtöffentliche Teil (10 Tagesordnungspunkte) ist nur für Berechtigte einsehbar.',
      );
      expect(text).toContain('Abstimmungsergebnis: Zur Kenntnis genommen');
    }
  });
});
