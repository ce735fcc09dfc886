import { describe, expect, it } from 'vitest';
import { buildMinutes } from '../../server/domain/minutes/build-minutes';
import type { MinutesData, MinutesItem } from '../../server/domain/minutes/minutes-data';
import { renderMarkdown } from '../../server/domain/minutes/render-markdown';
import { berlin } from '../../server/domain/time/berlin';

const item = (
  fields: Partial<MinutesItem> & Pick<MinutesItem, 'number' | 'name' | 'order'>,
): MinutesItem => ({
  id: `i${fields.order}`,
  public: true,
  level: 1,
  additions: [],
  ...fields,
});

const data: MinutesData = {
  meetingId: 'm1',
  committeeId: 'c1',
  bodyName: 'Kreis Mettmann',
  committeeName: 'Ausschuss für Digitalisierung',
  committeeShortName: 'ADig',
  meetingName: 'Sitzung des Ausschusses für Digitalisierung',
  termName: '2020-2025',
  start: berlin(2021, 2, 18, 16, 30),
  locationText: 'Kreishaus Mettmann, Zimmer 1.601 (großer Sitzungssaal)',
  attendance: [],
  items: [
    item({
      number: '7',
      name: 'Nachtragshaushalt 2021',
      order: 1,
      paperReference: '20/003/2021',
      result: 'einstimmig angenommen',
      resolutionText: 'Der Ausschuss empfiehlt dem Kreisausschuss, zuzustimmen.',
      additions: [
        {
          text: 'Ergänzende Antwort zur Niederschrift: Die Haushaltsposition beinhaltet den WLAN-Ausbau.',
          public: true,
        },
        { text: 'Vertrauliche Aufschlüsselung', public: false },
      ],
    }),
    item({ number: '8', name: 'Vergabe', order: 2, paperReference: '10/099/2021', paperPublic: false }),
    item({ number: '12', name: 'Personalangelegenheit', order: 3, public: false }),
  ],
  chair: { name: 'Herr Dietmar Weiß', role: 'Vorsitz' },
};

describe('the minutes document', () => {
  it('prints the header without an end time, the result and each addition once', () => {
    const md = renderMarkdown(buildMinutes(data, { includeNonPublic: true }));
    expect(md).toContain(
      'über die Sitzung des Ausschusses für Digitalisierung in der Wahlperiode 2020-2025 am Donnerstag, dem ' +
        '18.02.2021, 16:30 Uhr, Kreishaus Mettmann, Zimmer 1.601 (großer Sitzungssaal)\n',
    );
    expect(md).toContain(
      'Der Ausschuss empfiehlt dem Kreisausschuss, zuzustimmen.\n\nAbstimmungsergebnis: Einstimmig angenommen\n\n' +
        '**Ergänzende Antwort zur Niederschrift:**\n\nDie Haushaltsposition beinhaltet den WLAN-Ausbau.\n\n' +
        '**Ergänzende Antwort zur Niederschrift:**\n\nVertrauliche Aufschlüsselung\n',
    );
    expect(md).toContain('### 8 Vergabe 10/099/2021\n');
    expect(md).toContain('| Herr Dietmar Weiß (Vorsitz) |  |\n');
  });

  it('leaves out non-public items, additions and paper references for readers without rights', () => {
    const md = renderMarkdown(buildMinutes(data, { includeNonPublic: false }));
    expect(md).not.toContain('Personalangelegenheit');
    expect(md).not.toContain('Vertrauliche Aufschlüsselung');
    expect(md).not.toContain('10/099/2021');
    expect(md).toContain('### 8 Vergabe\n');
    expect(md).toContain(
      'Der nichtöffentliche Teil (1 Tagesordnungspunkt) ist nur für Berechtigte einsehbar.',
    );
  });
});
