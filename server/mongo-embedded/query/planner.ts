import type { Document } from 'bson';
import { bsonTag, isPlainObject } from '../bson-values';
import type { Collection } from '../engine/collection';
import type { CollectionIndex } from '../engine/collection-index';
import { encodeKey, typeBracket } from '../engine/key-encoding';
import { CollectionScan, IndexCandidates, type Candidates, type KeyRange } from './index-candidates';

export interface Plan {
  stage: 'IXSCAN' | 'COLLSCAN';
  indexName?: string;
  /** Candidate documents, read as they are iterated; the filter is still applied to each (but see `coveredPath`). */
  docs: Candidates;
  /**
   * A top-level field whose condition every candidate already satisfies, because the index
   * bounds express it exactly; the caller need not test it again.
   */
  coveredPath?: string;
  /** How the candidates come ordered, when that is known (see `CandidateOrder`). */
  order?: CandidateOrder;
}

/**
 * Candidates read from an index without arrays come in the order of the index's fields, then of
 * `_id` (entries with equal keys are ordered by record id, the encoded `_id`). Fields pinned to one
 * value are constant; `fields` lists the fields the candidates are ordered by, ending with `_id`.
 */
export interface CandidateOrder {
  pinned: Set<string>;
  fields: string[];
}

/** Above every encoded continuation: `prefix + SUFFIX_MAX` bounds all keys starting with prefix. */
const SUFFIX_MAX = '\uffff';

/**
 * Chooses candidates for a filter: an index on a field the filter tests for equality (best) or a
 * range, else the whole collection. Only the index's first field is used (and the second to
 * narrow an equality).
 */
export function planQuery(collection: Collection, filter: Document | undefined): Plan {
  const conditions = topLevelConditions(filter ?? {});
  let best:
    | { index: CollectionIndex; ranges: KeyRange[]; score: number; path: string; condition: unknown }
    | undefined;
  for (const index of collection.indexes.values()) {
    if (index.partial) continue;
    const [path] = index.fields[0]!;
    for (const condition of conditions.get(path) ?? []) {
      const found = rangesFor(condition, index);
      if (!found) continue;
      const score = found.equality ? (index.unique ? 3 : 2) : 1;
      if (!best || score > best.score) best = { index, ranges: found.ranges, score, path, condition };
    }
  }
  if (!best) return { stage: 'COLLSCAN', docs: new CollectionScan(collection) };
  const index = best.index;
  const narrowed = best.score >= 2 ? narrowBySecondField(index, best.ranges, conditions) : undefined;
  const ranges = narrowed?.ranges ?? best.ranges;
  const covered =
    filter !== undefined &&
    Object.prototype.hasOwnProperty.call(filter, best.path) &&
    conditions.get(best.path)?.length === 1 &&
    boundsAreExact(best.path, best.condition, index);
  const equality = best.score >= 2;
  const prefixLengths = equality ? best.ranges.map((range) => range.low.length) : undefined;
  const docs = new IndexCandidates(collection, index, ranges, prefixLengths);
  const pinsSecond = narrowed?.pinsSecondField === true;
  const order = docs.merged
    ? candidateOrder(index, 'merged', pinsSecond)
    : ranges.length === 1 && !index.multikey
      ? candidateOrder(index, equality ? 'pinned' : 'ordered', pinsSecond)
      : undefined;
  return {
    stage: 'IXSCAN',
    indexName: index.name,
    docs,
    ...(covered ? { coveredPath: best.path } : {}),
    ...(order ? { order } : {}),
  };
}

/**
 * The first field of the candidates' index is `pinned` to one value by an equality, `ordered` by
 * a range scan, or `merged` away (equalities on several values, merged by the following fields).
 */
function candidateOrder(
  index: CollectionIndex,
  first: 'pinned' | 'ordered' | 'merged',
  pinsSecond: boolean,
): CandidateOrder {
  const [firstPath, ...rest] = index.fields.map(([path]) => path);
  const pinned = new Set<string>();
  if (first === 'pinned') pinned.add(firstPath!);
  if (pinsSecond) pinned.add(rest[0]!);
  const following = pinsSecond ? rest.slice(1) : rest;
  return { pinned, fields: [...(first === 'ordered' ? [firstPath!] : []), ...following, '_id'] };
}

/**
 * Narrows the equality ranges on a compound index's first field by a condition on its second
 * field (an equality or a range), since keys are concatenations of self-delimiting encodings:
 * `{ status: 'offen', dueDate: { $lt: now } }` on `{ status: 1, dueDate: 1 }` then reads only
 * the overdue entries. Not on indexes holding arrays, where elements may meet different bounds.
 */
function narrowBySecondField(
  index: CollectionIndex,
  equalityRanges: KeyRange[],
  conditions: Map<string, unknown[]>,
): { ranges: KeyRange[]; pinsSecondField: boolean } | undefined {
  const second = index.fields[1];
  if (!second || index.multikey) return undefined;
  const found = conditions.get(second[0]);
  if (found?.length !== 1) return undefined;
  const condition = found[0];
  const isOperatorObject = isPlainObject(condition) && Object.keys(condition).some((k) => k.startsWith('$'));
  let suffix: KeyRange | undefined;
  if (!isOperatorObject) {
    if (condition === null || !isIndexableValue(condition)) return undefined;
    suffix = equalityRange(condition);
  } else {
    const ops = Object.keys(condition as Document);
    if (!ops.every((op) => RANGE_OPERATORS.has(op))) return undefined;
    suffix = rangeBounds(condition as Document, false)?.ranges[0];
  }
  if (!suffix) return undefined;
  const low = suffix.low;
  const high = suffix.high;
  // Each equality range is `[key, key + SUFFIX_MAX)`: the first field's key is its `low`.
  return {
    ranges: equalityRanges.map((range) => ({ low: range.low + low, high: range.low + high })),
    pinsSecondField: !isOperatorObject,
  };
}

/**
 * Whether the key ranges for `condition` select exactly the documents matching it: a top-level
 * field, compared by equality, `$in` or a range with values whose key encoding is exact and
 * order-preserving (strings, ObjectIds, dates, booleans; not null, numbers or documents). A range
 * with two bounds is exact only on an index without arrays (elements may meet different bounds).
 */
function boundsAreExact(path: string, condition: unknown, index: CollectionIndex): boolean {
  if (path.includes('.') || index.sparse) return false;
  const isOperatorObject = isPlainObject(condition) && Object.keys(condition).some((k) => k.startsWith('$'));
  if (!isOperatorObject) return hasExactKey(condition);
  const ops = Object.keys(condition as Document);
  const values = condition as Document;
  if (ops.length === 1 && ops[0] === '$eq') return hasExactKey(values.$eq);
  if (ops.length === 1 && ops[0] === '$in') return (values.$in as unknown[]).every(hasExactKey);
  if (!ops.every((op) => RANGE_OPERATORS.has(op))) return false;
  return ops.every((op) => hasExactKey(values[op])) && (ops.length === 1 || !index.multikey);
}

const RANGE_OPERATORS = new Set(['$gt', '$gte', '$lt', '$lte']);

function hasExactKey(value: unknown): boolean {
  return (
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    value instanceof Date ||
    bsonTag(value) === 'ObjectId'
  );
}

function topLevelConditions(filter: Document, out = new Map<string, unknown[]>()): Map<string, unknown[]> {
  for (const key of Object.keys(filter)) {
    const value = filter[key];
    if (key === '$and' && Array.isArray(value)) {
      for (const part of value) if (isPlainObject(part)) topLevelConditions(part, out);
    } else if (!key.startsWith('$')) {
      const known = out.get(key);
      if (known) known.push(value);
      else out.set(key, [value]);
    }
  }
  return out;
}

/** Values an index can look up exactly: no arrays (element-or-whole matching), regexes or operators. */
function isIndexableValue(value: unknown): boolean {
  if (Array.isArray(value) || value instanceof RegExp || bsonTag(value) === 'BSONRegExp') return false;
  if (value === undefined) return false;
  if (isPlainObject(value)) return Object.keys(value).every((k) => !k.startsWith('$'));
  return true;
}

function equalityRange(value: unknown): KeyRange {
  const key = encodeKey(value);
  return { low: key, high: key + SUFFIX_MAX };
}

function rangesFor(
  condition: unknown,
  index: CollectionIndex,
): { ranges: KeyRange[]; equality: boolean } | undefined {
  const isOperatorObject = isPlainObject(condition) && Object.keys(condition).some((k) => k.startsWith('$'));
  if (!isOperatorObject) {
    if (!isIndexableValue(condition)) return undefined;
    if (condition === null && index.sparse) return undefined;
    return { ranges: [equalityRange(condition)], equality: true };
  }
  const ops = condition as Document;
  if ('$eq' in ops && isIndexableValue(ops.$eq) && !(ops.$eq === null && index.sparse)) {
    return { ranges: [equalityRange(ops.$eq)], equality: true };
  }
  if (
    Array.isArray(ops.$in) &&
    ops.$in.every(isIndexableValue) &&
    !(index.sparse && ops.$in.includes(null))
  ) {
    return { ranges: ops.$in.map(equalityRange), equality: true };
  }
  return rangeBounds(ops, index.multikey);
}

function rangeBounds(
  ops: Document,
  multikey: boolean,
): { ranges: KeyRange[]; equality: boolean } | undefined {
  let range: KeyRange | undefined;
  for (const op of ['$gt', '$gte', '$lt', '$lte']) {
    if (!(op in ops)) continue;
    const value = ops[op];
    if (!isIndexableValue(value) || value === null || isPlainObject(value)) return undefined;
    // Type bracketing: a range over numbers only ever matches numbers, and so on.
    const bracket = typeBracket(value);
    const key = encodeKey(value);
    const bound: KeyRange =
      op === '$gt'
        ? { low: key + SUFFIX_MAX, high: bracket.high }
        : op === '$gte'
          ? { low: key, high: bracket.high }
          : op === '$lt'
            ? { low: bracket.low, high: key }
            : { low: bracket.low, high: key + SUFFIX_MAX };
    if (!range) range = bound;
    // On a multikey index different elements may satisfy different bounds: keep only the first.
    else if (!multikey) range = { low: max(range.low, bound.low), high: min(range.high, bound.high) };
  }
  return range ? { ranges: [range], equality: false } : undefined;
}

const max = (a: string, b: string): string => (a > b ? a : b);
const min = (a: string, b: string): string => (a < b ? a : b);
