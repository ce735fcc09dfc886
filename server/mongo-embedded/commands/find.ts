import type { Document } from 'bson';
import { collectPathValues } from '../bson-values';
import { compareValues } from '../bson-order';
import { badValue } from '../errors';
import { findDocuments, matchDocuments } from '../query/find-exec';
import {
  collectionName,
  optionalDocument,
  optionalNumber,
  rejectCollation,
  type CommandContext,
} from './context';

const UNSUPPORTED_FIND_OPTIONS = ['tailable', 'awaitData', 'min', 'max', 'returnKey', 'showRecordId'];

export function find(ctx: CommandContext): Document {
  const name = collectionName(ctx);
  const cmd = ctx.cmd;
  rejectCollation(cmd);
  for (const option of UNSUPPORTED_FIND_OPTIONS)
    if (cmd[option]) throw badValue(`find option '${option}' is not supported by this server`);
  const rawLimit = optionalNumber(cmd, 'limit') ?? 0;
  const skip = optionalNumber(cmd, 'skip') ?? 0;
  if (skip < 0) throw badValue('skip value must be non-negative');
  const batchSize = optionalNumber(cmd, 'batchSize');
  if (batchSize !== undefined && batchSize < 0) throw badValue('batchSize value must be non-negative');
  const { docs } = findDocuments(ctx.scope.collection(ctx.db, name), {
    filter: optionalDocument(cmd, 'filter'),
    sort: optionalDocument(cmd, 'sort'),
    projection: optionalDocument(cmd, 'projection'),
    skip,
    limit: Math.abs(rawLimit) || undefined,
    variables: optionalDocument(cmd, 'let'),
  });
  const cursor = ctx.engine.cursors.open(`${ctx.db}.${name}`, docs, {
    batchSize,
    singleBatch: cmd.singleBatch === true || rawLimit < 0,
    sessionKey: ctx.sessionKey,
  });
  return { cursor, ok: 1 };
}

export function count(ctx: CommandContext): Document {
  const name = collectionName(ctx);
  rejectCollation(ctx.cmd);
  const limit = Math.abs(optionalNumber(ctx.cmd, 'limit') ?? 0);
  const skip = optionalNumber(ctx.cmd, 'skip') ?? 0;
  const { docs } = matchDocuments(ctx.scope.collection(ctx.db, name), {
    filter: optionalDocument(ctx.cmd, 'query'),
  });
  const afterSkip = Math.max(0, docs.length - skip);
  return { n: limit ? Math.min(limit, afterSkip) : afterSkip, ok: 1 };
}

export function distinct(ctx: CommandContext): Document {
  const name = collectionName(ctx);
  rejectCollation(ctx.cmd);
  const key = ctx.cmd.key;
  if (typeof key !== 'string') throw badValue("'key' must be a string");
  const { docs } = matchDocuments(ctx.scope.collection(ctx.db, name), {
    filter: optionalDocument(ctx.cmd, 'query'),
  });
  const values: unknown[] = [];
  for (const doc of docs) {
    for (const value of collectPathValues(doc, key).flatMap((v) => (Array.isArray(v) ? v : [v]))) {
      if (value !== undefined) values.push(value);
    }
  }
  values.sort(compareValues);
  const unique = values.filter((v, i) => i === 0 || compareValues(values[i - 1], v) !== 0);
  return { values: unique, ok: 1 };
}
