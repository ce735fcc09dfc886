import { get, itemsOf } from './client';
import type { LocationInfo } from './types';

export async function fetchLocations(): Promise<(LocationInfo & { id: string })[]> {
  return itemsOf(
    await get<(LocationInfo & { id: string })[] | { items: (LocationInfo & { id: string })[] }>(
      '/api/v1/locations',
    ),
  );
}
