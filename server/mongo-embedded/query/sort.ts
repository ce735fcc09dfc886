import type { Document } from 'bson';
import { collectPathValues, isPlainObject, numericValue } from '../bson-values';
import { compareValues } from '../bson-order';
import { badValue } from '../errors';

export interface SortField {
  path: string;
  dir: 1 | -1;
}

/** The fields of a sort specification, checked; undefined for an empty one. */
export function sortFields(spec: Document | undefined): SortField[] | undefined {
  if (!spec || !isPlainObject(spec) || Object.keys(spec).length === 0) return undefined;
  return Object.entries(spec).map(([path, direction]) => {
    if (isPlainObject(direction))
      throw badValue(`$meta sort by ${JSON.stringify(direction)} is not supported`);
    const dir = numericValue(direction);
    if (dir !== 1 && dir !== -1)
      throw badValue(`$sort key ordering must be 1 (for ascending) or -1 (for descending)`);
    return { path, dir };
  });
}

/**
 * The value a document sorts by, in MongoDB's type order. For an array field an ascending sort
 * uses its smallest element, a descending sort its largest; missing sorts as null.
 */
function sortKey(doc: Document, path: string, dir: number): unknown {
  const values = collectPathValues(doc, path).flatMap((v) =>
    Array.isArray(v) ? (v.length ? v : [undefined]) : [v],
  );
  let best: unknown = values[0];
  for (const v of values.slice(1)) {
    const c = compareValues(v, best);
    if ((dir > 0 && c < 0) || (dir < 0 && c > 0)) best = v;
  }
  return best ?? null;
}

interface Keyed {
  doc: Document;
  keys: unknown[];
}

/**
 * Sorts stably (ties keep their order). With `keep`, only the first `keep` documents of the
 * sorted order are returned, found without sorting the rest. Each document's sort key is computed
 * once, not at every comparison.
 */
export function sortDocuments(docs: Document[], spec: Document | undefined, keep?: number): Document[] {
  if (spec && Object.keys(spec).length === 1 && '$natural' in spec)
    return spec.$natural === -1 ? docs.reverse() : docs;
  const fields = sortFields(spec);
  if (!fields) return docs;
  const keyed = docs.map((doc) => ({ doc, keys: fields.map(({ path, dir }) => sortKey(doc, path, dir)) }));
  const compare = (a: Keyed, b: Keyed): number => {
    for (let i = 0; i < fields.length; i++) {
      const c = compareValues(a.keys[i], b.keys[i]);
      if (c !== 0) return c * fields[i]!.dir;
    }
    return 0;
  };
  const sorted =
    keep !== undefined && keep < keyed.length ? firstInOrder(keyed, compare, keep) : keyed.sort(compare);
  return sorted.map((entry) => entry.doc);
}

/** The `keep` smallest entries in order, stable, in one pass. */
function firstInOrder(entries: Keyed[], compare: (a: Keyed, b: Keyed) => number, keep: number): Keyed[] {
  const best: Keyed[] = [];
  if (keep <= 0) return best;
  for (const entry of entries) {
    if (best.length === keep && compare(entry, best[keep - 1]!) >= 0) continue;
    // After every equal entry, so that ties keep their order.
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(best[mid]!, entry) <= 0) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, entry);
    if (best.length > keep) best.pop();
  }
  return best;
}
