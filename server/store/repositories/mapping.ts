import { Types } from 'mongoose';

/** Ids as strings at the port boundary; ObjectIds only inside the store. */
export function idString(value: unknown): string {
  if (value instanceof Types.ObjectId) return value.toHexString();
  if (typeof value === 'object' && value !== null && '_id' in value) return idString(value._id);
  return String(value);
}

export function optionalId(value: unknown): string | undefined {
  return value === null || value === undefined ? undefined : idString(value);
}

export function optionalIds(values: readonly unknown[] | null | undefined): string[] | undefined {
  return values ? values.map(idString) : undefined;
}

/** Lean documents hold null for cleared fields; the ports speak undefined. */
export function optional<T>(value: T | null | undefined): T | undefined {
  return value === null ? undefined : value;
}

export function objectId(id: string): Types.ObjectId {
  return new Types.ObjectId(id);
}

export function objectIds(ids: readonly string[]): Types.ObjectId[] {
  return ids.map(objectId);
}

/**
 * Turns a change set (undefined: untouched, null: clear) into `$set`/`$unset`. Nested plain objects
 * (rule overrides) become dotted paths, so unset fields keep inheriting.
 */
export function toUpdate(
  changes: Record<string, unknown>,
  nestedKeys: readonly string[] = [],
): Record<string, unknown> {
  const $set: Record<string, unknown> = {};
  const $unset: Record<string, ''> = {};
  const put = (path: string, value: unknown) => {
    if (value === undefined) return;
    if (value === null) $unset[path] = '';
    else $set[path] = value;
  };
  for (const [key, value] of Object.entries(changes)) {
    if (nestedKeys.includes(key) && value !== null && typeof value === 'object') {
      for (const [inner, innerValue] of Object.entries(value)) put(`${key}.${inner}`, innerValue);
    } else {
      put(key, value);
    }
  }
  return {
    ...(Object.keys($set).length ? { $set } : {}),
    ...(Object.keys($unset).length ? { $unset } : {}),
  };
}

/** Literal text inside a regular expression (user input for name and reference searches). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One page and the total. A page that is not full and not past the end already tells the total,
 * so the count runs only for full (or empty later) pages.
 */
export async function paginate<T>(
  page: number,
  pageSize: number,
  count: () => Promise<number>,
  fetch: (skip: number, limit: number) => Promise<T[]>,
): Promise<{ items: T[]; page: number; pageSize: number; total: number }> {
  const skip = (page - 1) * pageSize;
  const items = await fetch(skip, pageSize);
  const pageTellsTotal = items.length < pageSize && (items.length > 0 || skip === 0);
  const total = pageTellsTotal ? skip + items.length : await count();
  return { items, page, pageSize, total };
}
