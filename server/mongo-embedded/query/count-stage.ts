import type { Document } from 'bson';
import { isPlainObject } from '../bson-values';
import { encodeKey } from '../engine/key-encoding';

/**
 * Answers a `$group` stage whose accumulators all count (`{ $sum: 1 }`) without mingo, when its
 * `_id` is a constant (drivers' countDocuments), a top-level field (`'$state'`) or a document of
 * top-level fields (`{ organization: '$organization', public: '$public' }`).
 * Undefined for any other stage, and when a grouped field is missing in some document (MongoDB's
 * rules for those are left to mingo). MongoDB returns no group at all for empty input.
 */
export function countGroupResult(stage: Document, docs: readonly Document[]): Document[] | undefined {
  const group = stage.$group;
  if (Object.keys(stage).length !== 1 || !isPlainObject(group)) return undefined;
  const [first, ...counters] = Object.keys(group);
  if (first !== '_id' || counters.length === 0 || !counters.every((name) => isCounter(name, group[name])))
    return undefined;
  const id = group._id;
  if (isConstant(id)) return docs.length === 0 ? [] : [counted(id, counters, docs.length)];
  const fields = groupedFields(id);
  if (!fields) return undefined;
  const groups = new Map<string, { id: unknown; count: number }>();
  for (const doc of docs) {
    let key = '';
    for (const [, field] of fields) {
      const value = doc[field];
      if (value === undefined || !Object.prototype.hasOwnProperty.call(doc, field)) return undefined;
      key += groupKeyPart(value);
    }
    const found = groups.get(key);
    if (found) found.count += 1;
    else
      groups.set(key, {
        id: groupId(
          id,
          fields,
          fields.map(([, field]) => doc[field]),
        ),
        count: 1,
      });
  }
  return [...groups.values()].map((each) => counted(each.id, counters, each.count));
}

/**
 * Self-delimiting and equal exactly for values MongoDB groups together. Strings and booleans, the
 * usual grouped values, get a shorter form than the index key encoding (and cannot collide with it:
 * those start with a type-rank character from 0x20 up).
 */
function groupKeyPart(value: unknown): string {
  if (typeof value === 'boolean') return value ? '\u0001' : '\u0002';
  if (typeof value === 'string') return `\u0003${value.length}:${value}`;
  return encodeKey(value);
}

function isCounter(name: string, accumulator: unknown): boolean {
  return (
    !name.includes('.') &&
    !name.startsWith('$') &&
    isPlainObject(accumulator) &&
    Object.keys(accumulator).length === 1 &&
    accumulator.$sum === 1
  );
}

function isConstant(id: unknown): boolean {
  return id === null || typeof id === 'number' || (typeof id === 'string' && !id.startsWith('$'));
}

/** `[name in _id, field read]` pairs, or undefined for other `_id` expressions. */
function groupedFields(id: unknown): Array<[string | undefined, string]> | undefined {
  const fieldOf = (expression: unknown) =>
    typeof expression === 'string' && /^\$[^$.]+$/.test(expression) ? expression.slice(1) : undefined;
  const single = fieldOf(id);
  if (single) return [[undefined, single]];
  if (!isPlainObject(id) || Object.keys(id).length === 0) return undefined;
  const pairs: Array<[string | undefined, string]> = [];
  for (const [name, expression] of Object.entries(id)) {
    const field = fieldOf(expression);
    if (!field || name.startsWith('$') || name.includes('.')) return undefined;
    pairs.push([name, field]);
  }
  return pairs;
}

function groupId(id: unknown, fields: Array<[string | undefined, string]>, values: unknown[]): unknown {
  if (typeof id === 'string') return values[0];
  return Object.fromEntries(fields.map(([name], i) => [name, values[i]]));
}

function counted(id: unknown, counters: string[], count: number): Document {
  const out: Document = { _id: id };
  for (const name of counters) out[name] = count;
  return out;
}
