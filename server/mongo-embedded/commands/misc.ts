import type { Document } from 'bson';
import { collectionName, type CommandContext } from './context';

export const ok = (): Document => ({ ok: 1 });

export function connectionStatus(): Document {
  return { authInfo: { authenticatedUsers: [], authenticatedUserRoles: [] }, ok: 1 };
}

export function whatsmyuri(ctx: CommandContext): Document {
  return { you: ctx.server.address, ok: 1 };
}

export function getLog(): Document {
  return { totalLinesWritten: 0, log: [], ok: 1 };
}

export function getCmdLineOpts(): Document {
  return { argv: ['mongod'], parsed: {}, ok: 1 };
}

export function dbStats(ctx: CommandContext): Document {
  const collections = ctx.engine.catalog.collectionsOf(ctx.db);
  const objects = collections.reduce((n, c) => n + c.records.size, 0);
  const indexes = collections.reduce((n, c) => n + c.indexes.size, 0);
  return {
    db: ctx.db,
    collections: collections.length,
    views: 0,
    objects,
    indexes,
    dataSize: 0,
    storageSize: 0,
    ok: 1,
  };
}

export function collStats(ctx: CommandContext): Document {
  const name = collectionName(ctx);
  const collection = ctx.scope.collection(ctx.db, name);
  return {
    ns: `${ctx.db}.${name}`,
    count: collection?.records.size ?? 0,
    nindexes: collection?.indexes.size ?? 0,
    size: 0,
    storageSize: 0,
    ok: 1,
  };
}
