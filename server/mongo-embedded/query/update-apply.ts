import type { Document } from 'bson';
import { cloneDeep } from '../bson-values';
import { valuesEqual } from '../bson-order';
import { badValue, Codes, MongoError } from '../errors';
import type { UpdateContext } from './update';
import { FIELD_OPERATORS, NON_CREATING, type Slot } from './update-operators';
import { expandPath, parentOf } from './update-paths';

export function immutableId(): MongoError {
  return new MongoError(
    Codes.ImmutableField,
    "Performing an update on the path '_id' would modify the immutable field '_id'",
  );
}

interface FieldUpdate {
  op: string;
  path: string;
  arg: unknown;
}

/** Applies an operator update (`$set`, `$inc`, ...) to a copy of `doc` and returns the copy. */
export function applyOperators(doc: Document, spec: Document, ctx: UpdateContext): Document {
  let working = cloneDeep(doc);
  const updates: FieldUpdate[] = [];
  for (const [op, fields] of Object.entries(spec)) {
    if (op === '$setOnInsert' && !ctx.inserting) continue;
    for (const [path, arg] of Object.entries(fields as Document)) {
      const update = { op: op === '$setOnInsert' ? '$set' : op, path, arg };
      const setsId = update.op === '$set' && path === '_id';
      if (path !== '_id' && !path.startsWith('_id.')) updates.push(update);
      // An upsert may choose its new _id with $set/$setOnInsert; an existing _id may be "set" to itself.
      else if (setsId && doc._id === undefined && ctx.inserting) working = { _id: arg, ...working };
      else if (!(setsId && valuesEqual(arg, doc._id))) throw immutableId();
    }
  }
  // MongoDB applies updates in field-name order (numeric parts numerically); it decides where new fields go.
  updates.sort((a, b) => comparePaths(a.path, b.path));
  const positional = {
    filter: ctx.filter ?? {},
    arrayFilters: ctx.arrayFilters ?? [],
    allowPositional: !ctx.inserting,
  };
  for (const { op, path, arg } of updates) {
    if (op === '$rename') {
      renameField(working, path, arg);
      continue;
    }
    const operator = FIELD_OPERATORS[op]!;
    for (const segments of expandPath(working, path, positional)) {
      const located = parentOf(working, segments, !NON_CREATING.has(op));
      if (located) operator(slotAt(located.parent, located.key, segments.join('.'), doc._id), arg);
    }
  }
  return working;
}

function comparePaths(a: string, b: string): number {
  const x = a.split('.');
  const y = b.split('.');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const [p, q] = [x[i]!, y[i]!];
    if (p === q) continue;
    if (/^\d+$/.test(p) && /^\d+$/.test(q)) return Number(p) - Number(q);
    return p < q ? -1 : 1;
  }
  return x.length - y.length;
}

function slotAt(parent: unknown, key: string, path: string, docId: unknown): Slot {
  const isIndex = /^\d+$/.test(key);
  return {
    path,
    docId,
    get: () =>
      Array.isArray(parent) ? (isIndex ? parent[Number(key)] : undefined) : (parent as Document)[key],
    set: (value) => {
      if (!Array.isArray(parent)) {
        (parent as Document)[key] = value;
        return;
      }
      if (!isIndex)
        throw new MongoError(
          Codes.PathNotViable,
          `Cannot create field '${key}' in element {${path}: ${JSON.stringify(parent)}}`,
        );
      while (parent.length < Number(key)) parent.push(null);
      parent[Number(key)] = value;
    },
    unset: () => {
      if (!Array.isArray(parent)) delete (parent as Document)[key];
      else if (isIndex && Number(key) < parent.length) parent[Number(key)] = null;
    },
  };
}

function renameField(doc: Document, from: string, to: unknown): void {
  if (typeof to !== 'string' || to === '')
    throw badValue(`The 'to' field for $rename must be a string: ${from}: ${String(to)}`);
  if (from.includes('$') || to.includes('$')) throw badValue('$rename does not support positional operators');
  const source = parentOf(doc, from.split('.'), false);
  if (!source) return;
  if (Array.isArray(source.parent))
    throw badValue(
      `The source field cannot be an array element, '${from}' in doc with _id: ${String(doc._id)}`,
    );
  const slot = slotAt(source.parent, source.key, from, doc._id);
  const value = slot.get();
  if (value === undefined) return;
  slot.unset();
  const target = parentOf(doc, to.split('.'), true)!;
  if (Array.isArray(target.parent))
    throw badValue(
      `The destination field cannot be an array element, '${to}' in doc with _id: ${String(doc._id)}`,
    );
  slotAt(target.parent, target.key, to, doc._id).set(value);
}
