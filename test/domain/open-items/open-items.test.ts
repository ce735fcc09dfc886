import { describe, expect, it } from 'vitest';
import type { Principal } from '../../../server/domain/access/principal';
import { PUBLIC } from '../../../server/domain/access/principal';
import { listOpenItems, openItemsScope } from '../../../server/domain/open-items/open-items';
import type { OpenItem, OpenItemsQuery, OpenItemTally } from '../../../server/domain/open-items/ports';

const now = new Date('2021-02-10T09:00:00Z');
const user = (fields: Partial<Principal>): Principal => ({
  kind: 'user',
  userId: 'u',
  displayName: 'u',
  roles: [],
  officeCommitteeIds: [],
  memberCommitteeIds: [],
  ...fields,
});

const item = (fields: Partial<OpenItem> & Pick<OpenItem, 'id'>): OpenItem => ({
  kind: 'inquiry',
  organization: 'A',
  title: fields.id,
  state: 'eingereicht',
  public: true,
  ...fields,
});

const items = [
  item({ id: 'no-date' }),
  item({ id: 'later', dueDate: new Date('2021-03-01') }),
  item({ id: 'overdue-recent', kind: 'followUp', dueDate: new Date('2021-02-09') }),
  item({ id: 'overdue-old', organization: 'B', dueDate: new Date('2021-01-01') }),
  item({ id: 'soon', dueDate: new Date('2021-02-11') }),
  item({ id: 'secret-B', organization: 'B', public: false, dueDate: new Date('2021-02-12') }),
];

/** The fixed items through the source port, recording what it was asked. */
function source() {
  const queries: OpenItemsQuery[] = [];
  const visible = (item: OpenItem, reach: OpenItemsQuery['confidential']) =>
    item.public || reach.all || reach.committeeIds.includes(item.organization);
  const due = (item: OpenItem) => item.dueDate?.getTime() ?? Number.POSITIVE_INFINITY;
  return {
    queries,
    async leadingOpenItems(query: OpenItemsQuery, limit: number) {
      queries.push(query);
      const matching = items
        .filter((i) => visible(i, query.confidential))
        .filter((i) => !query.organizations || query.organizations.includes(i.organization))
        .filter((i) => !query.kind || i.kind === query.kind)
        .filter((i) => !query.dueBefore || due(i) < query.dueBefore.getTime())
        .sort((a, b) => due(a) - due(b));
      const last = matching[limit - 1];
      return matching.filter((i, index) => index < limit || (last && due(i) === due(last)));
    },
    async tallyOpenItems(): Promise<OpenItemTally[]> {
      const tallies = new Map<string, OpenItemTally>();
      for (const i of items) {
        const key = `${i.organization}/${i.kind}/${i.public}`;
        const tally = tallies.get(key) ?? {
          organization: i.organization,
          kind: i.kind,
          public: i.public,
          open: 0,
          overdue: 0,
        };
        tally.open += 1;
        if (due(i) < now.getTime()) tally.overdue += 1;
        tallies.set(key, tally);
      }
      return [...tallies.values()];
    },
  };
}

const all = { page: 1, pageSize: 50 };

describe('who may see open items', () => {
  it('gives heads and admins everything, offices their committees, departments their assignments', () => {
    expect(openItemsScope(user({ roles: ['head'] }))).toEqual({ all: true, committeeIds: [] });
    expect(openItemsScope(user({ roles: ['office'], officeCommitteeIds: ['A'] }))).toEqual({
      all: false,
      committeeIds: ['A'],
      department: undefined,
    });
    expect(openItemsScope(user({ roles: ['department'], department: 'Amt 12' }))).toEqual({
      all: false,
      committeeIds: [],
      department: 'Amt 12',
    });
  });

  it('refuses members and the public', () => {
    expect(openItemsScope(user({ roles: ['member'], memberCommitteeIds: ['A'] }))).toBeNull();
    expect(openItemsScope(PUBLIC)).toBeNull();
  });
});

describe('the open-items report', () => {
  const head = user({ roles: ['head'] });

  it('puts overdue items first, then orders by due date, undated last', async () => {
    const report = await listOpenItems(source(), head, { all: true, committeeIds: [] }, {}, now, all);
    expect(report.items.map((i) => i.id)).toEqual([
      'overdue-old',
      'overdue-recent',
      'soon',
      'secret-B',
      'later',
      'no-date',
    ]);
    expect(report.items.filter((i) => i.overdue).map((i) => i.id)).toEqual(['overdue-old', 'overdue-recent']);
  });

  it('drops non-public items of committees the actor has no rights in', async () => {
    const office = user({ roles: ['office', 'department'], officeCommitteeIds: ['A'], department: 'Amt 12' });
    const report = await listOpenItems(
      source(),
      office,
      { all: false, committeeIds: ['A'], department: 'Amt 12' },
      {},
      now,
      all,
    );
    expect(report.items.map((i) => i.id)).not.toContain('secret-B');
    expect(report.total).toBe(5);
    expect(report.counts).toEqual([
      { organization: 'A', inquiries: 3, followUps: 1, overdue: 1 },
      { organization: 'B', inquiries: 1, followUps: 0, overdue: 1 },
    ]);
  });

  it('counts per committee over everything visible, also when filtered', async () => {
    const report = await listOpenItems(
      source(),
      head,
      { all: true, committeeIds: [] },
      { organizations: ['B'] },
      now,
      all,
    );
    expect(report.items.map((i) => i.id)).toEqual(['overdue-old', 'secret-B']);
    expect(report.total).toBe(2);
    expect(report.counts).toEqual([
      { organization: 'A', inquiries: 3, followUps: 1, overdue: 1 },
      { organization: 'B', inquiries: 2, followUps: 0, overdue: 1 },
    ]);
  });

  it('hands out one page in order, with the total of the filtered items', async () => {
    const scope = { all: true, committeeIds: [] };
    const page = (n: number) => listOpenItems(source(), head, scope, {}, now, { page: n, pageSize: 4 });
    expect((await page(1)).items.map((i) => i.id)).toEqual([
      'overdue-old',
      'overdue-recent',
      'soon',
      'secret-B',
    ]);
    expect((await page(2)).items.map((i) => i.id)).toEqual(['later', 'no-date']);
    expect((await page(3)).items).toEqual([]);
    expect((await page(2)).total).toBe(6);
  });

  it('filters by kind and overdue in the query, and counts the filtered total', async () => {
    const scope = { all: true, committeeIds: [] };
    const inquiriesDue = await listOpenItems(
      source(),
      head,
      scope,
      { kind: 'inquiry', overdueOnly: true },
      now,
      all,
    );
    expect(inquiriesDue.items.map((i) => i.id)).toEqual(['overdue-old']);
    expect(inquiriesDue.total).toBe(1);
    const followUps = await listOpenItems(source(), head, scope, { kind: 'followUp' }, now, all);
    expect(followUps.items.map((i) => i.id)).toEqual(['overdue-recent']);
    expect(followUps.total).toBe(1);
  });

  it('asks the source only for what the reader may see', async () => {
    const office = user({ roles: ['office'], officeCommitteeIds: ['A'], memberCommitteeIds: ['C'] });
    const fake = source();
    await listOpenItems(fake, office, { all: false, committeeIds: ['A'] }, {}, now, all);
    expect(fake.queries[0]?.confidential).toEqual({ all: false, committeeIds: ['A', 'C'] });
  });
});
