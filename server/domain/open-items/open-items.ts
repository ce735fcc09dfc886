import { hasRole, mayReadConfidential, type Actor } from '../access/principal';
import type { ConfidentialReach, OpenItem, OpenItemsScope, OpenItemsSource, OpenItemTally } from './ports';

export interface ListedOpenItem extends OpenItem {
  overdue: boolean;
}

export interface CommitteeCount {
  organization: string;
  inquiries: number;
  followUps: number;
  overdue: number;
}

export interface OpenItemsFilter {
  organizations?: readonly string[];
  kind?: OpenItem['kind'];
  overdueOnly?: boolean;
}

export interface OpenItemsPageRequest {
  page: number;
  pageSize: number;
}

export interface OpenItemsReport {
  /** The requested page of the filtered items, overdue first, then by due date. */
  items: ListedOpenItem[];
  /** Number of filtered items over all pages. */
  total: number;
  /** Per committee, over everything the actor may see (before any filter). */
  counts: CommitteeCount[];
}

/** Heads and admins see all; an office its committees; a department what is assigned to it. */
export function openItemsScope(actor: Actor): OpenItemsScope | null {
  if (actor.kind !== 'user') return null;
  if (hasRole(actor, 'head') || hasRole(actor, 'admin')) return { all: true, committeeIds: [] };
  const committeeIds = hasRole(actor, 'office') ? actor.officeCommitteeIds : [];
  const department = hasRole(actor, 'department') ? actor.department : undefined;
  if (!hasRole(actor, 'office') && !hasRole(actor, 'department')) return null;
  return { all: false, committeeIds, department };
}

/** The committees `mayReadConfidential` admits, as a query can use them. */
export function confidentialReach(actor: Actor): ConfidentialReach {
  if (actor.kind !== 'user') return { all: false, committeeIds: [] };
  if (hasRole(actor, 'head') || hasRole(actor, 'admin')) return { all: true, committeeIds: [] };
  const office = hasRole(actor, 'office') ? actor.officeCommitteeIds : [];
  return { all: false, committeeIds: [...new Set([...office, ...actor.memberCommitteeIds])] };
}

/**
 * One page of the open items the actor may see, overdue first, then by due date; with the
 * number of filtered items and the counts per committee over everything visible.
 */
export async function listOpenItems(
  source: OpenItemsSource,
  actor: Actor,
  scope: OpenItemsScope,
  filter: OpenItemsFilter,
  now: Date,
  pageRequest: OpenItemsPageRequest,
): Promise<OpenItemsReport> {
  const query = {
    scope,
    confidential: confidentialReach(actor),
    organizations: filter.organizations?.length ? filter.organizations : undefined,
    kind: filter.kind,
    dueBefore: filter.overdueOnly ? now : undefined,
  };
  const end = pageRequest.page * pageRequest.pageSize;
  const [leading, tallies] = await Promise.all([
    source.leadingOpenItems(query, end),
    source.tallyOpenItems(scope, now),
  ]);
  const visibleTallies = tallies.filter(
    (tally) => tally.public || mayReadConfidential(actor, tally.organization),
  );
  const listed = leading
    .filter((item) => item.public || mayReadConfidential(actor, item.organization))
    .map((item) => ({ ...item, overdue: isOverdue(item, now) }));
  return {
    items: sortOpenItems(listed).slice(end - pageRequest.pageSize, end),
    total: countMatching(visibleTallies, filter),
    counts: countByCommittee(visibleTallies),
  };
}

export function isOverdue(item: Pick<OpenItem, 'dueDate'>, now: Date): boolean {
  return item.dueDate !== undefined && item.dueDate.getTime() < now.getTime();
}

/** Overdue first, then by due date; items without a due date last. */
export function sortOpenItems<T extends OpenItem & { overdue: boolean }>(items: readonly T[]): T[] {
  const due = (item: T) => item.dueDate?.getTime() ?? Number.POSITIVE_INFINITY;
  return [...items].sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) || due(a) - due(b) || a.title.localeCompare(b.title, 'de'),
  );
}

function countMatching(tallies: readonly OpenItemTally[], filter: OpenItemsFilter): number {
  let total = 0;
  for (const tally of tallies) {
    if (filter.organizations?.length && !filter.organizations.includes(tally.organization)) continue;
    if (filter.kind && tally.kind !== filter.kind) continue;
    total += filter.overdueOnly ? tally.overdue : tally.open;
  }
  return total;
}

/** Per committee, in the order of committee ids. */
export function countByCommittee(tallies: readonly OpenItemTally[]): CommitteeCount[] {
  const counts = new Map<string, CommitteeCount>();
  for (const tally of tallies) {
    const count = counts.get(tally.organization) ?? {
      organization: tally.organization,
      inquiries: 0,
      followUps: 0,
      overdue: 0,
    };
    if (tally.kind === 'inquiry') count.inquiries += tally.open;
    else count.followUps += tally.open;
    count.overdue += tally.overdue;
    counts.set(tally.organization, count);
  }
  return [...counts.values()].sort((a, b) => (a.organization < b.organization ? -1 : 1));
}
