import type { Document } from 'bson';
import { collectPathValues, isPlainObject, numericValue } from '../bson-values';
import { compareValues } from '../bson-order';
import { badValue } from '../errors';

export type DocComparator = (a: Document, b: Document) => number;

/**
 * Comparator for a sort specification in MongoDB's type order. For an array field an ascending
 * sort uses its smallest element, a descending sort its largest; missing sorts as null.
 */
export function compileSort(spec: Document | undefined): DocComparator | undefined {
  if (!spec || !isPlainObject(spec) || Object.keys(spec).length === 0) return undefined;
  const fields = Object.entries(spec).map(([path, direction]) => {
    if (isPlainObject(direction))
      throw badValue(`$meta sort by ${JSON.stringify(direction)} is not supported`);
    const dir = numericValue(direction);
    if (dir !== 1 && dir !== -1)
      throw badValue(`$sort key ordering must be 1 (for ascending) or -1 (for descending)`);
    return { path, dir };
  });
  return (a, b) => {
    for (const { path, dir } of fields) {
      const c = compareValues(sortKey(a, path, dir), sortKey(b, path, dir));
      if (c !== 0) return c * dir;
    }
    return 0;
  };
}

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

/** Stable sort (Array.prototype.sort is stable), so ties keep natural order. */
export function sortDocuments(docs: Document[], spec: Document | undefined): Document[] {
  if (spec && Object.keys(spec).length === 1 && '$natural' in spec)
    return spec.$natural === -1 ? docs.reverse() : docs;
  const comparator = compileSort(spec);
  return comparator ? docs.sort(comparator) : docs;
}
