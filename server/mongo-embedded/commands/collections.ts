import { Binary, type Document } from 'bson';
import { createHash } from 'node:crypto';
import { isPlainObject } from '../bson-values';
import { ID_INDEX_SPEC } from '../engine/collection';
import { validateCollectionName } from '../engine/live-scope';
import { badValue, Codes, MongoError } from '../errors';
import { compileFilter } from '../query/filter';
import { collectionName, optionalDocument, type CommandContext } from './context';

const GENERIC_FIELDS = new Set([
  'create',
  '$db',
  'lsid',
  'txnNumber',
  'autocommit',
  'startTransaction',
  '$clusterTime',
  '$readPreference',
  'writeConcern',
  'readConcern',
  'comment',
  'apiVersion',
  'apiStrict',
  'apiDeprecationErrors',
  'maxTimeMS',
]);
const UNSUPPORTED_CREATE_OPTIONS = [
  'capped',
  'timeseries',
  'validator',
  'viewOn',
  'pipeline',
  'clusteredIndex',
  'changeStreamPreAndPostImages',
  'encryptedFields',
];

export function create(ctx: CommandContext): Document {
  const name = collectionName(ctx);
  for (const option of UNSUPPORTED_CREATE_OPTIONS) {
    if (ctx.cmd[option] !== undefined && ctx.cmd[option] !== false) {
      throw new MongoError(
        Codes.CommandNotSupported,
        `collection option '${option}' is not supported by this server`,
      );
    }
  }
  if (ctx.scope.inTransaction) {
    throw new MongoError(
      Codes.OperationNotSupportedInTransaction,
      'Cannot run create in a multi-document transaction.',
    );
  }
  if (ctx.scope.collection(ctx.db, name)) {
    throw new MongoError(Codes.NamespaceExists, `Collection ${ctx.db}.${name} already exists.`);
  }
  validateCollectionName(ctx.db, name);
  const options: Document = {};
  for (const [key, value] of Object.entries(ctx.cmd)) if (!GENERIC_FIELDS.has(key)) options[key] = value;
  ctx.engine.catalog.createCollection(ctx.db, name, options);
  ctx.scope.record({ op: 'createCollection', db: ctx.db, coll: name, options });
  return { ok: 1 };
}

export function drop(ctx: CommandContext): Document {
  const name = collectionName(ctx);
  const collection = ctx.scope.collection(ctx.db, name);
  // Like MongoDB 7.0, dropping a missing collection succeeds.
  if (!collection) return { ok: 1 };
  ctx.scope.record({ op: 'dropCollection', db: ctx.db, coll: name });
  const nIndexesWas = collection.indexes.size;
  ctx.engine.catalog.dropCollection(ctx.db, name);
  return { nIndexesWas, ns: collection.ns, ok: 1 };
}

export function dropDatabase(ctx: CommandContext): Document {
  ctx.scope.record({ op: 'dropDatabase', db: ctx.db });
  ctx.engine.catalog.dropDatabase(ctx.db);
  return { dropped: ctx.db, ok: 1 };
}

function splitNamespace(value: unknown): [string, string] {
  const ns = String(value);
  const dot = ns.indexOf('.');
  if (dot <= 0 || dot === ns.length - 1)
    throw new MongoError(Codes.InvalidNamespace, `Invalid namespace specified '${ns}'`);
  return [ns.slice(0, dot), ns.slice(dot + 1)];
}

export function renameCollection(ctx: CommandContext): Document {
  const [db, from] = splitNamespace(ctx.cmd.renameCollection);
  const [toDb, to] = splitNamespace(ctx.cmd.to);
  const source = ctx.scope.collection(db, from);
  if (!source)
    throw new MongoError(Codes.NamespaceNotFound, `Source collection ${db}.${from} does not exist`);
  validateCollectionName(toDb, to);
  if (ctx.scope.collection(toDb, to)) {
    if (ctx.cmd.dropTarget !== true) throw new MongoError(Codes.NamespaceExists, 'target namespace exists');
    // Recording first keeps the journal in the order of the in-memory changes.
    ctx.scope.record({ op: 'dropCollection', db: toDb, coll: to });
    ctx.engine.catalog.dropCollection(toDb, to);
  }
  ctx.scope.record({ op: 'renameCollection', db, from, toDb, to });
  ctx.engine.catalog.rename(db, from, toDb, to);
  return { ok: 1 };
}

/** A stable per-namespace UUID so listCollections looks like MongoDB's. */
function collectionUuid(ns: string): Binary {
  return new Binary(createHash('sha256').update(ns).digest().subarray(0, 16), Binary.SUBTYPE_UUID);
}

export function listCollections(ctx: CommandContext): Document {
  const filter = optionalDocument(ctx.cmd, 'filter');
  const matches = compileFilter(filter);
  const nameOnly = ctx.cmd.nameOnly === true;
  const infos = ctx.engine.catalog
    .collectionsOf(ctx.db)
    .map((c): Document =>
      nameOnly
        ? { name: c.name, type: 'collection' }
        : {
            name: c.name,
            type: 'collection',
            options: c.options,
            info: { readOnly: false, uuid: collectionUuid(c.ns) },
            idIndex: ID_INDEX_SPEC,
          },
    )
    .filter(matches);
  const cursorOptions = optionalDocument(ctx.cmd, 'cursor') ?? {};
  const batchSize = typeof cursorOptions.batchSize === 'number' ? cursorOptions.batchSize : undefined;
  return {
    cursor: ctx.engine.cursors.open(`${ctx.db}.$cmd.listCollections`, infos, {
      batchSize,
      sessionKey: ctx.sessionKey,
    }),
    ok: 1,
  };
}

export function listDatabases(ctx: CommandContext): Document {
  const filter = optionalDocument(ctx.cmd, 'filter');
  const matches = compileFilter(filter);
  const databases = [...ctx.engine.catalog.dbs.keys()]
    .map((name) => ({ name, sizeOnDisk: 0, empty: false }))
    .filter(matches);
  if (ctx.cmd.nameOnly === true) return { databases: databases.map(({ name }) => ({ name })), ok: 1 };
  return { databases, totalSize: 0, totalSizeMb: 0, ok: 1 };
}

/** Only TTL changes (`index.expireAfterSeconds`) are supported; other options are refused. */
export function collMod(ctx: CommandContext): Document {
  const name = collectionName(ctx);
  const collection = ctx.scope.collection(ctx.db, name);
  if (!collection) throw new MongoError(Codes.NamespaceNotFound, `ns does not exist: ${ctx.db}.${name}`);
  const extra = Object.keys(ctx.cmd).filter(
    (k) => !GENERIC_FIELDS.has(k) && k !== 'collMod' && k !== 'index',
  );
  if (extra.length)
    throw new MongoError(
      Codes.CommandNotSupported,
      `collMod option '${extra[0]}' is not supported by this server`,
    );
  const change = ctx.cmd.index;
  if (!isPlainObject(change)) return { ok: 1 };
  const index = [...collection.indexes.values()].find((i) =>
    typeof change.name === 'string'
      ? i.name === change.name
      : JSON.stringify(i.spec.key) === JSON.stringify(change.keyPattern),
  );
  if (!index) throw new MongoError(Codes.IndexNotFound, 'cannot find index for collMod');
  if (change.expireAfterSeconds === undefined) throw badValue('only index.expireAfterSeconds can be changed');
  const spec = { ...index.spec, expireAfterSeconds: change.expireAfterSeconds };
  collection.indexes.delete(index.name);
  collection.addIndex(spec);
  ctx.scope.record({ op: 'dropIndex', db: ctx.db, coll: name, name: index.name });
  ctx.scope.record({ op: 'createIndex', db: ctx.db, coll: name, spec });
  return {
    expireAfterSeconds_old: index.spec.expireAfterSeconds,
    expireAfterSeconds_new: change.expireAfterSeconds,
    ok: 1,
  };
}
