import type { OpenItemsFilter } from '../api/open-items';

export type { OpenItemsFilter } from '../api/open-items';

export const NO_FILTER: OpenItemsFilter = { committee: '', kind: '', overdueOnly: false };

/** Rows per page of the open-items table. */
export const OPEN_ITEMS_PAGE_SIZE = 50;

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
