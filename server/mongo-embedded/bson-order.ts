import { bsonTag, isPlainObject, numericValue } from './bson-values';

/** MongoDB's comparison order of BSON types (numbers share one rank and compare by value). */
export function typeRank(value: unknown): number {
  if (value === undefined || value === null) return 2;
  switch (typeof value) {
    case 'number':
    case 'bigint':
      return 3;
    case 'string':
      return 4;
    case 'boolean':
      return 9;
  }
  if (Array.isArray(value)) return 6;
  if (value instanceof Date) return 10;
  if (value instanceof RegExp) return 12;
  switch (bsonTag(value)) {
    case 'MinKey':
      return 1;
    case 'Int32':
    case 'Double':
    case 'Long':
    case 'Decimal128':
      return 3;
    case 'BSONSymbol':
      return 4;
    case 'Binary':
      return 7;
    case 'ObjectId':
      return 8;
    case 'Timestamp':
      return 11;
    case 'BSONRegExp':
      return 12;
    case 'Code':
      return 13;
    case 'MaxKey':
      return 14;
  }
  return 5;
}

const sign = (n: number): number => (n < 0 ? -1 : n > 0 ? 1 : 0);

function exactInteger(value: unknown): bigint | undefined {
  if (bsonTag(value) === 'Long') return (value as { toBigInt(): bigint }).toBigInt();
  if (typeof value === 'number' && Number.isInteger(value)) return BigInt(value);
  return undefined;
}

function compareNumbers(a: unknown, b: unknown): number {
  const ia = exactInteger(a);
  const ib = exactInteger(b);
  // Longs beyond 2^53 only compare exactly as integers.
  if (ia !== undefined && ib !== undefined) return ia < ib ? -1 : ia > ib ? 1 : 0;
  const x = numericValue(a) ?? NaN;
  const y = numericValue(b) ?? NaN;
  // NaN sorts below every other number in MongoDB.
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) ? (Number.isNaN(y) ? 0 : -1) : 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return sign(a.length - b.length);
}

function binaryParts(value: unknown): { bytes: Uint8Array; subtype: number } {
  const bin = value as { buffer: Uint8Array; position: number; sub_type: number };
  return { bytes: bin.buffer.subarray(0, bin.position), subtype: bin.sub_type };
}

/** Total order over BSON values as MongoDB compares them (for sort, range queries and index keys). */
export function compareValues(a: unknown, b: unknown): number {
  const ra = typeRank(a);
  const rb = typeRank(b);
  if (ra !== rb) return sign(ra - rb);
  switch (ra) {
    case 3:
      return compareNumbers(a, b);
    case 4:
      return compareStrings(String(a), String(b));
    case 5:
      return compareObjects(a as Record<string, unknown>, b as Record<string, unknown>);
    case 6:
      return compareArrays(a as unknown[], b as unknown[]);
    case 7: {
      const x = binaryParts(a);
      const y = binaryParts(b);
      return (
        sign(x.bytes.length - y.bytes.length) || sign(x.subtype - y.subtype) || compareBytes(x.bytes, y.bytes)
      );
    }
    case 8:
      return compareStrings(String(a), String(b));
    case 9:
      return sign(Number(a) - Number(b));
    case 10:
      return sign((a as Date).getTime() - (b as Date).getTime());
    case 11: {
      const x = a as { t: number; i: number };
      const y = b as { t: number; i: number };
      return sign(x.t - y.t) || sign(x.i - y.i);
    }
    case 12:
      return compareRegex(a, b);
    default:
      return 0;
  }
}

function regexParts(value: unknown): [string, string] {
  if (value instanceof RegExp) return [value.source, value.flags];
  const r = value as { pattern: string; options: string };
  return [r.pattern, r.options];
}

function compareRegex(a: unknown, b: unknown): number {
  const [pa, fa] = regexParts(a);
  const [pb, fb] = regexParts(b);
  return compareStrings(pa, pb) || compareStrings(fa, fb);
}

function compareObjects(a: Record<string, unknown>, b: Record<string, unknown>): number {
  if (!isPlainObject(a) || !isPlainObject(b)) return compareStrings(String(a), String(b));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  for (let i = 0; i < Math.min(ka.length, kb.length); i++) {
    const va = a[ka[i]!];
    const vb = b[kb[i]!];
    const byType = sign(typeRank(va) - typeRank(vb));
    if (byType) return byType;
    const byName = compareStrings(ka[i]!, kb[i]!);
    if (byName) return byName;
    const byValue = compareValues(va, vb);
    if (byValue) return byValue;
  }
  return sign(ka.length - kb.length);
}

function compareArrays(a: unknown[], b: unknown[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compareValues(a[i], b[i]);
    if (c) return c;
  }
  return sign(a.length - b.length);
}

export function valuesEqual(a: unknown, b: unknown): boolean {
  return compareValues(a, b) === 0;
}
