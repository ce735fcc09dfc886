import { ObjectId, type Document } from 'bson';
import { isPlainObject } from '../bson-values';

/** The document an upsert starts from: the equality conditions of its filter (MongoDB's rule). */
export function seedFromFilter(filter: Document | undefined): Document {
  const seed: Document = {};
  const visit = (f: Document): void => {
    for (const [key, value] of Object.entries(f)) {
      if (key === '$and' && Array.isArray(value)) value.filter(isPlainObject).forEach(visit);
      if (key.startsWith('$')) continue;
      if (isPlainObject(value) && Object.keys(value).some((k) => k.startsWith('$'))) {
        if ('$eq' in value) setPath(seed, key, value.$eq);
      } else if (!(value instanceof RegExp)) {
        setPath(seed, key, value);
      }
    }
  };
  if (filter) visit(filter);
  return seed;
}

function setPath(target: Document, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    if (!isPlainObject(node[part])) node[part] = {};
    node = node[part] as Document;
  }
  node[parts[parts.length - 1]!] = value;
}

/** `_id` first, generated when missing — the shape MongoDB stores. */
export function withIdFirst(doc: Document): Document {
  const keys = Object.keys(doc);
  if (keys[0] === '_id') return doc;
  const out: Document = { _id: doc._id === undefined ? new ObjectId() : doc._id };
  for (const key of keys) if (key !== '_id') out[key] = doc[key];
  return out;
}
