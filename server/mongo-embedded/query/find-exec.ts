import type { Document } from 'bson';
import type { Collection } from '../engine/collection';
import { compileFilter } from './filter';
import { planQuery } from './planner';
import { compileProjection } from './projection';
import { sortDocuments } from './sort';

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
  const predicate = compileFilter(options.filter, options.variables);
  if (!collection)
    return { docs: [], stats: { stage: 'EOF', docsExamined: 0, keysExamined: 0, nReturned: 0 } };
  const plan = planQuery(collection, options.filter);
  const filter = plan.coveredPath ? withoutPath(options.filter!, plan.coveredPath) : undefined;
  const test = filter ? compileFilter(filter, options.variables) : predicate;
  const canStopEarly = !options.sort && options.limit !== undefined && options.limit > 0;
  const wanted = (options.skip ?? 0) + (options.limit ?? 0);
  let docs: Document[] = [];
  let docsExamined = 0;
  for (const doc of plan.docs) {
    docsExamined++;
    if (test(doc)) docs.push(doc);
    if (canStopEarly && docs.length >= wanted) break;
  }
  collection.stats.docsExamined += docsExamined;
  collection.stats.keysExamined += plan.keysExamined;
  docs = sortDocuments(docs, options.sort);
  if (options.skip) docs = docs.slice(options.skip);
  if (options.limit) docs = docs.slice(0, options.limit);
  const stats: ExecutionStats = {
    stage: plan.stage,
    ...(plan.indexName ? { indexName: plan.indexName } : {}),
    docsExamined,
    keysExamined: plan.keysExamined,
    nReturned: docs.length,
  };
  return { docs, stats };
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
