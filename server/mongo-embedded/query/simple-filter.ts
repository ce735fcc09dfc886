import type { Document } from 'bson';
import { bsonTag, collectPathValues, numericValue } from '../bson-values';
import { compareValues, typeRank } from '../bson-order';

const SIMPLE_TAGS = new Set(['ObjectId', 'Long', 'Decimal128', 'Double']);
const RANGE_OPERATORS = new Set(['$gt', '$gte', '$lt', '$lte']);

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

/** Outcome of one condition on one document; `undefined` when only the full evaluator can tell. */
type Verdict = boolean | undefined;
type Condition = (values: unknown[], doc: Document) => Verdict;

const isNaNValue = (value: unknown): boolean => typeRank(value) === 3 && Number.isNaN(numericValue(value));

/** Values of the path, array elements in place of arrays (a scalar matches any element). */
function eachValue(values: unknown[], test: (value: unknown) => boolean): boolean {
  for (const found of values) {
    if (Array.isArray(found)) {
      for (const element of found) if (test(element)) return true;
    } else if (test(found)) return true;
  }
  return false;
}

/** What `collectPathValues` finds for a field without dots. */
function topLevelValue(doc: Document, field: string): unknown {
  return Object.prototype.hasOwnProperty.call(doc, field) ? doc[field] : undefined;
}

/** On a top-level field: whether the document has it at all (null counts as present). */
function exists(field: string, wanted: boolean): Condition {
  return (_, doc) => Object.prototype.hasOwnProperty.call(doc, field) === wanted;
}

function equals(value: unknown): Condition {
  return (values) => eachValue(values, (found) => compareValues(found, value) === 0);
}

function isIn(members: unknown[]): Condition {
  return (values) =>
    eachValue(values, (found) => members.some((member) => compareValues(found, member) === 0));
}

/** Range comparisons match only values of the same type bracket as the bound. */
function inRange(op: string, bound: unknown): Condition {
  const rank = typeRank(bound);
  const accepts = (c: number) =>
    op === '$gt' ? c > 0 : op === '$gte' ? c >= 0 : op === '$lt' ? c < 0 : c <= 0;
  return (values) => {
    let undecided = false;
    const matched = eachValue(values, (found) => {
      if (typeRank(found) !== rank) return false;
      if (isNaNValue(found)) {
        undecided = true;
        return false;
      }
      return accepts(compareValues(found, bound));
    });
    return matched ? true : undecided ? undefined : false;
  };
}

/**
 * Null equality (missing, null, or an array holding null) is only taken on top-level fields; on
 * dotted paths through arrays MongoDB's rules are subtler and mingo decides.
 */
function compileCondition(condition: unknown, path: string): Condition[] | undefined {
  const topLevel = !path.includes('.');
  const isEqualityValue = (value: unknown) => isSimpleValue(value) || (topLevel && value === null);
  const isOperatorObject =
    condition !== null &&
    typeof condition === 'object' &&
    !Array.isArray(condition) &&
    bsonTag(condition) === undefined &&
    !(condition instanceof Date) &&
    Object.keys(condition).some((key) => key.startsWith('$'));
  if (!isOperatorObject) return isEqualityValue(condition) ? [equals(condition)] : undefined;
  const conditions: Condition[] = [];
  for (const [op, value] of Object.entries(condition as Document)) {
    if (op === '$eq' && isEqualityValue(value)) conditions.push(equals(value));
    else if (op === '$in' && Array.isArray(value) && value.every(isEqualityValue))
      conditions.push(isIn(value));
    else if (op === '$exists' && topLevel && typeof value === 'boolean') conditions.push(exists(path, value));
    else if (RANGE_OPERATORS.has(op) && isSimpleValue(value) && !isNaNValue(value))
      conditions.push(inRange(op, value));
    else return undefined;
  }
  return conditions;
}

/**
 * A predicate for the most common filter shapes — fields compared with plain scalars (or null) by
 * `$eq`, `$in` or a range, `$exists` on top-level fields, and `$and`/`$or` of such filters — evaluated directly instead of through mingo. Undefined for any other
 * filter; the predicate answers `undefined` for a document only the full evaluator can judge
 * (a NaN met by a range comparison).
 */
export function compileSimpleFilter(filter: Document): ((doc: Document) => Verdict) | undefined {
  const parts: Array<(doc: Document) => Verdict> = [];
  for (const [path, condition] of Object.entries(filter)) {
    if (path === '$or' || path === '$and') {
      const branches = compileBranches(condition);
      if (!branches) return undefined;
      parts.push(path === '$or' ? anyOf(branches) : allOf(branches));
      continue;
    }
    if (path.startsWith('$')) return undefined;
    const compiled = compileCondition(condition, path);
    if (!compiled) return undefined;
    const valuesOf = path.includes('.')
      ? (doc: Document) => collectPathValues(doc, path)
      : (doc: Document) => [topLevelValue(doc, path)];
    parts.push((doc) => {
      const values = valuesOf(doc);
      let undecided = false;
      for (const test of compiled) {
        const verdict = test(values, doc);
        if (verdict === false) return false;
        if (verdict === undefined) undecided = true;
      }
      return undecided ? undefined : true;
    });
  }
  return allOf(parts);
}

function compileBranches(branches: unknown): Array<(doc: Document) => Verdict> | undefined {
  if (!Array.isArray(branches) || branches.length === 0) return undefined;
  const compiled: Array<(doc: Document) => Verdict> = [];
  for (const branch of branches) {
    if (branch === null || typeof branch !== 'object' || Array.isArray(branch)) return undefined;
    const predicate = compileSimpleFilter(branch as Document);
    if (!predicate) return undefined;
    compiled.push(predicate);
  }
  return compiled;
}

/** False if any part is false; otherwise undecided if any part is. */
function allOf(parts: Array<(doc: Document) => Verdict>): (doc: Document) => Verdict {
  return (doc) => {
    let undecided = false;
    for (const part of parts) {
      const verdict = part(doc);
      if (verdict === false) return false;
      if (verdict === undefined) undecided = true;
    }
    return undecided ? undefined : true;
  };
}

/** True if any branch is true; otherwise undecided if any branch is. */
function anyOf(branches: Array<(doc: Document) => Verdict>): (doc: Document) => Verdict {
  return (doc) => {
    let undecided = false;
    for (const branch of branches) {
      const verdict = branch(doc);
      if (verdict === true) return true;
      if (verdict === undefined) undecided = true;
    }
    return undecided ? undefined : false;
  };
}
