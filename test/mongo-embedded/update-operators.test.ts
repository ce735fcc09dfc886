import { Int32, Long, MongoClient, type Collection, type Document } from 'mongodb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestDatabase } from '../support/database';

let database: Awaited<ReturnType<typeof startTestDatabase>>;
let client: MongoClient;
let coll: Collection;

beforeAll(async () => {
  database = await startTestDatabase();
  client = await MongoClient.connect(database.uri);
  coll = client.db().collection('update_ops');
});

afterAll(async () => {
  await client?.close();
  await database?.stop();
});

beforeEach(async () => {
  await coll.deleteMany({});
});

async function updated(doc: Document, update: Document, options: Document = {}): Promise<Document | null> {
  const { insertedId } = await coll.insertOne(doc);
  await coll.updateOne({ _id: insertedId, ...(options.filter as Document) }, update, options);
  return coll.findOne(
    { _id: insertedId },
    { projection: { _id: 0 }, promoteValues: options.promoteValues !== false },
  );
}

describe('update operator details', () => {
  it('promotes an int32 that overflows on $inc to a long', async () => {
    const doc = await updated({ n: new Int32(2147483647) }, { $inc: { n: 1 } }, { promoteValues: false });
    expect(doc?.n).toBeInstanceOf(Long);
    expect(String(doc?.n)).toBe('2147483648');
  });

  it('creates missing fields: $inc with the amount, $mul with zero, nested paths as objects', async () => {
    expect(await updated({}, { $inc: { a: 2 }, $mul: { b: 3 }, $set: { 'c.d.e': 1 } })).toEqual({
      a: 2,
      b: 0,
      c: { d: { e: 1 } },
    });
  });

  it('adds new fields in field-name order', async () => {
    const doc = await updated({ z: 0 }, { $set: { b: 1, a: 1 } });
    expect(Object.keys(doc!)).toEqual(['z', 'a', 'b']);
  });

  it('pads arrays with null when setting past the end and nulls unset elements', async () => {
    expect(await updated({ list: [1] }, { $set: { 'list.3': 4 } })).toEqual({ list: [1, null, null, 4] });
    expect(await updated({ list: [1, 2, 3] }, { $unset: { 'list.1': '' } })).toEqual({ list: [1, null, 3] });
  });

  it('supports $push with $position and $sort, and $pull with document conditions', async () => {
    expect(await updated({ list: [1, 5] }, { $push: { list: { $each: [3, 4], $position: 1 } } })).toEqual({
      list: [1, 3, 4, 5],
    });
    expect(
      await updated(
        { list: [{ n: 2 }, { n: 1 }] },
        { $push: { list: { $each: [{ n: 3 }], $sort: { n: -1 }, $slice: 2 } } },
      ),
    ).toEqual({ list: [{ n: 3 }, { n: 2 }] });
    expect(
      await updated(
        { items: [{ q: 1, keep: true }, { q: 5 }, { q: 9 }] },
        { $pull: { items: { q: { $gte: 5 } } } },
      ),
    ).toEqual({ items: [{ q: 1, keep: true }] });
    expect(await updated({ list: [1, 2, 3, 2] }, { $pullAll: { list: [2, 3] } })).toEqual({ list: [1] });
  });

  it('updates nested array documents through the positional operator', async () => {
    const doc = await updated(
      {
        members: [
          { name: 'a', votes: 0 },
          { name: 'b', votes: 0 },
        ],
      },
      { $inc: { 'members.$.votes': 1 } },
      { filter: { 'members.name': 'b' } },
    );
    expect(doc).toEqual({
      members: [
        { name: 'a', votes: 0 },
        { name: 'b', votes: 1 },
      ],
    });
  });

  it('uses nested arrayFilters identifiers', async () => {
    const doc = await updated(
      { rows: [{ cells: [1, 5] }, { cells: [7, 2] }] },
      { $set: { 'rows.$[].cells.$[big]': 0 } },
      { arrayFilters: [{ big: { $gt: 4 } }] },
    );
    expect(doc).toEqual({ rows: [{ cells: [1, 0] }, { cells: [0, 2] }] });
  });

  it('refuses to create a field inside a scalar (28 PathNotViable) and $inc on a string (14)', async () => {
    const { insertedId } = await coll.insertOne({ a: 5, s: 'x' });
    await expect(coll.updateOne({ _id: insertedId }, { $set: { 'a.b': 1 } })).rejects.toMatchObject({
      code: 28,
    });
    await expect(coll.updateOne({ _id: insertedId }, { $inc: { s: 1 } })).rejects.toMatchObject({ code: 14 });
    expect(await coll.findOne({ _id: insertedId }, { projection: { _id: 0 } })).toEqual({ a: 5, s: 'x' });
  });

  it('renames nested fields and keeps $min/$max by BSON order', async () => {
    expect(await updated({ a: { b: 1 } }, { $rename: { 'a.b': 'c' } })).toEqual({ a: {}, c: 1 });
    const when = new Date('2026-01-01');
    expect(await updated({ at: when }, { $max: { at: new Date('2027-01-01') }, $min: { n: 3 } })).toEqual({
      at: new Date('2027-01-01'),
      n: 3,
    });
  });
});
