import {
  OPEN_INQUIRY_STATES,
  type OpenItem,
  type OpenItemsQuery,
  type OpenItemsScope,
  type OpenItemsSource,
  type OpenItemTally,
} from '../../domain/open-items/ports';
import { FollowUpModel } from '../models/follow-up';
import { InquiryModel } from '../models/inquiry';
import { idString, objectIds, optional, optionalId } from './mapping';
import { openItemsInOrder, type OpenItemsCollection } from './open-items-order';

type Filter = Record<string, unknown>;

/** Committees in scope, or the department's assignments (`departmentField` names where it is kept). */
function scopeFilter(scope: OpenItemsScope, departmentField: string): Filter | null {
  if (scope.all) return {};
  const alternatives: Filter[] = [];
  if (scope.committeeIds.length) alternatives.push({ organization: { $in: objectIds(scope.committeeIds) } });
  if (scope.department) alternatives.push({ [departmentField]: scope.department });
  return alternatives.length ? { $or: alternatives } : null;
}

/** Everything open in scope, or null when the scope holds nothing. */
function openInScope(kind: OpenItem['kind'], scope: OpenItemsScope): Filter | null {
  const inScope = scopeFilter(scope, kind === 'inquiry' ? 'department' : 'ownerDepartment');
  if (!inScope) return null;
  // `$in` over the open states lets the state index answer; `$nin` would read every Anfrage.
  // `null` keeps Anfragen without a state, which count as "eingereicht".
  return kind === 'inquiry'
    ? { ...inScope, state: { $in: [...OPEN_INQUIRY_STATES, null] } }
    : { ...inScope, status: 'offen' };
}

/** `openInScope`, narrowed to what the reader may see and the list's filter. */
function listFilter(kind: OpenItem['kind'], query: OpenItemsQuery): Filter | null {
  const open = openInScope(kind, query.scope);
  if (!open) return null;
  const and: Filter[] = [];
  if (!query.confidential.all) {
    and.push({
      $or: [
        { public: { $ne: false } },
        { organization: { $in: objectIds(query.confidential.committeeIds) } },
      ],
    });
  }
  if (query.organizations) and.push({ organization: { $in: objectIds(query.organizations) } });
  return and.length ? { ...open, $and: [...((open.$and as Filter[] | undefined) ?? []), ...and] } : open;
}

const inquiries: OpenItemsCollection = {
  model: InquiryModel,
  fields: {
    organization: 1,
    subject: 1,
    state: 1,
    number: 1,
    public: 1,
    department: 1,
    dueDate: 1,
    meeting: 1,
  },
  toOpenItem: (doc): OpenItem => ({
    kind: 'inquiry',
    id: idString(doc._id),
    organization: idString(doc.organization),
    title: String(doc.subject),
    state: (doc.state as string | null | undefined) ?? 'eingereicht',
    number: optional(doc.number as string | null | undefined),
    public: (doc.public as boolean | null | undefined) ?? true,
    department: optional(doc.department as string | null | undefined),
    dueDate: optional(doc.dueDate as Date | null | undefined),
    meeting: optionalId(doc.meeting),
  }),
};

const followUps: OpenItemsCollection = {
  model: FollowUpModel,
  fields: { organization: 1, title: 1, kind: 1, public: 1, ownerDepartment: 1, dueDate: 1, meeting: 1 },
  toOpenItem: (doc): OpenItem => ({
    kind: 'followUp',
    id: idString(doc._id),
    organization: idString(doc.organization),
    title: String(doc.title),
    state: String(doc.kind),
    public: (doc.public as boolean | null | undefined) ?? true,
    department: optional(doc.ownerDepartment as string | null | undefined),
    dueDate: optional(doc.dueDate as Date | null | undefined),
    meeting: optionalId(doc.meeting),
  }),
};

const COLLECTIONS = { inquiry: inquiries, followUp: followUps } as const;
const KINDS = ['inquiry', 'followUp'] as const;

interface CountRow {
  _id: { organization: unknown; public: boolean | null };
  n: number;
}

/** Counts per committee and publicity (a missing `public` means public). */
async function countByCommitteeAndPublicity(
  kind: OpenItem['kind'],
  match: Filter,
): Promise<Map<string, CountRow>> {
  const rows = await COLLECTIONS[kind].model.aggregate<CountRow>([
    { $match: match },
    { $group: { _id: { organization: '$organization', public: '$public' }, n: { $sum: 1 } } },
  ]);
  const counts = new Map<string, CountRow>();
  for (const row of rows) {
    const isPublic = row._id.public ?? true;
    const key = `${idString(row._id.organization)}/${isPublic}`;
    const count = counts.get(key);
    if (count) count.n += row.n;
    else counts.set(key, { _id: { organization: row._id.organization, public: isPublic }, n: row.n });
  }
  return counts;
}

async function tally(kind: OpenItem['kind'], scope: OpenItemsScope, now: Date): Promise<OpenItemTally[]> {
  const open = openInScope(kind, scope);
  if (!open) return [];
  // Two counting groups rather than one with $cond: the engine counts those without mingo.
  const [all, overdue] = await Promise.all([
    countByCommitteeAndPublicity(kind, open),
    countByCommitteeAndPublicity(kind, { ...open, dueDate: { $lt: now } }),
  ]);
  return [...all].map(([key, row]) => ({
    organization: idString(row._id.organization),
    kind,
    public: row._id.public ?? true,
    open: row.n,
    overdue: overdue.get(key)?.n ?? 0,
  }));
}

export const mongoOpenItemsSource: OpenItemsSource = {
  async leadingOpenItems(query, limit) {
    const lists = await Promise.all(
      KINDS.filter((kind) => !query.kind || query.kind === kind).map((kind) => {
        const filter = listFilter(kind, query);
        return filter ? openItemsInOrder(COLLECTIONS[kind], filter, limit, query.dueBefore) : [];
      }),
    );
    return lists.flat();
  },

  async tallyOpenItems(scope, now) {
    const tallies = await Promise.all(KINDS.map((kind) => tally(kind, scope, now)));
    return tallies.flat();
  },
};
