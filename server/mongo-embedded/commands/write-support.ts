import { calculateObjectSize, type Document } from 'bson';
import { isPlainObject } from '../bson-values';
import { bsonTag } from '../bson-values';
import { duplicateKeyError, type Collection } from '../engine/collection';
import { encodeKey } from '../engine/key-encoding';
import type { Scope } from '../engine/scope';
import { badValue, Codes, MongoError, toMongoError } from '../errors';
import { withIdFirst } from '../query/upsert-seed';
import { WIRE_LIMITS } from './hello';

/** Checks a document about to be stored and gives it the stored shape (`_id` first). */
export function prepareDocument(doc: unknown): Document {
  if (!isPlainObject(doc)) throw badValue('document must be an object');
  const dollarField = Object.keys(doc).find((key) => key.startsWith('$'));
  if (dollarField) throw badValue(`Document can't have $ prefixed field names: ${dollarField}`);
  const prepared = withIdFirst(doc);
  const id = prepared._id;
  if (Array.isArray(id)) throw badValue("can't use an array for _id");
  if (id instanceof RegExp || bsonTag(id) === 'BSONRegExp') throw badValue("can't use a regex for _id");
  if (calculateObjectSize(prepared) > WIRE_LIMITS.maxBsonObjectSize) {
    throw new MongoError(Codes.BSONObjectTooLarge, 'object to insert too large');
  }
  return prepared;
}

/** Stores a new document; an existing `_id` is a duplicate key on `_id_`. */
export function insertDocument(scope: Scope, collection: Collection, doc: Document): void {
  if (collection.get(encodeKey(doc._id)))
    throw duplicateKeyError(collection.ns, collection.indexes.get('_id_')!, doc);
  scope.put(collection, doc);
}

export function writeError(err: unknown, index: number): Document {
  const e = toMongoError(err);
  return { index, code: e.code, codeName: e.codeName, errmsg: e.message, ...e.extra };
}

export function requireArray(value: unknown, field: string): Document[] {
  if (!Array.isArray(value))
    throw new MongoError(Codes.TypeMismatch, `BSON field '${field}' is the wrong type, expected array`);
  if (value.length > WIRE_LIMITS.maxWriteBatchSize) {
    throw new MongoError(
      Codes.InvalidOptions,
      `Write batch sizes must be between 1 and ${WIRE_LIMITS.maxWriteBatchSize}. Got ${value.length} operations.`,
    );
  }
  return value as Document[];
}

export function writeReply(n: number, writeErrors: Document[], extra: Document = {}): Document {
  return { n, ...extra, ...(writeErrors.length ? { writeErrors } : {}), ok: 1 };
}
