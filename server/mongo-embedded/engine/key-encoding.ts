import { bsonTag, isPlainObject, numericValue } from '../bson-values';
import { typeRank } from '../bson-order';

/**
 * Encodes a BSON value into a string whose plain string order equals MongoDB's value order.
 * Each encoding is self-delimiting, so compound keys are simple concatenations.
 */
export function encodeKey(value: unknown): string {
  const rankChar = String.fromCharCode(0x20 + typeRank(value));
  switch (typeRank(value)) {
    case 3:
      return rankChar + encodeNumber(value);
    case 4:
      return rankChar + escapeString(String(value));
    case 5:
      return rankChar + encodeObject(value);
    case 6:
      return rankChar + (value as unknown[]).map(encodeKey).join('') + END;
    case 7:
      return rankChar + encodeBinary(value);
    case 8:
      return rankChar + String(value);
    case 9:
      return rankChar + (value ? '1' : '0');
    case 10:
      return rankChar + sortableDouble((value as Date).getTime());
    case 11: {
      const ts = value as { t: number; i: number };
      return rankChar + hex8(ts.t) + hex8(ts.i);
    }
    case 12: {
      const [pattern, flags] =
        value instanceof RegExp
          ? [value.source, value.flags]
          : [(value as { pattern: string }).pattern, (value as { options: string }).options];
      return rankChar + escapeString(pattern) + escapeString(flags);
    }
    default:
      return rankChar;
  }
}

/** Marks the end of an object or array; below every type-rank character. */
const END = '\u0010';
const STRING_END = '\u0000';

/** Lowest and highest possible encodings of values of the same type as `value`. */
export function typeBracket(value: unknown): { low: string; high: string } {
  const rank = typeRank(value);
  return { low: String.fromCharCode(0x20 + rank), high: String.fromCharCode(0x20 + rank + 1) };
}

function escapeString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c <= 1 ? '\u0001' + String.fromCharCode(c + 1) : s[i];
  }
  return out + STRING_END;
}

function encodeObject(value: unknown): string {
  if (!isPlainObject(value)) return escapeString(String(value));
  let out = '';
  for (const key of Object.keys(value)) {
    const v = value[key];
    out += String.fromCharCode(0x20 + typeRank(v)) + escapeString(key) + encodeKey(v);
  }
  return out + END;
}

function encodeBinary(value: unknown): string {
  const bin = value as { buffer: Uint8Array; position: number; sub_type: number };
  const bytes = bin.buffer.subarray(0, bin.position);
  return hex8(bytes.length) + bin.sub_type.toString(16).padStart(2, '0') + Buffer.from(bytes).toString('hex');
}

function encodeNumber(value: unknown): string {
  const n = numericValue(value) ?? NaN;
  const base = sortableDouble(n);
  const tag = bsonTag(value);
  // Values a double cannot hold exactly get their exact text appended, so distinct values stay distinct.
  let exact = '';
  if (tag === 'Long' && !Number.isSafeInteger(n)) exact = String(value);
  if (tag === 'Decimal128' && String(Number(String(value))) !== trimDecimalZeros(String(value))) {
    exact = String(value);
  }
  return base + escapeString(exact);
}

const scratch = new DataView(new ArrayBuffer(8));

function sortableDouble(n: number): string {
  if (Number.isNaN(n)) return '0'.repeat(16);
  scratch.setFloat64(0, n === 0 ? 0 : n);
  let hi = scratch.getUint32(0);
  let lo = scratch.getUint32(4);
  if (hi & 0x80000000) {
    hi = ~hi >>> 0;
    lo = ~lo >>> 0;
  } else {
    hi = (hi | 0x80000000) >>> 0;
  }
  return hex8(hi) + hex8(lo);
}

function hex8(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}

function trimDecimalZeros(text: string): string {
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}
