// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { OpenItem } from '../../dashboard/src/api/types';
import { safeCell, toCsv } from '../../dashboard/src/composables/csv';
import { NO_FILTER, filterOpenItems, sortOpenItems } from '../../dashboard/src/composables/open-items';
import { openItemsCsv } from '../../dashboard/src/composables/open-items-csv';

const open = (id: string, overrides: Partial<OpenItem>): OpenItem => ({
  kind: 'followUp',
  id,
  organization: { id: 'c1', name: 'Finanzausschuss' },
  title: id,
  state: 'pruefauftrag',
  public: true,
  overdue: false,
  ...overrides,
});
const items = [
  open('later', { dueDate: '2026-12-20T00:00:00Z' }),
  open('undated', {}),
  open('overdue', { dueDate: '2026-11-01T00:00:00Z', overdue: true }),
  open('inquiry', {
    kind: 'inquiry',
    organization: { id: 'c2', name: 'Ausschuss für Digitalisierung' },
    state: 'zugewiesen',
    dueDate: '2026-12-05T00:00:00Z',
    number: 'AN/0001/2026',
  }),
];

describe('open items', () => {
  it('sorts overdue first, then by due date, undated last', () => {
    expect(sortOpenItems(items).map((i) => i.id)).toEqual(['overdue', 'inquiry', 'later', 'undated']);
  });

  it('filters by committee, kind and overdue', () => {
    expect(filterOpenItems(items, { ...NO_FILTER, committee: 'c2' }).map((i) => i.id)).toEqual(['inquiry']);
    expect(filterOpenItems(items, { ...NO_FILTER, kind: 'followUp' })).toHaveLength(3);
    expect(filterOpenItems(items, { ...NO_FILTER, overdueOnly: true }).map((i) => i.id)).toEqual(['overdue']);
    expect(filterOpenItems(items, NO_FILTER)).toHaveLength(4);
  });
});

describe('CSV export', () => {
  it('starts with a BOM, quotes every field, doubles quotes, keeps separators and line breaks inside fields', () => {
    const csv = toCsv([
      ['Betreff', 'Gremium'],
      ['Frage zu "Glasfaser"; Ausbau', 'Zeile 1\nZeile 2'],
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe('\uFEFF"Betreff";"Gremium"\r\n"Frage zu ""Glasfaser""; Ausbau";"Zeile 1\nZeile 2"\r\n');
  });

  it('defuses cells Excel would run as formulas', () => {
    expect(safeCell('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(safeCell('Straßenbeleuchtung')).toBe('Straßenbeleuchtung');
  });

  it('exports the open items with committee names, German labels and Berlin dates', () => {
    const csv = openItemsCsv(sortOpenItems(items), {
      columns: {
        kind: 'Art',
        number: 'Nummer',
        title: 'Betreff',
        committee: 'Gremium',
        state: 'Stand',
        department: 'Zuständig',
        due: 'Fällig',
      },
      kinds: { inquiry: 'Anfrage', followUp: 'Auftrag' },
      overdue: 'überfällig',
    });
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('"Art";"Nummer";"Betreff";"Gremium";"Stand";"Zuständig";"Fällig";"überfällig"');
    expect(lines[1]).toBe(
      '"Auftrag";"";"overdue";"Finanzausschuss";"pruefauftrag";"";"2026-11-01";"überfällig"',
    );
    expect(lines[2]).toBe(
      '"Anfrage";"AN/0001/2026";"inquiry";"Ausschuss für Digitalisierung";"zugewiesen";"";"2026-12-05";""',
    );
    expect(lines).toHaveLength(5);
  });
});
