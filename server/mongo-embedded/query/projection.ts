import type { Document } from 'bson';
import { find as mingoFind } from 'mingo';
import { isPlainObject, toView } from '../bson-values';
import { badValue } from '../errors';
import { queryOptions } from './mingo-options';

export type Projector = (doc: Document) => Document;

/**
 * Compiles a find projection. Plain inclusion/exclusion runs here on the stored document (keeps
 * every BSON type); operator projections ($slice, $elemMatch, positional, expressions) go to mingo.
 */
export function compileProjection(spec: Document | undefined, filter?: Document): Projector {
  if (!spec || Object.keys(spec).length === 0) return (doc) => doc;
  const entries = Object.entries(spec);
  const isSimple = entries.every(
    ([path, v]) => !path.endsWith('.$') && (typeof v === 'number' || typeof v === 'boolean'),
  );
  if (!isSimple) {
    const viewFilter = (toView(filter ?? {}) as Document) ?? {};
    return (doc) =>
      mingoFind([toView(doc)], viewFilter, toView(spec) as Document, queryOptions()).all()[0] as Document;
  }
  const includeId = spec._id === undefined || Boolean(spec._id);
  const others = entries.filter(([path]) => path !== '_id');
  const inclusion = others.some(([, v]) => Boolean(v)) || (others.length === 0 && Boolean(spec._id));
  if (inclusion && others.some(([, v]) => !v)) {
    const excluded = others.find(([, v]) => !v)![0];
    throw badValue(`Cannot do exclusion on field ${excluded} in inclusion projection`);
  }
  const tree = buildTree(others.map(([path]) => path));
  if (inclusion) {
    return (doc) => {
      const out: Document = {};
      if (includeId && doc._id !== undefined) out._id = doc._id;
      return Object.assign(out, include(doc, tree, true));
    };
  }
  return (doc) => {
    const out = exclude(doc, tree) as Document;
    if (!includeId) delete out._id;
    return out;
  };
}

type PathTree = Map<string, PathTree | true>;

function buildTree(paths: string[]): PathTree {
  const root: PathTree = new Map();
  for (const path of paths) {
    const parts = path.split('.');
    let node = root;
    parts.forEach((part, i) => {
      if (i === parts.length - 1) {
        node.set(part, true);
        return;
      }
      const next = node.get(part);
      if (next === true) return;
      const child: PathTree = next ?? new Map();
      node.set(part, child);
      node = child;
    });
  }
  return root;
}

function include(value: Document, tree: PathTree, topLevel = false): Document {
  const out: Document = {};
  for (const key of Object.keys(value)) {
    if (topLevel && key === '_id' && !tree.has('_id')) continue;
    const node = tree.get(key);
    if (!node) continue;
    if (node === true) out[key] = value[key];
    else {
      const projected = includeNested(value[key], node);
      if (projected !== undefined) out[key] = projected;
    }
  }
  return out;
}

function includeNested(value: unknown, tree: PathTree): unknown {
  if (Array.isArray(value)) {
    return value.filter((v) => isPlainObject(v) || Array.isArray(v)).map((v) => includeNested(v, tree));
  }
  return isPlainObject(value) ? include(value, tree) : undefined;
}

function exclude(value: unknown, tree: PathTree): unknown {
  if (Array.isArray(value)) return value.map((v) => exclude(v, tree));
  if (!isPlainObject(value)) return value;
  const out: Document = {};
  for (const key of Object.keys(value)) {
    const node = tree.get(key);
    if (node === true) continue;
    out[key] = node ? exclude(value[key], node) : value[key];
  }
  return out;
}
