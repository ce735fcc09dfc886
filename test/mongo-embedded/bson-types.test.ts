import {
  Binary,
  Decimal128,
  Double,
  Int32,
  Long,
  MaxKey,
  MinKey,
  MongoClient,
  ObjectId,
  Timestamp,
  UUID,
  type Db,
} from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestDatabase } from '../support/database';

let database: Awaited<ReturnType<typeof startTestDatabase>>;
let client: MongoClient;
let db: Db;

beforeAll(async () => {
  database = await startTestDatabase();
  client = await MongoClient.connect(database.uri);
  db = client.db();
});

afterAll(async () => {
  await client?.close();
  await database?.stop();
});

const typeOf = (v: unknown): string =>
  v === null ? 'null' : ((v as { _bsontype?: string })._bsontype ?? (v instanceof Date ? 'Date' : typeof v));

describe('BSON round trip', () => {
  it('keeps every value and its type', async () => {
    const id = new ObjectId();
    const uuid = new UUID();
    const original = {
      _id: id,
      int: new Int32(42),
      integralDouble: new Double(3),
      double: new Double(2.5),
      negativeZero: new Double(-0),
      long: Long.fromString('9007199254740993'),
      decimal: Decimal128.fromString('1234.5600'),
      binary: new Binary(Buffer.from([0, 1, 2, 255]), 0),
      uuid,
      date: new Date('2026-03-01T10:00:00.123Z'),
      nil: null,
      text: 'Grüße',
      flag: true,
      ts: new Timestamp({ t: 100, i: 2 }),
      nested: { a: [1, { b: new Int32(2) }], c: { d: new Double(1) } },
      list: [new Int32(1), new Double(1), Long.fromNumber(1)],
    };
    const coll = db.collection('types');
    await coll.insertOne(original);
    const back = await coll.findOne({ _id: id }, { promoteValues: false, promoteBuffers: false });
    expect(back).not.toBeNull();
    expect(Object.keys(back!)).toEqual(Object.keys(original));
    for (const key of Object.keys(original) as Array<keyof typeof original>) {
      expect(typeOf(back![key]), key).toBe(typeOf(original[key]));
    }
    expect(String(back!.long)).toBe('9007199254740993');
    expect(String(back!.decimal)).toBe('1234.5600');
    expect(Object.is((back!.negativeZero as Double).value, -0)).toBe(true);
    expect(Buffer.from((back!.binary as Binary).buffer).toString('hex')).toBe('000102ff');
    expect((back!.uuid as Binary).sub_type).toBe(4);
    expect((back!.date as Date).toISOString()).toBe('2026-03-01T10:00:00.123Z');
    expect(back!.nested.a[1].b).toBeInstanceOf(Int32);
    expect(back!.nested.c.d).toBeInstanceOf(Double);
    expect(back!.list.map(typeOf)).toEqual(['Int32', 'Double', 'Long']);
  });

  it('keeps types through updates that do not touch them and through $inc', async () => {
    const coll = db.collection('types_update');
    const { insertedId } = await coll.insertOne({ long: Long.fromNumber(5), dbl: new Double(2), other: 1 });
    await coll.updateOne({ _id: insertedId }, { $inc: { long: 1, dbl: 1 }, $set: { other: 2 } });
    const back = await coll.findOne({ _id: insertedId }, { promoteValues: false });
    expect(back?.long).toBeInstanceOf(Long);
    expect(String(back?.long)).toBe('6');
    expect(back?.dbl).toBeInstanceOf(Double);
    expect((back?.dbl as Double).value).toBe(3);
  });

  it('puts a generated _id first when the document has none', async () => {
    const coll = db.collection('types_id');
    await coll.insertOne({ z: 1, a: 2 }, { forceServerObjectId: true });
    const back = await coll.findOne({ z: 1 });
    expect(Object.keys(back!)).toEqual(['_id', 'z', 'a']);
    expect(back!._id).toBeInstanceOf(ObjectId);
  });

  it('matches numbers across Int32, Long, Double and Decimal128', async () => {
    const coll = db.collection('types_numbers');
    await coll.insertMany([
      { v: new Int32(7) },
      { v: Long.fromNumber(7) },
      { v: new Double(7) },
      { v: Decimal128.fromString('7') },
      { v: 8 },
    ]);
    expect(await coll.countDocuments({ v: 7 })).toBe(4);
    expect(await coll.countDocuments({ v: Long.fromNumber(7) })).toBe(4);
    expect(await coll.countDocuments({ v: { $gt: new Double(7.5) } })).toBe(1);
  });
});

describe('sort by BSON type order', () => {
  it('orders mixed types like MongoDB', async () => {
    const coll = db.collection('type_order');
    const oid = new ObjectId('64b000000000000000000000');
    const values: Array<[string, unknown]> = [
      ['maxKey', new MaxKey()],
      ['regex', /abc/],
      ['timestamp', new Timestamp({ t: 1, i: 1 })],
      ['date', new Date(0)],
      ['bool', false],
      ['objectId', oid],
      ['binary', new Binary(Buffer.from('x'))],
      ['array', [5]],
      ['object', { a: 1 }],
      ['string', 'abc'],
      ['long', Long.fromNumber(3)],
      ['double', 2.5],
      ['decimal', Decimal128.fromString('1.5')],
      ['int', new Int32(2)],
      ['null', null],
      ['minKey', new MinKey()],
    ];
    await coll.insertMany(values.map(([name, v]) => ({ name, v })));
    const ascending = (await coll.find({}).sort({ v: 1, name: 1 }).toArray()).map((d) => d.name);
    // An array sorts by its smallest element (5), so it lands among the numbers.
    expect(ascending).toEqual([
      'minKey',
      'null',
      'decimal',
      'int',
      'double',
      'long',
      'array',
      'string',
      'object',
      'binary',
      'objectId',
      'bool',
      'date',
      'timestamp',
      'regex',
      'maxKey',
    ]);
  });

  it('sorts ObjectIds and Dates by value, missing fields first', async () => {
    const coll = db.collection('type_order2');
    await coll.insertMany([
      { when: new Date('2026-02-01') },
      { when: new Date('2025-01-01') },
      {},
      { when: new Date('2027-01-01') },
    ]);
    const docs = await coll.find({}).sort({ when: 1 }).toArray();
    expect(docs.map((d) => (d.when ? (d.when as Date).getUTCFullYear() : null))).toEqual([
      null,
      2025,
      2026,
      2027,
    ]);
    const byId = await coll.find({}).sort({ _id: -1 }).toArray();
    const ids = byId.map((d) => d._id.toHexString());
    expect([...ids].sort().reverse()).toEqual(ids);
  });

  it('does not match across types in range queries', async () => {
    const coll = db.collection('type_ranges');
    await coll.insertMany([{ v: 5 }, { v: '6' }, { v: new Date(10) }, { v: null }]);
    expect(await coll.countDocuments({ v: { $gt: 1 } })).toBe(1);
    expect(await coll.countDocuments({ v: { $gte: '' } })).toBe(1);
    expect(await coll.countDocuments({ v: { $lt: new Date(100) } })).toBe(1);
  });
});
