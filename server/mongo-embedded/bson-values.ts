import { Double, type Document } from 'bson';

/** The `_bsontype` tag of a BSON wrapper value (ObjectId, Long, Binary, ...), or undefined. */
export function bsonTag(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const tag = (value as { _bsontype?: unknown })._bsontype;
  return typeof tag === 'string' ? tag : undefined;
}

export function isPlainObject(value: unknown): value is Document {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * Turns a document decoded with `promoteValues: false` into the stored form: Int32 and doubles
 * become JS numbers, except doubles that bson would re-encode as int32 (integral values in int32
 * range, and -0), which stay `Double` so the type round-trips. Long, Decimal128 etc. stay wrapped.
 */
export function normalizeIncoming(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(normalizeIncoming);
  const tag = bsonTag(value);
  if (tag === 'Int32') return (value as { value: number }).value;
  if (tag === 'Double') {
    const n = (value as { value: number }).value;
    return needsDoubleWrapper(n) ? value : n;
  }
  if (!isPlainObject(value)) return value;
  const out: Document = {};
  for (const key of Object.keys(value)) out[key] = normalizeIncoming(value[key]);
  return out;
}

function needsDoubleWrapper(n: number): boolean {
  return Object.is(n, -0) || (Number.isInteger(n) && n >= -0x80000000 && n <= 0x7fffffff);
}

/** Numeric value of a number or BSON numeric wrapper; undefined for anything else. */
export function numericValue(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  switch (bsonTag(value)) {
    case 'Int32':
    case 'Double':
      return (value as { value: number }).value;
    case 'Long':
      return (value as { toNumber(): number }).toNumber();
    case 'Decimal128':
      return Number((value as { toString(): string }).toString());
    default:
      return undefined;
  }
}

export function isNumeric(value: unknown): boolean {
  return numericValue(value) !== undefined;
}

/** A number as it should be stored: a JS number, wrapped as Double when bson would otherwise pick int32. */
export function doubleValue(n: number): number | Double {
  return needsDoubleWrapper(n) ? new Double(n) : n;
}

const viewCache = new WeakMap<object, unknown>();

/**
 * The form mingo understands: numeric wrappers become JS numbers. Values without wrappers are
 * returned as they are (same object), so most documents cost nothing.
 */
export function toView(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const cached = viewCache.get(value);
  if (cached !== undefined) return cached;
  const view = computeView(value);
  viewCache.set(value, view);
  return view;
}

function computeView(value: object): unknown {
  if (Array.isArray(value)) {
    const mapped = value.map(toView);
    return mapped.some((v, i) => v !== value[i]) ? mapped : value;
  }
  const tag = bsonTag(value);
  if (tag === 'Int32' || tag === 'Double' || tag === 'Long' || tag === 'Decimal128')
    return numericValue(value);
  if (!isPlainObject(value)) return value;
  let changed = false;
  const out: Document = {};
  for (const key of Object.keys(value)) {
    const v = value[key];
    const mapped = toView(v);
    if (mapped !== v) changed = true;
    out[key] = mapped;
  }
  return changed ? out : value;
}

/** Deep copy of plain objects and arrays; BSON wrappers, dates and regexes are shared (never mutated). */
export function cloneDeep<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(cloneDeep) as T;
  const source: unknown = value;
  if (!isPlainObject(source)) return value;
  const out: Document = {};
  for (const key of Object.keys(source)) out[key] = cloneDeep(source[key]);
  return out as T;
}

/** Reads a dotted path without array traversal (numeric parts index arrays). */
export function getPath(doc: unknown, path: string): unknown {
  let current: unknown = doc;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    if (Array.isArray(current)) {
      if (!/^\d+$/.test(part)) return undefined;
      current = current[Number(part)];
    } else if (isPlainObject(current)) {
      current = Object.prototype.hasOwnProperty.call(current, part) ? current[part] : undefined;
    } else {
      return undefined;
    }
  }
  return current;
}

/**
 * All values a dotted path reaches, descending into arrays like MongoDB does for queries and
 * indexes: an array met before the last part fans out over its elements.
 */
export function collectPathValues(doc: unknown, path: string): unknown[] {
  const out: unknown[] = [];
  collect(doc, path.split('.'), 0, out);
  return out;
}

function collect(current: unknown, parts: string[], i: number, out: unknown[]): void {
  if (i === parts.length) {
    out.push(current);
    return;
  }
  const part = parts[i]!;
  if (Array.isArray(current)) {
    if (/^\d+$/.test(part) && Number(part) < current.length)
      collect(current[Number(part)], parts, i + 1, out);
    for (const element of current) if (isPlainObject(element)) collect(element, parts, i, out);
    return;
  }
  if (isPlainObject(current)) {
    if (Object.prototype.hasOwnProperty.call(current, part)) collect(current[part], parts, i + 1, out);
    else out.push(undefined);
    return;
  }
  out.push(undefined);
}

/** Exact equality including BSON types (1 and 1.0 differ) — decides whether an update changed anything. */
export function identical(a: unknown, b: unknown): boolean {
  if (a === b) return !(typeof a === 'number' && !Object.is(a, b));
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return Object.is(a, b);
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => identical(v, b[i]))
    );
  }
  if (a instanceof Date || b instanceof Date)
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (a instanceof RegExp || b instanceof RegExp) return String(a) === String(b);
  const tagA = bsonTag(a);
  if (tagA !== bsonTag(b)) return false;
  if (tagA === 'Binary') {
    const x = a as { buffer: Uint8Array; position: number; sub_type: number };
    const y = b as { buffer: Uint8Array; position: number; sub_type: number };
    return (
      x.sub_type === y.sub_type &&
      Buffer.compare(x.buffer.subarray(0, x.position), y.buffer.subarray(0, y.position)) === 0
    );
  }
  if (tagA === 'Double') return Object.is((a as Double).value, (b as Double).value);
  if (tagA !== undefined) return String(a) === String(b);
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && identical(a[k], b[k]));
}
