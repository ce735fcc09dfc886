import { Decimal128, Double, Int32, Long, ObjectId, type Document } from 'bson';
import { describe, expect, it } from 'vitest';
import { compileFilter } from '../../server/mongo-embedded/query/filter';
import { FilterCache } from '../../server/mongo-embedded/query/filter-cache';
import { countGroupResult } from '../../server/mongo-embedded/query/count-stage';

const id = new ObjectId('65a000000000000000000001');
const docs: Record<string, Document> = {
  number: { v: 5 },
  int32: { v: new Int32(7) },
  long: { v: Long.fromNumber(3) },
  decimal: { v: Decimal128.fromString('4.5') },
  string: { v: '5' },
  date: { v: new Date('2026-02-10T00:00:00Z') },
  id: { v: id },
  array: { v: [1, 20] },
  nested: { v: [[6]] },
  objects: { v: [{ w: 2 }, { w: 8 }] },
  missing: {},
  null: { v: null },
  nan: { v: NaN },
  decimalNaN: { v: Decimal128.fromString('NaN') },
};

const matching = (filter: Document): string[] => {
  const predicate = compileFilter(filter);
  return Object.entries(docs)
    .filter(([, doc]) => predicate(doc))
    .map(([name]) => name);
};

describe('filters evaluated without mingo', () => {
  it('compares ranges within the type bracket of the bound, any array element matching', () => {
    // Each bound may be met by a different element: [1, 20] is >= 4 and < 8.
    expect(matching({ v: { $gte: 4, $lt: 8 } })).toEqual(['number', 'int32', 'decimal', 'array']);
    expect(matching({ v: { $gt: 10 } })).toEqual(['array']);
    expect(matching({ v: { $lt: '6' } })).toEqual(['string']);
    expect(matching({ v: { $gte: new Date('2026-02-01'), $lt: new Date('2026-03-01') } })).toEqual(['date']);
    expect(matching({ 'v.w': { $gt: 5 } })).toEqual(['objects']);
  });

  it('matches $in members by value across numeric types, and array elements', () => {
    expect(matching({ v: { $in: [3, 7, new Double(20)] } })).toEqual(['int32', 'long', 'array']);
    expect(matching({ v: { $in: [id, '5'] } })).toEqual(['string', 'id']);
    expect(matching({ v: { $in: [] } })).toEqual([]);
  });

  it('matches null as missing or null on top-level fields', () => {
    expect(matching({ v: { $in: [null] } })).toEqual(['missing', 'null']);
    expect(matching({ v: null })).toEqual(['missing', 'null']);
    expect(compileFilter({ v: null })({ v: [1, null] })).toBe(true);
    expect(compileFilter({ v: null })({ v: [] })).toBe(false);
  });

  it('combines conditions with $or and $and, and tests $exists on top-level fields', () => {
    expect(matching({ $or: [{ v: 5 }, { v: { $exists: false } }] })).toEqual(['number', 'missing']);
    expect(matching({ v: { $exists: true }, $and: [{ v: { $gte: 5 } }, { v: { $lt: 7 } }] })).toEqual([
      'number',
      'array',
    ]);
    const session = { _id: 's1', expires: new Date('2030-01-01') };
    const live = compileFilter({
      _id: 's1',
      $or: [{ expires: { $exists: false } }, { expires: { $gt: new Date('2026-01-01') } }],
    });
    expect(live(session)).toBe(true);
    expect(live({ ...session, expires: new Date('2025-01-01') })).toBe(false);
    expect(live({ _id: 's1' })).toBe(true);
  });

  it('leaves NaN and nested arrays to the full evaluator with MongoDB semantics', () => {
    expect(matching({ v: { $lt: 100 } })).toEqual(matching({ v: { $lt: 100, $exists: true } }));
    expect(matching({ v: 6 })).toEqual([]);
  });

  it('rejects unknown operators whether compiled or cached', () => {
    expect(() => compileFilter({ v: { $foo: 1 } })).toThrow(/unknown operator/);
    expect(() => compileFilter({ v: { $foo: 1 } })).toThrow(/unknown operator/);
  });
});

describe('the compiled-filter cache', () => {
  it('reuses a compiled filter for an equal filter, keeps BSON types apart, and stays bounded', () => {
    const cache = new FilterCache<number>(2);
    let compiled = 0;
    const compile = () => ++compiled;
    expect(cache.getOrCompile({ a: 1 }, compile)).toBe(1);
    expect(cache.getOrCompile({ a: 1 }, compile)).toBe(1);
    expect(cache.getOrCompile({ a: Long.fromNumber(1) }, compile)).toBe(2);
    expect(cache.getOrCompile({ a: 1 }, compile)).toBe(1);
    expect(cache.getOrCompile({ b: 1 }, compile)).toBe(3);
    expect(cache.size).toBe(2);
    // The Long entry was the least recently used and is gone.
    expect(cache.getOrCompile({ a: Long.fromNumber(1) }, compile)).toBe(4);
  });
});

describe('counting group stages', () => {
  const docs = [
    { org: 'a', public: true },
    { org: 'b', public: true },
    { org: 'a', public: false },
    { org: 'a', public: true },
  ];
  const group = (id: unknown, accumulators: object = { n: { $sum: 1 } }) => ({
    $group: { _id: id, ...accumulators },
  });

  it('counts by a constant, a field or a document of fields, and returns no group for no input', () => {
    expect(countGroupResult(group(1), docs)).toEqual([{ _id: 1, n: 4 }]);
    expect(countGroupResult(group(1), [])).toEqual([]);
    expect(countGroupResult(group('$org', { n: { $sum: 1 }, m: { $sum: 1 } }), docs)).toEqual([
      { _id: 'a', n: 3, m: 3 },
      { _id: 'b', n: 1, m: 1 },
    ]);
    expect(countGroupResult(group({ org: '$org', public: '$public' }), docs)).toEqual([
      { _id: { org: 'a', public: true }, n: 2 },
      { _id: { org: 'b', public: true }, n: 1 },
      { _id: { org: 'a', public: false }, n: 1 },
    ]);
  });

  it('declines other shapes and documents missing a grouped field', () => {
    expect(countGroupResult(group(1, { n: { $sum: '$a' } }), docs)).toBeUndefined();
    expect(countGroupResult(group('$a.b'), docs)).toBeUndefined();
    expect(countGroupResult(group({ org: { $toUpper: '$org' } }), docs)).toBeUndefined();
    expect(countGroupResult(group('$org'), [...docs, { public: true }])).toBeUndefined();
  });
});
