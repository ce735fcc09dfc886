import type { Document } from 'bson';
import { Aggregator } from 'mingo';
import { cloneDeep, isPlainObject, toView } from '../bson-values';
import { Codes, MongoError } from '../errors';
import { validateFilter } from './filter';
import { queryOptions } from './mingo-options';
import { sortDocuments } from './sort';

const UNSUPPORTED_STAGES: Record<string, string> = {
  $changeStream: 'change streams are not supported by this server',
  $geoNear: 'geospatial queries are not supported by this server',
  $search: '$search is not supported by this server',
  $searchMeta: '$searchMeta is not supported by this server',
  $vectorSearch: '$vectorSearch is not supported by this server',
  $out: '$out is not supported by this server',
  $merge: '$merge is not supported by this server',
  $collStats: '$collStats is not supported by this server',
  $indexStats: '$indexStats is not supported by this server',
  $currentOp: '$currentOp is not supported by this server',
  $listSessions: '$listSessions is not supported by this server',
  $planCacheStats: '$planCacheStats is not supported by this server',
};

/** Stages that never modify the documents they receive, so stored documents can be passed as they are. */
const READ_ONLY_STAGES = new Set([
  '$match',
  '$group',
  '$sort',
  '$limit',
  '$skip',
  '$count',
  '$sortByCount',
  '$bucket',
  '$bucketAuto',
  '$sample',
]);

export function validatePipeline(pipeline: unknown): asserts pipeline is Document[] {
  if (!Array.isArray(pipeline))
    throw new MongoError(Codes.TypeMismatch, "'pipeline' option must be specified as an array");
  for (const stage of pipeline) {
    if (!isPlainObject(stage) || Object.keys(stage).length !== 1) {
      throw new MongoError(40323, 'A pipeline stage specification object must contain exactly one field.');
    }
    const name = Object.keys(stage)[0]!;
    const unsupported = UNSUPPORTED_STAGES[name];
    if (unsupported) throw new MongoError(Codes.CommandNotSupported, unsupported);
    if (name === '$match') validateFilter(stage.$match);
    const nested = stage[name] as Document;
    if (name === '$lookup' && Array.isArray(nested.pipeline)) validatePipeline(nested.pipeline);
    if (name === '$unionWith' && Array.isArray(nested.pipeline)) validatePipeline(nested.pipeline);
    if (name === '$facet' && isPlainObject(nested)) Object.values(nested).forEach(validatePipeline);
  }
}

/**
 * Runs a pipeline with mingo over copies of the stored documents (some mingo stages modify their
 * input in place; pipelines of read-only stages get the stored documents directly).
 * Documents that pass through unchanged are handed back as the stored originals, so their BSON
 * types (Long, Decimal128, integral doubles) survive.
 */
export function runPipeline(
  docs: Document[],
  pipeline: Document[],
  resolveCollection: (name: string) => Document[],
  variables?: Document,
): Document[] {
  const originals = new Map<object, Document>();
  const mutationFree = pipeline.every((stage) => READ_ONLY_STAGES.has(Object.keys(stage)[0]!));
  const prepare = (list: Document[]): Document[] =>
    list.map((doc) => {
      const view = toView(doc) as Document;
      const input = mutationFree ? view : cloneDeep(view);
      if (view !== doc) originals.set(input, doc);
      return input;
    });
  const options = queryOptions(variables, (name) => prepare(resolveCollection(name)));
  let output = prepare(docs);
  // Top-level $sort stages use this server's BSON order (mingo orders e.g. ObjectId vs. Date differently).
  let segment: Document[] = [];
  for (const stage of [...(toView(pipeline) as Document[]), { $sort: undefined }]) {
    if (!('$sort' in stage)) {
      segment.push(stage);
      continue;
    }
    if (segment.length) output = new Aggregator(segment, options).run(output) as Document[];
    segment = [];
    if (stage.$sort !== undefined) output = sortDocuments(output.slice(), stage.$sort as Document);
  }
  return originals.size ? (output.map((doc) => restoreOriginals(doc, originals)) as Document[]) : output;
}

function restoreOriginals(value: unknown, originals: Map<object, Document>): unknown {
  if (value === null || typeof value !== 'object') return value;
  const original = originals.get(value);
  if (original) return original;
  if (Array.isArray(value)) return value.map((v) => restoreOriginals(v, originals));
  if (!isPlainObject(value)) return value;
  const out: Document = {};
  for (const key of Object.keys(value)) out[key] = restoreOriginals(value[key], originals);
  return out;
}
