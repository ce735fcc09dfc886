import type { Document } from 'bson';
import { badValue } from '../errors';
import { matchDocuments } from '../query/find-exec';
import { collectionName, optionalDocument, optionalNumber, type CommandContext } from './context';
import { SERVER_VERSION } from './server-info';

/**
 * `explain` for find, count and the query part of update/delete/findAndModify: shows which plan
 * was taken (IXSCAN with the index name, or COLLSCAN) and how many keys and documents it read.
 */
export function explain(ctx: CommandContext): Document {
  const inner = optionalDocument(ctx.cmd, 'explain');
  if (!inner) throw badValue("'explain' must be a command document");
  const name = Object.keys(inner)[0];
  const innerCtx = { ...ctx, cmd: inner };
  const coll = collectionName(innerCtx);
  const filter = queryOf(name, inner);
  const { stats } = matchDocuments(ctx.scope.collection(ctx.db, coll), {
    filter,
    sort: optionalDocument(inner, 'sort'),
    skip: optionalNumber(inner, 'skip'),
    limit: optionalNumber(inner, 'limit'),
  });
  const inputStage =
    stats.stage === 'IXSCAN' ? { stage: 'IXSCAN', indexName: stats.indexName } : { stage: stats.stage };
  const winningPlan = stats.stage === 'IXSCAN' ? { stage: 'FETCH', inputStage } : inputStage;
  return {
    queryPlanner: {
      namespace: `${ctx.db}.${coll}`,
      parsedQuery: filter ?? {},
      winningPlan,
      rejectedPlans: [],
    },
    executionStats: {
      executionSuccess: true,
      nReturned: stats.nReturned,
      totalKeysExamined: stats.keysExamined,
      totalDocsExamined: stats.docsExamined,
      executionStages: winningPlan,
    },
    serverInfo: { host: ctx.server.address, version: SERVER_VERSION },
    ok: 1,
  };
}

function queryOf(name: string | undefined, inner: Document): Document | undefined {
  switch (name) {
    case 'find':
      return optionalDocument(inner, 'filter');
    case 'count':
    case 'findAndModify':
      return optionalDocument(inner, 'query');
    case 'update':
      return (inner.updates as Document[] | undefined)?.[0]?.q as Document | undefined;
    case 'delete':
      return (inner.deletes as Document[] | undefined)?.[0]?.q as Document | undefined;
    default:
      throw badValue(`explain of '${name}' is not supported by this server`);
  }
}
