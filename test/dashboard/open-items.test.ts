// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fakeApi } from './support';
import type { OpenItem } from '../../dashboard/src/api/types';
import { safeCell, toCsv } from '../../dashboard/src/composables/csv';
import { fetchAllOpenItems, openItemsQuery } from '../../dashboard/src/api/open-items';
import { NO_FILTER, pageCount } from '../../dashboard/src/composables/open-items';
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
/** In the server's order: overdue first, then by due date, undated last. */
const items = [
  open('overdue', { dueDate: '2026-11-01T00:00:00Z', overdue: true }),
  open('inquiry', {
    kind: 'inquiry',
    organization: { id: 'c2', name: 'Ausschuss für Digitalisierung' },
    state: 'zugewiesen',
    dueDate: '2026-12-05T00:00:00Z',
    number: 'AN/0001/2026',
  }),
  open('later', { dueDate: '2026-12-20T00:00:00Z' }),
  open('undated', {}),
];

describe('open items', () => {
  it('asks the server for one page with the filter', () => {
    expect(openItemsQuery(NO_FILTER, 1, 50)).toBe('page=1&pageSize=50');
    expect(openItemsQuery({ committee: 'c2', kind: 'inquiry', overdueOnly: true }, 3, 50)).toBe(
      'page=3&pageSize=50&organization=c2&kind=inquiry&overdue=true',
    );
  });

  it('counts pages, at least one', () => {
    expect(pageCount(0, 50)).toBe(1);
    expect(pageCount(50, 50)).toBe(1);
    expect(pageCount(51, 50)).toBe(2);
  });

  it('fetches every page for the export, in the server order', async () => {
    const calls = fakeApi({
      'GET /api/v1/open-items?page=1&': {
        items: items.slice(0, 2),
        page: 1,
        pageSize: 2,
        total: 4,
        counts: [],
      },
      'GET /api/v1/open-items?page=2&': { items: items.slice(2), page: 2, pageSize: 2, total: 4, counts: [] },
    });
    const all = await fetchAllOpenItems({ ...NO_FILTER, kind: 'followUp' });
    expect(all.map((i) => i.id)).toEqual(['overdue', 'inquiry', 'later', 'undated']);
    expect(calls.map((call) => call.path)).toEqual([
      '/api/v1/open-items?page=1&pageSize=200&kind=followUp',
      '/api/v1/open-items?page=2&pageSize=200&kind=followUp',
    ]);
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
    const csv = openItemsCsv(items, {
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
