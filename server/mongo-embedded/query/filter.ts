import { Query } from 'mingo';
import type { Document } from 'bson';
import { cloneDeep, isPlainObject, toView } from '../bson-values';
import { badValue, Codes, MongoError } from '../errors';
import { FilterCache } from './filter-cache';
import { queryOptions } from './mingo-options';
import { compileSimpleFilter } from './simple-filter';

const FIELD_OPERATORS = new Set([
  '$eq',
  '$ne',
  '$gt',
  '$gte',
  '$lt',
  '$lte',
  '$in',
  '$nin',
  '$exists',
  '$type',
  '$regex',
  '$options',
  '$not',
  '$elemMatch',
  '$size',
  '$all',
  '$mod',
  '$bitsAllSet',
  '$bitsAllClear',
  '$bitsAnySet',
  '$bitsAnyClear',
  '$comment',
]);
const TOP_LEVEL_OPERATORS = new Set([
  '$and',
  '$or',
  '$nor',
  '$expr',
  '$comment',
  '$alwaysTrue',
  '$alwaysFalse',
]);
const GEO_OPERATORS = new Set([
  '$near',
  '$nearSphere',
  '$geoWithin',
  '$geoIntersects',
  '$within',
  '$box',
  '$center',
  '$centerSphere',
  '$polygon',
  '$geometry',
  '$maxDistance',
  '$minDistance',
]);

export type Predicate = (doc: Document) => boolean;

/** Rejects operators MongoDB does not know (BadValue) and features this server does not offer. */
export function validateFilter(filter: unknown): void {
  if (!isPlainObject(filter)) throw badValue('filter must be an object');
  for (const key of Object.keys(filter)) {
    const value = filter[key];
    if (key.startsWith('$')) {
      if (key === '$text') throw new MongoError(Codes.IndexNotFound, 'text index required for $text query');
      if (key === '$where') throw badValue('$where is not allowed in this context');
      if (key === '$jsonSchema') throw badValue('$jsonSchema is not supported by this server');
      if (!TOP_LEVEL_OPERATORS.has(key)) throw badValue(`unknown top level operator: ${key}`);
      if (key === '$and' || key === '$or' || key === '$nor') {
        if (!Array.isArray(value) || value.length === 0) throw badValue(`${key} must be a nonempty array`);
        value.forEach(validateFilter);
      }
      continue;
    }
    validateFieldCondition(value);
  }
}

function validateFieldCondition(condition: unknown): void {
  if (!isPlainObject(condition)) return;
  const keys = Object.keys(condition);
  if (!keys[0]?.startsWith('$')) return;
  for (const op of keys) {
    if (GEO_OPERATORS.has(op)) {
      throw new MongoError(
        Codes.NoQueryExecutionPlans,
        `${op}: geospatial queries are not supported by this server`,
      );
    }
    if (!FIELD_OPERATORS.has(op)) throw badValue(`unknown operator: ${op}`);
    if ((op === '$in' || op === '$nin' || op === '$all') && !Array.isArray(condition[op])) {
      throw badValue(`${op} needs an array`);
    }
    if (op === '$not') validateFieldCondition(condition[op]);
    if (op === '$elemMatch' && isPlainObject(condition[op])) {
      const inner = condition[op];
      if (Object.keys(inner)[0]?.startsWith('$') && !TOP_LEVEL_OPERATORS.has(Object.keys(inner)[0]!)) {
        validateFieldCondition(inner);
      } else {
        validateFilter(inner);
      }
    }
  }
}

/** Filters mingo evaluates, compiled once per distinct filter (simple filters compile quickly). */
const compiledFilters = new FilterCache<Predicate>(500);

/** Compiles a filter (stored form) into a predicate over stored documents. */
export function compileFilter(filter: Document | undefined, variables?: Document): Predicate {
  if (!filter || Object.keys(filter).length === 0) return () => true;
  validateFilter(filter);
  // Simple filters cannot refer to variables ($expr is not simple).
  const simple = compileSimpleFilter(filter);
  if (simple) {
    let full: Predicate | undefined;
    // Only for documents the simple evaluator cannot judge; a copy, as callers may reuse the filter.
    const source = cloneDeep(filter);
    return (doc) => simple(doc) ?? (full ??= mingoPredicate(source, variables))(doc);
  }
  if (variables) return mingoPredicate(filter, variables);
  return compiledFilters.getOrCompile(filter, () => mingoPredicate(filter));
}

function mingoPredicate(filter: Document, variables?: Document): Predicate {
  const query = new Query(toView(filter) as Document, queryOptions(variables));
  return (doc) => query.test(toView(doc) as Document);
}
