import type { Document } from 'bson';
import { identical, isPlainObject, numericValue } from '../bson-values';
import type { Collection } from '../engine/collection';
import { validateFilter } from '../query/filter';
import { badValue, Codes, MongoError } from '../errors';
import { collectionName, type CommandContext } from './context';

const INDEX_OPTIONS = new Set([
  'key',
  'name',
  'unique',
  'sparse',
  'partialFilterExpression',
  'expireAfterSeconds',
  'background',
  'v',
  'hidden',
  'ns',
  'collation',
]);

/** Validates an index specification and returns it in stored form. */
function normalizeSpec(raw: unknown): Document {
  if (!isPlainObject(raw) || !isPlainObject(raw.key) || Object.keys(raw.key).length === 0) {
    throw new MongoError(Codes.CannotCreateIndex, 'index specification must contain a non-empty key pattern');
  }
  for (const [field, direction] of Object.entries(raw.key)) {
    const n = numericValue(direction);
    if (typeof direction === 'string') {
      throw new MongoError(
        Codes.CannotCreateIndex,
        `index type '${direction}' on field '${field}' is not supported by this server`,
      );
    }
    if (n === undefined || n === 0)
      throw new MongoError(Codes.CannotCreateIndex, `Values in the index key pattern can't be 0: ${field}`);
  }
  if (typeof raw.name !== 'string' || !raw.name)
    throw new MongoError(Codes.CannotCreateIndex, 'index specification must have a name');
  for (const option of Object.keys(raw)) {
    if (!INDEX_OPTIONS.has(option)) {
      throw new MongoError(
        Codes.InvalidIndexSpecificationOption,
        `The field '${option}' is not valid for an index specification.`,
      );
    }
  }
  if (raw.collation && (raw.collation as Document).locale !== 'simple')
    throw badValue('collation is not supported by this server');
  if (raw.partialFilterExpression !== undefined) validateFilter(raw.partialFilterExpression);
  if (raw.expireAfterSeconds !== undefined && numericValue(raw.expireAfterSeconds) === undefined) {
    throw new MongoError(Codes.CannotCreateIndex, 'TTL index expireAfterSeconds value must be a number');
  }
  const spec: Document = { v: 2, key: raw.key, name: raw.name };
  for (const option of ['unique', 'sparse', 'partialFilterExpression', 'expireAfterSeconds', 'hidden']) {
    if (raw[option] !== undefined && raw[option] !== false) spec[option] = raw[option];
  }
  return spec;
}

const comparable = (spec: Document): Document => {
  const { v: _v, name: _n, ...rest } = spec;
  return rest;
};

export function createIndexes(ctx: CommandContext): Document {
  const name = collectionName(ctx);
  if (!Array.isArray(ctx.cmd.indexes) || ctx.cmd.indexes.length === 0)
    throw badValue("'indexes' must be a non-empty array");
  const specs = ctx.cmd.indexes.map(normalizeSpec);
  const existed = ctx.scope.collection(ctx.db, name) !== undefined;
  const collection = ctx.scope.ensureCollection(ctx.db, name);
  const before = collection.indexes.size;
  for (const spec of specs) {
    if (!needsCreation(collection, spec)) continue;
    collection.addIndex(spec);
    ctx.scope.record({ op: 'createIndex', db: ctx.db, coll: name, spec });
  }
  const after = collection.indexes.size;
  return {
    numIndexesBefore: before,
    numIndexesAfter: after,
    ...(after === before ? { note: 'all indexes already exist' } : {}),
    createdCollectionAutomatically: !existed,
    ok: 1,
  };
}

function needsCreation(collection: Collection, spec: Document): boolean {
  const sameName = collection.indexes.get(spec.name as string);
  if (sameName) {
    if (identical(comparable(sameName.spec), comparable(spec))) return false;
    throw new MongoError(
      identical(sameName.spec.key, spec.key) ? Codes.IndexOptionsConflict : Codes.IndexKeySpecsConflict,
      `An existing index has the same name as the requested index. When index names are not specified, they are auto generated and can cause conflicts. Please refer to our documentation. Requested index: ${JSON.stringify(spec)}, existing index: ${JSON.stringify(sameName.spec)}`,
    );
  }
  for (const index of collection.indexes.values()) {
    if (
      identical(index.spec.key, spec.key) &&
      identical(index.spec.partialFilterExpression, spec.partialFilterExpression)
    ) {
      throw new MongoError(
        Codes.IndexOptionsConflict,
        `Index already exists with a different name: ${index.name}`,
      );
    }
  }
  return true;
}

export function listIndexes(ctx: CommandContext): Document {
  const name = collectionName(ctx);
  const collection = ctx.scope.collection(ctx.db, name);
  if (!collection) throw new MongoError(Codes.NamespaceNotFound, `ns does not exist: ${ctx.db}.${name}`);
  const specs = [...collection.indexes.values()].map((index) => index.spec);
  return {
    cursor: ctx.engine.cursors.open(`${ctx.db}.${name}`, specs, { sessionKey: ctx.sessionKey }),
    ok: 1,
  };
}

export function dropIndexes(ctx: CommandContext): Document {
  const name = collectionName(ctx);
  const collection = ctx.scope.collection(ctx.db, name);
  if (!collection) throw new MongoError(Codes.NamespaceNotFound, `ns not found ${ctx.db}.${name}`);
  const nIndexesWas = collection.indexes.size;
  for (const indexName of indexNamesToDrop(collection, ctx.cmd.index)) {
    collection.indexes.delete(indexName);
    ctx.scope.record({ op: 'dropIndex', db: ctx.db, coll: name, name: indexName });
  }
  return { nIndexesWas, ok: 1 };
}

function indexNamesToDrop(collection: Collection, selector: unknown): string[] {
  if (selector === '*') return [...collection.indexes.keys()].filter((n) => n !== '_id_');
  const names = Array.isArray(selector) ? selector : [selector];
  return names.map((s) => {
    const index = isPlainObject(s)
      ? [...collection.indexes.values()].find((i) => identical(i.spec.key, s))
      : collection.indexes.get(String(s));
    if (!index) {
      const shown = isPlainObject(s) ? JSON.stringify(s) : String(s);
      throw new MongoError(
        Codes.IndexNotFound,
        isPlainObject(s) ? `can't find index with key: ${shown}` : `index not found with name [${shown}]`,
      );
    }
    if (index.name === '_id_') throw new MongoError(Codes.InvalidOptions, 'cannot drop _id index');
    return index.name;
  });
}
