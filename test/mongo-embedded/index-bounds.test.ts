import { MongoClient, ObjectId, type Collection } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestDatabase } from '../support/database';

let database: Awaited<ReturnType<typeof startTestDatabase>>;
let client: MongoClient;
let coll: Collection;
const owner = new ObjectId();

beforeAll(async () => {
  database = await startTestDatabase();
  client = await MongoClient.connect(database.uri);
  coll = client.db().collection('index_bounds');
  await coll.createIndex({ state: 1 });
  await coll.createIndex({ at: 1 });
  await coll.createIndex({ owner: 1, at: 1 });
  await coll.createIndex({ state: 1, rank: 1 });
  await coll.insertMany([
    { _id: 1 as never, state: 'offen', at: new Date('2026-01-05'), owner, rank: 1 },
    { _id: 2 as never, state: 'erledigt', at: new Date('2026-02-05'), owner, rank: 2 },
    { _id: 6 as never, state: 'offen', at: new Date('2026-02-07'), owner, rank: 2.5 },
    { _id: 7 as never, state: null, rank: 3 },
    { _id: 3 as never, state: ['offen', 'erledigt'], at: [new Date('2025-12-01'), new Date('2026-03-01')] },
    { _id: 4 as never, state: 'Offen', at: '2026-01-05' },
    { _id: 5 as never, at: null },
  ]);
});
afterAll(async () => {
  await client.close();
  await database.stop();
});

const ids = async (filter: object) =>
  (await coll.find(filter).sort({ _id: 1 }).toArray()).map((doc) => doc._id as unknown as number);

describe('queries answered by an index without testing the indexed field again', () => {
  it('give the same documents as the filter, arrays and other types included', async () => {
    expect(await ids({ state: 'offen' })).toEqual([1, 3, 6]);
    expect(await ids({ state: { $in: ['offen', 'Offen'] } })).toEqual([1, 3, 4, 6]);
    expect(await ids({ state: { $in: ['erledigt', null] } })).toEqual([2, 3, 5, 7]);
    // On a multikey index each bound may be met by a different element: document 3 matches.
    expect(await ids({ at: { $gte: new Date('2026-01-10'), $lt: new Date('2026-02-10') } })).toEqual([
      2, 3, 6,
    ]);
    expect(await ids({ at: { $lt: new Date('2026-01-10') } })).toEqual([1, 3]);
    expect(await ids({ at: { $gte: new Date('2026-02-06') } })).toEqual([3, 6]);
    expect(await ids({ owner, at: { $gte: new Date('2026-02-01') } })).toEqual([2, 6]);
    expect(await ids({ owner, at: new Date('2026-01-05') })).toEqual([1]);
    expect(await ids({ owner, at: { $gt: new Date('2026-01-05'), $lte: new Date('2026-02-05') } })).toEqual([
      2,
    ]);
    expect(await ids({ state: 'offen', at: { $gte: new Date('2026-01-01') } })).toEqual([1, 3, 6]);
  });

  it('narrow a compound index by its second field, with arrays, nulls and mixed numbers', async () => {
    // { state: 1, rank: 1 } holds arrays (document 3), so only the first field bounds the scan.
    expect(await ids({ state: { $in: ['offen', null] }, rank: { $gte: 2 } })).toEqual([6, 7]);
    expect(await ids({ state: { $in: ['offen', 'erledigt'] }, rank: { $lt: 2.5 } })).toEqual([1, 2]);
    expect(await ids({ owner, at: { $lt: new Date('2026-02-06') } })).toEqual([1, 2]);
  });

  it('narrow a compound index without arrays by its second field', async () => {
    const plain = client.db().collection('index_bounds_plain');
    await plain.createIndex({ status: 1, due: 1 });
    await plain.insertMany([
      { _id: 1 as never, status: 'offen', due: new Date('2026-01-01') },
      { _id: 2 as never, status: 'offen', due: new Date('2026-03-01') },
      { _id: 3 as never, status: 'offen' },
      { _id: 4 as never, status: 'erledigt', due: new Date('2026-01-01') },
      { _id: 5 as never, status: 'offen', due: '2026-01-01' },
      { _id: 6 as never, due: new Date('2026-01-01') },
      { _id: 7 as never, status: 'offen', due: 5 },
    ]);
    const found = async (filter: object) =>
      (await plain.find(filter).sort({ _id: 1 }).toArray()).map((doc) => doc._id as unknown as number);
    const now = new Date('2026-02-01');
    expect(await found({ status: 'offen', due: { $lt: now } })).toEqual([1]);
    const explained = await plain.find({ status: 'offen', due: { $lt: now } }).explain('executionStats');
    expect(explained.executionStats?.totalKeysExamined).toBe(1);
    expect(await found({ status: 'offen', due: { $gte: new Date(-8.64e15) } })).toEqual([1, 2]);
    expect(
      await found({ status: { $in: ['offen', 'erledigt'] }, due: { $lte: new Date('2026-01-01') } }),
    ).toEqual([1, 4]);
    expect(await found({ status: 'offen', due: new Date('2026-03-01') })).toEqual([2]);
    expect(await found({ status: { $in: ['offen', null] }, due: { $gt: 1 } })).toEqual([7]);
    expect(await found({ status: null, due: { $lt: now } })).toEqual([6]);
    expect(await found({ status: 'offen', due: '2026-01-01' })).toEqual([5]);
  });
});
