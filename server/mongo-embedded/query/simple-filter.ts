import type { Document } from 'bson';
import { bsonTag, collectPathValues } from '../bson-values';
import { compareValues } from '../bson-order';

const SIMPLE_TAGS = new Set(['ObjectId', 'Long', 'Decimal128', 'Double']);

function isSimpleValue(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return !Number.isNaN(value);
    case 'object':
      return value instanceof Date || SIMPLE_TAGS.has(bsonTag(value) ?? '');
    default:
      return false;
  }
}

/**
 * A predicate for the most common filter shape — fields compared for equality with plain
 * scalars — evaluated directly instead of through mingo. Undefined for anything else.
 */
export function compileSimpleFilter(filter: Document): ((doc: Document) => boolean) | undefined {
  const conditions: Array<[string, unknown]> = [];
  for (const [path, condition] of Object.entries(filter)) {
    if (path.startsWith('$')) return undefined;
    const value =
      condition !== null &&
      typeof condition === 'object' &&
      Object.keys(condition).length === 1 &&
      '$eq' in condition
        ? (condition as Document).$eq
        : condition;
    if (!isSimpleValue(value)) return undefined;
    conditions.push([path, value]);
  }
  return (doc) =>
    conditions.every(([path, value]) =>
      collectPathValues(doc, path).some((found) =>
        Array.isArray(found)
          ? found.some((element) => compareValues(element, value) === 0)
          : compareValues(found, value) === 0,
      ),
    );
}
