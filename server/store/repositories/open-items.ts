import {
  OPEN_INQUIRY_STATES,
  type OpenItem,
  type OpenItemsQuery,
  type OpenItemsScope,
  type OpenItemsSource,
  type OpenItemTally,
} from '../../domain/open-items/ports';
import { deepFreeze, StampedSnapshot } from '../change-stamps/stamped-snapshot';
import { FollowUpModel } from '../models/follow-up';
import { InquiryModel } from '../models/inquiry';
import { idString, optional, optionalId } from './mapping';

type Lean = Record<string, unknown> & { _id: unknown };

/** An open item with what the queries below match on, as stored. */
interface Entry {
  item: OpenItem;
  id: string;
  /** `public: false` is stored; a missing value counts as public. */
  hidden: boolean;
  /** The department it is assigned to (Anfrage) or owned by (follow-up). */
  department: string | null;
  dueMs: number | null;
}

const toInquiry = (doc: Lean): OpenItem => ({
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
});

const toFollowUp = (doc: Lean): OpenItem => ({
  kind: 'followUp',
  id: idString(doc._id),
  organization: idString(doc.organization),
  title: String(doc.title),
  state: String(doc.kind),
  public: (doc.public as boolean | null | undefined) ?? true,
  department: optional(doc.ownerDepartment as string | null | undefined),
  dueDate: optional(doc.dueDate as Date | null | undefined),
  meeting: optionalId(doc.meeting),
});

function toEntry(item: OpenItem, doc: Lean): Entry {
  return {
    item: deepFreeze(item),
    id: item.id,
    hidden: doc.public === false,
    department: item.department ?? null,
    dueMs: item.dueDate?.getTime() ?? null,
  };
}

/** By due date, undated last, then by id: the order in which `leadingOpenItems` takes them. */
function byDueThenId(a: Entry, b: Entry): number {
  const due = (a.dueMs ?? Number.POSITIVE_INFINITY) - (b.dueMs ?? Number.POSITIVE_INFINITY);
  if (due !== 0 && !Number.isNaN(due)) return due;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Open items of one committee, kind, publicity and department: what a tally counts at once. */
interface Group {
  organization: string;
  kind: OpenItem['kind'];
  hidden: boolean;
  department: string | null;
  /** Ascending; undated items are not in it. */
  dueMs: number[];
  size: number;
}

interface OpenItems {
  /** In the order of `byDueThenId`. */
  entries: Entry[];
  groups: Group[];
}

function groupsOf(entries: readonly Entry[]): Group[] {
  const groups = new Map<string, Group>();
  for (const entry of entries) {
    const { organization, kind } = entry.item;
    const key = JSON.stringify([organization, kind, entry.hidden, entry.department]);
    let group = groups.get(key);
    if (!group) {
      group = { organization, kind, hidden: entry.hidden, department: entry.department, dueMs: [], size: 0 };
      groups.set(key, group);
    }
    group.size += 1;
    if (entry.dueMs !== null) group.dueMs.push(entry.dueMs); // entries come in due order
  }
  return [...groups.values()];
}

/** How many of the ascending `values` are below `limit`. */
function countBelow(values: readonly number[], limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (values[mid]! < limit) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Every open Anfrage and follow-up, kept while the `open-items` stamp is unchanged: the counts per
 * committee need all of them on every request, which the database would otherwise count anew.
 * Open items are the small, current part of the collections (hundreds, not tens of thousands).
 */
const openItems = new StampedSnapshot('open-items', async (): Promise<OpenItems> => {
  // `$in` with null: Anfragen without a state count as "eingereicht".
  const [inquiries, followUps] = await Promise.all([
    InquiryModel.find(
      { state: { $in: [...OPEN_INQUIRY_STATES, null] } },
      { organization: 1, subject: 1, state: 1, number: 1, public: 1, department: 1, dueDate: 1, meeting: 1 },
    ).lean<Lean[]>(),
    FollowUpModel.find(
      { status: 'offen' },
      { organization: 1, title: 1, kind: 1, public: 1, ownerDepartment: 1, dueDate: 1, meeting: 1 },
    ).lean<Lean[]>(),
  ]);
  const entries = [
    ...inquiries.map((doc) => toEntry(toInquiry(doc), doc)),
    ...followUps.map((doc) => toEntry(toFollowUp(doc), doc)),
  ].sort(byDueThenId);
  return { entries, groups: groupsOf(entries) };
});

/** Committees in scope, or the department's assignments. */
function inScope(
  scope: OpenItemsScope,
): (place: { organization: string; department: string | null }) => boolean {
  if (scope.all) return () => true;
  const committees = new Set(scope.committeeIds);
  return ({ organization, department }) =>
    committees.has(organization) || (scope.department !== undefined && department === scope.department);
}

/** `inScope`, narrowed to what the reader may see and the list's filter. */
function matching(query: OpenItemsQuery): (entry: Entry) => boolean {
  const scoped = inScope(query.scope);
  const reach = query.confidential.all ? undefined : new Set(query.confidential.committeeIds);
  const organizations = query.organizations ? new Set(query.organizations) : undefined;
  const dueBeforeMs = query.dueBefore?.getTime();
  return (entry) =>
    scoped({ organization: entry.item.organization, department: entry.department }) &&
    (!reach || !entry.hidden || reach.has(entry.item.organization)) &&
    (!organizations || organizations.has(entry.item.organization)) &&
    (!query.kind || entry.item.kind === query.kind) &&
    (dueBeforeMs === undefined || (entry.dueMs !== null && entry.dueMs < dueBeforeMs));
}

export const mongoOpenItemsSource: OpenItemsSource = {
  async leadingOpenItems(query, limit) {
    const matches = matching(query);
    const taken: Entry[] = [];
    for (const entry of (await openItems.get()).entries) {
      if (!matches(entry)) continue;
      // Past the limit, only the ties of the last one taken (their order by title comes later).
      if (taken.length >= limit && entry.dueMs !== taken.at(-1)!.dueMs) break;
      taken.push(entry);
    }
    return taken.map((entry) => entry.item);
  },

  async tallyOpenItems(scope, now) {
    const scoped = inScope(scope);
    const nowMs = now.getTime();
    const tallies = new Map<string, OpenItemTally>();
    for (const group of (await openItems.get()).groups) {
      if (!scoped(group)) continue;
      const key = `${group.organization}/${group.kind}/${group.hidden}`;
      let tally = tallies.get(key);
      if (!tally) {
        tally = {
          organization: group.organization,
          kind: group.kind,
          public: !group.hidden,
          open: 0,
          overdue: 0,
        };
        tallies.set(key, tally);
      }
      tally.open += group.size;
      tally.overdue += countBelow(group.dueMs, nowMs);
    }
    return [...tallies.values()];
  },
};
