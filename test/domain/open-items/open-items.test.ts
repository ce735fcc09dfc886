import { describe, expect, it } from 'vitest';
import type { Principal } from '../../../server/domain/access/principal';
import { PUBLIC } from '../../../server/domain/access/principal';
import { listOpenItems, openItemsScope } from '../../../server/domain/open-items/open-items';
import type { OpenItem, OpenItemsScope } from '../../../server/domain/open-items/ports';

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

/** Hands out the fixed items, recording the scope it was asked for. */
function source() {
  const seen: OpenItemsScope[] = [];
  return {
    seen,
    openInquiries: async (scope: OpenItemsScope) => (
      seen.push(scope),
      items.filter((i) => i.kind === 'inquiry')
    ),
    openFollowUps: async () => items.filter((i) => i.kind === 'followUp'),
  };
}

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
    const report = await listOpenItems(source(), head, { all: true, committeeIds: [] }, {}, now);
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
    );
    expect(report.items.map((i) => i.id)).not.toContain('secret-B');
  });

  it('counts per committee over everything visible, also when filtered', async () => {
    const report = await listOpenItems(
      source(),
      head,
      { all: true, committeeIds: [] },
      { organizations: ['B'] },
      now,
    );
    expect(report.items.map((i) => i.id)).toEqual(['overdue-old', 'secret-B']);
    expect(report.counts).toEqual([
      { organization: 'A', inquiries: 3, followUps: 1, overdue: 1 },
      { organization: 'B', inquiries: 2, followUps: 0, overdue: 1 },
    ]);
  });
});
