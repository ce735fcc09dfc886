import { get } from './client';
import type { OpenItem, OpenItemsReport } from './types';

export interface OpenItemsFilter {
  committee: string;
  kind: '' | OpenItem['kind'];
  overdueOnly: boolean;
}

/** The largest page the server hands out. */
const MAX_PAGE_SIZE = 200;

/** Query string of one page of open items; the server filters, sorts (overdue first) and pages. */
export function openItemsQuery(filter: OpenItemsFilter, page: number, pageSize: number): string {
  const query = new URLSearchParams({ page: String(page), pageSize: String(pageSize) });
  if (filter.committee) query.set('organization', filter.committee);
  if (filter.kind) query.set('kind', filter.kind);
  if (filter.overdueOnly) query.set('overdue', 'true');
  return query.toString();
}

export const fetchOpenItems = (filter: OpenItemsFilter, page: number, pageSize: number) =>
  get<OpenItemsReport>(`/api/v1/open-items?${openItemsQuery(filter, page, pageSize)}`);

/** Every open item matching the filter, in the server's order, page by page (for the CSV export). */
export async function fetchAllOpenItems(filter: OpenItemsFilter): Promise<OpenItem[]> {
  const items: OpenItem[] = [];
  for (let page = 1; ; page++) {
    const report = await fetchOpenItems(filter, page, MAX_PAGE_SIZE);
    items.push(...report.items);
    if (report.items.length === 0 || items.length >= report.total) return items;
  }
}
