import { Decimal128, Long } from 'bson';
import { bsonTag, doubleValue, numericValue } from '../bson-values';

/** MongoDB's numeric result types, widest last: int32 + long = long, anything + double = double. */
type NumericKind = 0 | 1 | 2 | 3;
const INT = 0;
const LONG = 1;
const DOUBLE = 2;
const DECIMAL = 3;

const isInt32 = (n: number): boolean =>
  Number.isInteger(n) && n >= -0x80000000 && n <= 0x7fffffff && !Object.is(n, -0);

function kindOf(value: unknown): NumericKind {
  if (typeof value === 'number') return isInt32(value) ? INT : DOUBLE;
  switch (bsonTag(value)) {
    case 'Long':
      return LONG;
    case 'Decimal128':
      return DECIMAL;
    case 'Int32':
      return INT;
    default:
      return DOUBLE;
  }
}

function toBigInt(value: unknown): bigint {
  return Long.isLong(value) ? value.toBigInt() : BigInt(numericValue(value) ?? 0);
}

function integerResult(result: bigint, kind: NumericKind): unknown {
  if (kind === INT && result >= -0x80000000n && result <= 0x7fffffffn) return Number(result);
  return Long.fromBigInt(BigInt.asIntN(64, result));
}

function combine(a: unknown, b: unknown, op: 'add' | 'mul'): unknown {
  const kind = Math.max(kindOf(a), kindOf(b)) as NumericKind;
  if (kind === INT || kind === LONG) {
    const x = toBigInt(a);
    const y = toBigInt(b);
    return integerResult(op === 'add' ? x + y : x * y, kind);
  }
  const x = numericValue(a) ?? 0;
  const y = numericValue(b) ?? 0;
  const n = op === 'add' ? x + y : x * y;
  return kind === DECIMAL ? Decimal128.fromString(String(n)) : doubleValue(n);
}

export const addNumbers = (a: unknown, b: unknown): unknown => combine(a, b, 'add');
export const multiplyNumbers = (a: unknown, b: unknown): unknown => combine(a, b, 'mul');

/** Zero of the type `$mul` would produce, used when the field does not exist yet. */
export function zeroLike(value: unknown): unknown {
  return combine(0, value, 'mul');
}

export function bitwise(current: unknown, spec: Record<string, unknown>): unknown {
  let result = toBigInt(current ?? 0);
  let kind = kindOf(current ?? 0);
  for (const [op, operand] of Object.entries(spec)) {
    kind = Math.max(kind, kindOf(operand)) as NumericKind;
    const y = toBigInt(operand);
    result = op === 'and' ? result & y : op === 'or' ? result | y : result ^ y;
  }
  return integerResult(result, kind === INT ? INT : LONG);
}
