import type { Document } from 'bson';
import { Query } from 'mingo';
import { getPath, isPlainObject, toView } from '../bson-values';
import { badValue, Codes, MongoError } from '../errors';
import { queryOptions } from './mingo-options';

export interface PositionalContext {
  filter: Document;
  arrayFilters: Document[];
  /** False for an upsert's insert, where positional operators have nothing to refer to. */
  allowPositional: boolean;
}

const IDENTIFIER = /^\$\[([a-z][a-zA-Z0-9]*)?\]$/;

/**
 * Resolves `$`, `$[]` and `$[id]` in an update path against a document, giving the concrete
 * paths (as segment lists) the operator applies to.
 */
export function expandPath(doc: Document, path: string, ctx: PositionalContext): string[][] {
  const segments = path.split('.');
  if (segments.some((s) => s === ''))
    throw badValue(`The update path '${path}' contains an empty field name, which is not allowed.`);
  if (!segments.some((s) => s.startsWith('$'))) return [segments];
  let results: string[][] = [[]];
  for (const segment of segments) {
    if (segment === '$') {
      if (!ctx.allowPositional)
        throw badValue('The positional operator did not find the match needed from the query.');
      results = results.map((prefix) => [...prefix, String(firstMatchingIndex(doc, prefix, ctx.filter))]);
    } else if (IDENTIFIER.test(segment)) {
      const id = IDENTIFIER.exec(segment)![1];
      results = results.flatMap((prefix) => {
        const array = getPath(doc, prefix.join('.'));
        if (!Array.isArray(array)) {
          throw badValue(
            `The path '${prefix.join('.')}' must exist in the document in order to apply array updates.`,
          );
        }
        const test = id === undefined ? () => true : arrayFilterTest(id, ctx.arrayFilters);
        return array.flatMap((element, i) => (test(element) ? [[...prefix, String(i)]] : []));
      });
    } else if (segment.startsWith('$')) {
      throw badValue(
        `The dollar ($) prefixed field '${segment}' in '${path}' is not allowed in the context of an update's replacement document.`,
      );
    } else {
      results = results.map((prefix) => [...prefix, segment]);
    }
  }
  return results;
}

function arrayFilterTest(id: string, arrayFilters: Document[]): (element: unknown) => boolean {
  const filter = arrayFilters.find((f) => Object.keys(f).some((k) => k === id || k.startsWith(`${id}.`)));
  if (!filter) throw badValue(`No array filter found for identifier '${id}' in path`);
  const query = new Query(toView(filter) as Document, queryOptions());
  return (element) => query.test({ [id]: toView(element) });
}

/** The index of the first array element the query's conditions on that array matched. */
function firstMatchingIndex(doc: Document, prefix: string[], filter: Document): number {
  const field = prefix.join('.');
  const array = getPath(doc, field);
  const conditions = Object.entries(filter).filter(([k]) => k === field || k.startsWith(`${field}.`));
  if (!Array.isArray(array) || conditions.length === 0) {
    throw badValue('The positional operator did not find the match needed from the query.');
  }
  const query = new Query(toView(Object.fromEntries(conditions)) as Document, queryOptions());
  const index = array.findIndex((element) => query.test(nest(prefix, [toView(element)])));
  if (index < 0) throw badValue('The positional operator did not find the match needed from the query.');
  return index;
}

function nest(path: string[], value: unknown): Document {
  return path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value) as Document;
}

/** Walks to the parent of the last segment, creating objects on the way when `create` is set. */
export function parentOf(
  doc: Document,
  segments: string[],
  create: boolean,
): { parent: unknown; key: string } | undefined {
  let current: unknown = doc;
  for (let i = 0; i < segments.length - 1; i++) {
    const segment = segments[i]!;
    let next: unknown;
    if (Array.isArray(current)) {
      if (!/^\d+$/.test(segment)) return notViable(create, segments, i, current);
      next = current[Number(segment)];
      if (next === undefined || next === null) {
        if (!create) return undefined;
        while (current.length < Number(segment)) current.push(null);
        next = {};
        current[Number(segment)] = next;
      }
    } else if (isPlainObject(current)) {
      next = current[segment];
      if (next === undefined || next === null) {
        if (!create) return undefined;
        next = {};
        current[segment] = next;
      }
    } else {
      return notViable(create, segments, i, current);
    }
    current = next;
  }
  if (!Array.isArray(current) && !isPlainObject(current))
    return notViable(create, segments, segments.length - 1, current);
  return { parent: current, key: segments[segments.length - 1]! };
}

function notViable(create: boolean, segments: string[], i: number, value: unknown): undefined {
  if (!create) return undefined;
  throw new MongoError(
    Codes.PathNotViable,
    `Cannot create field '${segments[i]}' in element {${segments[i - 1] ?? ''}: ${JSON.stringify(value)}}`,
  );
}
