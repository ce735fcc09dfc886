import { Long, type Document } from 'bson';
import { Codes, MongoError } from '../errors';
import { collectionName, optionalNumber, type CommandContext } from './context';

function cursorId(value: unknown): bigint {
  if (Long.isLong(value)) return value.toBigInt();
  if (typeof value === 'number' && Number.isInteger(value)) return BigInt(value);
  throw new MongoError(Codes.TypeMismatch, 'cursor id must be a 64-bit integer');
}

export function getMore(ctx: CommandContext): Document {
  const name = collectionName(ctx, 'collection');
  const batchSize = optionalNumber(ctx.cmd, 'batchSize');
  return {
    cursor: ctx.engine.cursors.getMore(cursorId(ctx.cmd.getMore), `${ctx.db}.${name}`, batchSize),
    ok: 1,
  };
}

export function killCursors(ctx: CommandContext): Document {
  collectionName(ctx);
  const ids = ctx.cmd.cursors;
  if (!Array.isArray(ids)) throw new MongoError(Codes.TypeMismatch, "'cursors' must be an array");
  const { killed, notFound } = ctx.engine.cursors.kill(ids.map(cursorId));
  return {
    cursorsKilled: killed.map((id) => Long.fromBigInt(id)),
    cursorsNotFound: notFound.map((id) => Long.fromBigInt(id)),
    cursorsAlive: [],
    cursorsUnknown: [],
    ok: 1,
  };
}
