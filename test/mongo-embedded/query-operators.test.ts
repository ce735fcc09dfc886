import { MongoClient, type Collection, type Document } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestDatabase } from '../support/database';

let database: Awaited<ReturnType<typeof startTestDatabase>>;
let client: MongoClient;
let coll: Collection;

beforeAll(async () => {
  database = await startTestDatabase();
  client = await MongoClient.connect(database.uri);
  coll = client.db().collection('query_ops');
  await coll.insertMany([
    {
      _id: 1 as never,
      name: 'Sitzung A',
      a: null,
      tags: ['x', 'y'],
      items: [
        { q: 1, r: 1 },
        { q: 9, r: 2 },
      ],
      n: 5,
    },
    { _id: 2 as never, name: 'sitzung b', tags: ['y'], items: [{ q: 7, r: 1 }], n: '5' },
    { _id: 3 as never, name: 'Termin', a: 3, tags: [], items: [], n: 12.5 },
    { _id: 4 as never, name: 'Protokoll', a: 'text', n: -1 },
  ]);
});

afterAll(async () => {
  await client?.close();
  await database?.stop();
});

async function ids(filter: Document): Promise<number[]> {
  const docs = await coll
    .find(filter, { projection: { _id: 1 } })
    .sort({ _id: 1 })
    .toArray();
  return docs.map((d) => d._id as unknown as number);
}

describe('query operators', () => {
  it('treats null as null-or-missing', async () => {
    expect(await ids({ a: null })).toEqual([1, 2]);
    expect(await ids({ a: { $ne: null } })).toEqual([3, 4]);
    expect(await ids({ a: { $exists: false } })).toEqual([2]);
    expect(await ids({ a: { $in: [null, 3] } })).toEqual([1, 2, 3]);
  });

  it('matches array elements, sizes and $all', async () => {
    expect(await ids({ tags: 'y' })).toEqual([1, 2]);
    expect(await ids({ tags: { $all: ['x', 'y'] } })).toEqual([1]);
    expect(await ids({ tags: { $size: 0 } })).toEqual([3]);
    expect(await ids({ tags: ['y'] })).toEqual([2]);
  });

  it('reaches into arrays of documents', async () => {
    expect(await ids({ 'items.q': { $gt: 5 } })).toEqual([1, 2]);
    expect(await ids({ items: { $elemMatch: { q: { $gt: 5 }, r: 1 } } })).toEqual([2]);
    expect(await ids({ 'items.q': 1, 'items.r': 2 })).toEqual([1]);
  });

  it('supports regexes, logical operators and $type', async () => {
    expect(await ids({ name: /^sitzung/i })).toEqual([1, 2]);
    expect(await ids({ name: { $regex: '^Sit', $options: '' } })).toEqual([1]);
    expect(await ids({ $or: [{ n: 5 }, { n: { $lt: 0 } }] })).toEqual([1, 4]);
    expect(await ids({ $nor: [{ n: 5 }, { name: 'Termin' }] })).toEqual([2, 4]);
    expect(await ids({ n: { $not: { $gt: 1 } } })).toEqual([2, 4]);
    expect(await ids({ n: { $type: 'string' } })).toEqual([2]);
    expect(await ids({ n: { $type: 'number' } })).toEqual([1, 3, 4]);
    expect(await ids({ $expr: { $gt: [{ $size: { $ifNull: ['$tags', []] } }, 1] } })).toEqual([1]);
  });
});
