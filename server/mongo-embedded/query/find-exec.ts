import type { Document } from 'bson';
import type { Collection } from '../engine/collection';
import { compileFilter, validateFilter } from './filter';
import { planQuery, type CandidateOrder } from './planner';
import { compileProjection } from './projection';
import { sortDocuments, sortFields, type SortField } from './sort';

export interface FindOptions {
  filter?: Document;
  sort?: Document;
  skip?: number;
  limit?: number;
  projection?: Document;
  variables?: Document;
}

export interface ExecutionStats {
  stage: 'IXSCAN' | 'COLLSCAN' | 'EOF';
  indexName?: string;
  docsExamined: number;
  keysExamined: number;
  nReturned: number;
}

/** Matching documents in result order, before projection. */
export function matchDocuments(
  collection: Collection | undefined,
  options: FindOptions,
): { docs: Document[]; stats: ExecutionStats } {
  if (!collection) {
    compileFilter(options.filter, options.variables); // an invalid filter fails even so
    return { docs: [], stats: { stage: 'EOF', docsExamined: 0, keysExamined: 0, nReturned: 0 } };
  }
  const plan = planQuery(collection, options.filter);
  let filter = options.filter;
  if (plan.coveredPath) {
    validateFilter(filter);
    filter = withoutPath(filter!, plan.coveredPath);
  }
  const test = compileFilter(filter, options.variables);
  const sort = sortFields(options.sort);
  const inOrder = !sort || isSortedBy(plan.order, sort);
  const wanted = options.limit ? (options.skip ?? 0) + options.limit : Number.POSITIVE_INFINITY;
  let docs: Document[] = [];
  let docsExamined = 0;
  for (const doc of plan.docs) {
    docsExamined++;
    if (test(doc)) docs.push(doc);
    if (inOrder && docs.length >= wanted) break;
  }
  collection.stats.docsExamined += docsExamined;
  collection.stats.keysExamined += plan.docs.keysExamined;
  if (!inOrder) docs = sortDocuments(docs, options.sort, Number.isFinite(wanted) ? wanted : undefined);
  if (options.skip) docs = docs.slice(options.skip);
  if (options.limit) docs = docs.slice(0, options.limit);
  const stats: ExecutionStats = {
    stage: plan.stage,
    ...(plan.indexName ? { indexName: plan.indexName } : {}),
    docsExamined,
    keysExamined: plan.docs.keysExamined,
    nReturned: docs.length,
  };
  return { docs, stats };
}

/**
 * Whether candidates in `order` are already sorted by `sort`: its fields, leaving out those the
 * index range pins to one value, are ascending and lead the candidates' order.
 */
function isSortedBy(order: CandidateOrder | undefined, sort: SortField[]): boolean {
  if (!order) return false;
  let position = 0;
  for (const { path, dir } of sort) {
    if (order.pinned.has(path)) continue;
    if (dir !== 1 || order.fields[position] !== path) return false;
    position++;
  }
  return true;
}

/** The filter without one top-level field's condition. */
function withoutPath(filter: Document, path: string): Document {
  const rest: Document = {};
  for (const key of Object.keys(filter)) if (key !== path) rest[key] = filter[key];
  return rest;
}

export function findDocuments(collection: Collection | undefined, options: FindOptions) {
  const { docs, stats } = matchDocuments(collection, options);
  const project = compileProjection(options.projection, options.filter);
  return { docs: options.projection ? docs.map(project) : docs, stats };
}
