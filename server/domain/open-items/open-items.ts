import { hasRole, mayReadConfidential, type Actor } from '../access/principal';
import type { OpenItem, OpenItemsScope, OpenItemsSource } from './ports';

export interface ListedOpenItem extends OpenItem {
  overdue: boolean;
}

export interface CommitteeCount {
  organization: string;
  inquiries: number;
  followUps: number;
  overdue: number;
}

export interface OpenItemsReport {
  items: ListedOpenItem[];
  /** Per committee, over everything the actor may see (before the committee filter). */
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

export async function listOpenItems(
  source: OpenItemsSource,
  actor: Actor,
  scope: OpenItemsScope,
  filter: { organizations?: readonly string[] },
  now: Date,
): Promise<OpenItemsReport> {
  const [inquiries, followUps] = await Promise.all([
    source.openInquiries(scope),
    source.openFollowUps(scope),
  ]);
  const visible = [...inquiries, ...followUps]
    .filter((item) => item.public || mayReadConfidential(actor, item.organization))
    .map((item) => ({ ...item, overdue: isOverdue(item, now) }));
  const filtered = filter.organizations?.length
    ? visible.filter((item) => filter.organizations?.includes(item.organization))
    : visible;
  return { items: sortOpenItems(filtered), counts: countByCommittee(visible) };
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

export function countByCommittee(items: readonly ListedOpenItem[]): CommitteeCount[] {
  const counts = new Map<string, CommitteeCount>();
  for (const item of items) {
    const count = counts.get(item.organization) ?? {
      organization: item.organization,
      inquiries: 0,
      followUps: 0,
      overdue: 0,
    };
    if (item.kind === 'inquiry') count.inquiries += 1;
    else count.followUps += 1;
    if (item.overdue) count.overdue += 1;
    counts.set(item.organization, count);
  }
  return [...counts.values()];
}
