import type { OpenItem } from '../api/types';

export interface OpenItemsFilter {
  committee: string;
  kind: '' | OpenItem['kind'];
  overdueOnly: boolean;
}

export const NO_FILTER: OpenItemsFilter = { committee: '', kind: '', overdueOnly: false };

export function filterOpenItems(items: readonly OpenItem[], filter: OpenItemsFilter): OpenItem[] {
  return items.filter(
    (item) =>
      (!filter.committee || item.organization.id === filter.committee) &&
      (!filter.kind || item.kind === filter.kind) &&
      (!filter.overdueOnly || item.overdue),
  );
}

/** Overdue first, then by due date; items without a due date last (as the server sorts). */
export function sortOpenItems(items: readonly OpenItem[]): OpenItem[] {
  const due = (item: OpenItem) => (item.dueDate ? Date.parse(item.dueDate) : Number.POSITIVE_INFINITY);
  return [...items].sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) || due(a) - due(b) || a.title.localeCompare(b.title, 'de'),
  );
}
