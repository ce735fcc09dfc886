import { Decimal128, Long } from 'bson';
import { bsonTag, doubleValue, isPlainObject, numericValue } from '../bson-values';

const isStoredAsDouble = (n: number): boolean => !Number.isInteger(n) || n < -0x80000000 || n > 0x7fffffff;

/**
 * mingo computes on plain JS numbers. After an update, give each number the BSON type the field
 * had before (Long stays Long, a double stays a double even when the result is integral).
 */
export function restoreNumericTypes(original: unknown, updated: unknown): unknown {
  if (typeof updated === 'number') return restoreNumber(original, updated);
  if (Array.isArray(updated)) {
    return updated.map((v, i) => restoreNumericTypes(Array.isArray(original) ? original[i] : undefined, v));
  }
  if (isPlainObject(updated)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(updated)) {
      out[key] = restoreNumericTypes(isPlainObject(original) ? original[key] : undefined, updated[key]);
    }
    return out;
  }
  return updated;
}

function restoreNumber(original: unknown, n: number): unknown {
  if (typeof original === 'number') return isStoredAsDouble(original) ? doubleValue(n) : n;
  const before = numericValue(original);
  if (before === undefined) return n;
  if (before === n) return original;
  switch (bsonTag(original)) {
    case 'Long':
      return Number.isInteger(n) ? Long.fromNumber(n) : n;
    case 'Decimal128':
      return Decimal128.fromString(String(n));
    default:
      return doubleValue(n);
  }
}
