import { get, itemsOf } from './client';
import type { Committee } from './types';

export async function fetchCommittees(): Promise<Committee[]> {
  return itemsOf(await get<Committee[] | { items: Committee[] }>('/api/v1/committees?kind=committee'));
}
