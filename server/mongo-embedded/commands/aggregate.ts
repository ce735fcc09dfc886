import type { Document } from 'bson';
import { isPlainObject } from '../bson-values';
import { badValue } from '../errors';
import { runPipeline, validatePipeline } from '../query/aggregate';
import { countGroupResult } from '../query/count-stage';
import { matchDocuments } from '../query/find-exec';
import { optionalDocument, optionalNumber, rejectCollation, type CommandContext } from './context';

export function aggregate(ctx: CommandContext): Document {
  const cmd = ctx.cmd;
  rejectCollation(cmd);
  const pipeline = cmd.pipeline;
  validatePipeline(pipeline);
  if (cmd.explain) throw badValue('aggregate explain is not supported by this server');
  const cursorOptions = optionalDocument(cmd, 'cursor');
  if (!cursorOptions)
    throw badValue("The 'cursor' option is required, except for aggregate with the explain argument");
  const target = cmd.aggregate;
  const variables = optionalDocument(cmd, 'let');
  let input: Document[] = [];
  let stages = pipeline;
  let ns = `${ctx.db}.$cmd.aggregate`;
  if (typeof target === 'string') {
    ns = `${ctx.db}.${target}`;
    // A leading $match is answered by the query planner, so it can use an index.
    const first = pipeline[0];
    const leadingMatch = first && isPlainObject(first.$match) ? first.$match : undefined;
    input = matchDocuments(ctx.scope.collection(ctx.db, target), { filter: leadingMatch, variables }).docs;
    if (leadingMatch) stages = pipeline.slice(1);
  } else if (target !== 1) {
    throw badValue("'aggregate' must be a collection name or 1");
  }
  const resolve = (name: string): Document[] => [
    ...(ctx.scope.collection(ctx.db, name)?.records.values() ?? []),
  ];
  const counted = stages.length === 1 ? countGroupResult(stages[0]!, input) : undefined;
  const results = counted ?? runPipeline(input, stages, resolve, variables);
  const cursor = ctx.engine.cursors.open(ns, results, {
    batchSize: optionalNumber(cursorOptions, 'batchSize'),
    sessionKey: ctx.sessionKey,
  });
  return { cursor, ok: 1 };
}
