import { type Document } from 'bson';
import { updateOne as mingoUpdateOne } from 'mingo';
import { cloneDeep, isPlainObject, toView } from '../bson-values';
import { valuesEqual } from '../bson-order';
import { badValue, Codes, MongoError } from '../errors';
import { queryOptions } from './mingo-options';
import { restoreNumericTypes } from './numeric-types';
import { applyOperators, immutableId } from './update-apply';

const UPDATE_OPERATORS = new Set([
  '$set',
  '$unset',
  '$inc',
  '$mul',
  '$min',
  '$max',
  '$rename',
  '$push',
  '$addToSet',
  '$pull',
  '$pullAll',
  '$pop',
  '$currentDate',
  '$bit',
  '$setOnInsert',
]);
const PIPELINE_STAGES = new Set(['$addFields', '$set', '$project', '$unset', '$replaceRoot', '$replaceWith']);

export type UpdateSpec = Document | Document[];

export interface UpdateContext {
  filter?: Document;
  arrayFilters?: Document[];
  /** True when an upsert inserts: `$setOnInsert` applies. */
  inserting?: boolean;
  variables?: Document;
}

export function isOperatorUpdate(spec: UpdateSpec): spec is Document {
  return !Array.isArray(spec) && Object.keys(spec).some((k) => k.startsWith('$'));
}

/** Validates an update document or pipeline before any document is touched. */
export function validateUpdate(spec: unknown): asserts spec is UpdateSpec {
  if (Array.isArray(spec)) {
    for (const stage of spec) {
      const name = isPlainObject(stage) ? Object.keys(stage)[0] : undefined;
      if (!name || !PIPELINE_STAGES.has(name))
        throw badValue(`${name ?? 'stage'} is not allowed to be used within an update`);
    }
    return;
  }
  if (!isPlainObject(spec))
    throw new MongoError(Codes.FailedToParse, 'Update argument must be either an object or an array');
  if (!isOperatorUpdate(spec)) return;
  const paths: string[] = [];
  for (const [op, fields] of Object.entries(spec)) {
    if (!UPDATE_OPERATORS.has(op)) {
      throw new MongoError(
        Codes.FailedToParse,
        `Unknown modifier: ${op}. Expected a valid update modifier or pipeline-style update specified as an array`,
      );
    }
    if (!isPlainObject(fields)) {
      throw new MongoError(
        Codes.FailedToParse,
        `Modifiers operate on fields but we found type ${typeof fields} instead.`,
      );
    }
    for (const path of Object.keys(fields)) {
      paths.push(path);
      if (op === '$rename') paths.push(String(fields[path]));
    }
  }
  const sorted = paths
    .map((p) =>
      p
        .split('.')
        .filter((part) => !part.startsWith('$'))
        .join('.'),
    )
    .sort();
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1]!, sorted[i]!];
    if (a === b || b.startsWith(`${a}.`)) {
      throw new MongoError(
        Codes.ConflictingUpdateOperators,
        `Updating the path '${b}' would create a conflict at '${a}'`,
      );
    }
  }
}

/** Returns the updated copy of `doc` (which is left untouched). */
export function applyUpdate(doc: Document, spec: UpdateSpec, ctx: UpdateContext = {}): Document {
  let result: Document;
  if (Array.isArray(spec)) result = applyPipeline(doc, spec, ctx);
  else if (isOperatorUpdate(spec)) result = applyOperators(doc, spec, ctx);
  else result = applyReplacement(doc, spec);
  if (doc._id !== undefined && !valuesEqual(result._id, doc._id)) throw immutableId();
  return result;
}

function applyReplacement(doc: Document, replacement: Document): Document {
  const out: Document = doc._id !== undefined ? { _id: doc._id } : {};
  for (const [k, v] of Object.entries(replacement)) if (k !== '_id' || doc._id === undefined) out[k] = v;
  if (replacement._id !== undefined && doc._id !== undefined && !valuesEqual(replacement._id, doc._id)) {
    throw new MongoError(
      Codes.ImmutableField,
      `After applying the update, the (immutable) field '_id' was found to have been altered to _id: ${String(replacement._id)}`,
    );
  }
  return out;
}

function applyPipeline(doc: Document, pipeline: Document[], ctx: UpdateContext): Document {
  const docs = [cloneDeep(toView(doc)) as Document];
  mingoUpdateOne(
    docs,
    {},
    toView(pipeline) as Parameters<typeof mingoUpdateOne>[2],
    {},
    queryOptions(ctx.variables),
  );
  return restoreNumericTypes(doc, docs[0]) as Document;
}
