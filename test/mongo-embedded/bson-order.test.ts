import { Binary, Decimal128, Double, Long, MaxKey, MinKey, ObjectId, Timestamp } from 'bson';
import { describe, expect, it } from 'vitest';
import { compareValues } from '../../server/mongo-embedded/bson-order';
import { encodeKey } from '../../server/mongo-embedded/engine/key-encoding';

const sign = (n: number): number => (n < 0 ? -1 : n > 0 ? 1 : 0);

const values: unknown[] = [
  new MinKey(),
  null,
  undefined,
  -Infinity,
  -1e300,
  Long.fromString('-9223372036854775808'),
  -2.5,
  new Double(-0),
  0,
  Decimal128.fromString('0.5'),
  1,
  new Double(1),
  Long.fromNumber(1),
  1.5,
  2 ** 40,
  Long.fromString('9007199254740993'),
  Infinity,
  '',
  'a',
  'a\u0000b',
  'ab',
  'b',
  'ä',
  {},
  { a: 1 },
  { a: 1, b: 1 },
  { a: 'x' },
  { b: 0 },
  [],
  [1],
  [1, 2],
  ['a'],
  new Binary(Buffer.from([1])),
  new Binary(Buffer.from([0, 0])),
  new Binary(Buffer.from([2]), 4),
  new ObjectId('000000000000000000000001'),
  new ObjectId('ffffffffffffffffffffffff'),
  false,
  true,
  new Date(-1000),
  new Date(0),
  new Date(1e12),
  new Timestamp({ t: 1, i: 5 }),
  new Timestamp({ t: 2, i: 0 }),
  /a/,
  /a/i,
  /b/,
  new MaxKey(),
];

describe('BSON value order', () => {
  it('is a total order that the index key encoding reproduces exactly', () => {
    for (const a of values) {
      for (const b of values) {
        const byValue = sign(compareValues(a, b));
        const ka = encodeKey(a);
        const kb = encodeKey(b);
        const byKey = ka < kb ? -1 : ka > kb ? 1 : 0;
        expect(byKey, `${String(a)} vs ${String(b)}`).toBe(byValue);
        expect(sign(compareValues(b, a))).toBe(byValue === 0 ? 0 : -byValue);
      }
    }
  });

  it('follows MongoDB type order and compares numbers across types by value', () => {
    // Array.prototype.sort always moves undefined to the end, so leave it out here.
    const sorted = values.filter((v) => v !== undefined).sort(compareValues);
    expect(sorted[0]).toBeInstanceOf(MinKey);
    expect(sorted.at(-1)).toBeInstanceOf(MaxKey);
    expect(compareValues(1, Long.fromNumber(1))).toBe(0);
    expect(compareValues(new Double(1), Decimal128.fromString('1'))).toBe(0);
    expect(compareValues(Long.fromString('9007199254740993'), 2 ** 53)).toBeGreaterThan(0);
    expect(compareValues('z', 1e308)).toBeGreaterThan(0);
    expect(compareValues(new ObjectId(), 'string')).toBeGreaterThan(0);
    expect(compareValues(true, new ObjectId())).toBeGreaterThan(0);
    expect(compareValues(new Date(0), true)).toBeGreaterThan(0);
  });
});
