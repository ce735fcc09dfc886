import { Double, Int32, Long, MongoClient, ObjectId, type Collection, type Document } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestDatabase } from '../support/database';

let database: Awaited<ReturnType<typeof startTestDatabase>>;
let client: MongoClient;
let coll: Collection;

/** Sort keys of mixed types, equal values of different numeric types, missing fields and ties. */
function dueOf(n: number): unknown {
  switch (n % 9) {
    case 0:
      return new Date(Date.UTC(2026, n % 5, 1));
    case 1:
      return n % 4;
    case 2:
      return new Double(n % 4);
    case 3:
      return Long.fromNumber(n % 4);
    case 4:
      return new Int32(n % 3);
    case 5:
      return null;
    case 6:
      return `2026-0${n % 3}`;
    case 7:
      return new Date(Date.UTC(2026, 0, 1));
    default:
      return undefined;
  }
}

beforeAll(async () => {
  database = await startTestDatabase();
  client = await MongoClient.connect(database.uri);
  coll = client.db().collection('sorted_scans');
  await coll.createIndex({ status: 1, due: 1 });
  await coll.createIndex({ at: 1 });
  await coll.createIndex({ tags: 1, due: 1 });
  const docs: Document[] = [];
  for (let n = 0; n < 240; n++) {
    const doc: Document = {
      _id: n % 3 === 0 ? n : new ObjectId(n.toString(16).padStart(24, '0')),
      status: ['offen', 'erledigt', 'offen', null][n % 4],
      at: new Date(Date.UTC(2026, 0, 1 + (n % 17))),
      tags: n % 5 === 0 ? ['a', 'b'] : 'a',
    };
    const due = dueOf(n);
    if (due !== undefined) doc.due = due;
    docs.push(doc);
  }
  await coll.insertMany(docs);
});
afterAll(async () => {
  await client.close();
  await database.stop();
});

/** The same query through the aggregation pipeline, which sorts all matches itself. */
async function sortedByPipeline(filter: Document, sort: Document, skip: number, limit: number) {
  return coll.aggregate([{ $match: filter }, { $sort: sort }, { $skip: skip }, { $limit: limit }]).toArray();
}

describe('find with sort and limit', () => {
  const cases: Array<[Document, Document]> = [
    [{ status: 'offen' }, { due: 1, _id: 1 }],
    [{ status: 'offen' }, { status: -1, due: 1, _id: 1 }],
    [{ status: 'offen' }, { due: -1, _id: 1 }],
    [{ status: 'offen' }, { _id: 1 }],
    [
      { status: 'offen', due: { $gte: 1 } },
      { due: 1, _id: 1 },
    ],
    [{ status: 'offen', due: 2 }, { _id: -1 }],
    [{ status: { $in: ['offen', 'erledigt'] } }, { due: 1, _id: 1 }],
    [{ status: { $in: ['erledigt', 'offen', 'erledigt', null] } }, { due: 1, _id: 1 }],
    [{ status: { $in: ['offen', 'erledigt'] } }, { status: 1, due: 1, _id: 1 }],
    [{ status: { $in: ['offen', null] }, due: 2 }, { _id: 1 }],
    [{ status: null }, { due: 1, _id: 1 }],
    [{ at: { $gte: new Date(Date.UTC(2026, 0, 5)) } }, { at: 1, _id: 1 }],
    [
      { at: { $lt: new Date(Date.UTC(2026, 0, 9)) }, status: 'erledigt' },
      { at: 1, _id: 1 },
    ],
    [{ tags: 'b' }, { due: 1, _id: 1 }],
    [{}, { due: 1, _id: 1 }],
  ];

  it('returns what sorting every match would return', async () => {
    for (const [filter, sort] of cases) {
      for (const [skip, limit] of [
        [0, 1],
        [0, 7],
        [5, 10],
        [0, 500],
      ] as const) {
        const found = await coll.find(filter).sort(sort).skip(skip).limit(limit).toArray();
        expect(found, JSON.stringify({ filter, sort, skip, limit })).toEqual(
          await sortedByPipeline(filter, sort, skip, limit),
        );
      }
    }
  });

  it('reads only the first entries when an index range is already in the sort order', async () => {
    const inIndexOrder = [
      [{ status: 'offen' }, { due: 1, _id: 1 }],
      [{ at: { $gte: new Date(Date.UTC(2026, 0, 5)) } }, { at: 1 }],
      [{ status: { $in: ['offen', 'erledigt', null] } }, { due: 1, _id: 1 }],
    ] as const;
    for (const [filter, sort] of inIndexOrder) {
      const explained = await coll.find(filter).sort(sort).limit(3).explain('executionStats');
      expect(explained.executionStats?.totalDocsExamined, JSON.stringify(filter)).toBeLessThanOrEqual(3);
    }
  });
});
