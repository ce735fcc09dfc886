import mongoose from 'mongoose';
import { describe, expect, it } from 'vitest';
import { withTestConnections } from './support/connections';

const t = withTestConnections();

describe('populate and $lookup', () => {
  it('populates references through mongoose', async () => {
    const Committee = t.conn.model('Committee', new mongoose.Schema({ name: String }));
    const Session = t.conn.model(
      'Session',
      new mongoose.Schema({
        title: String,
        committee: { type: mongoose.Schema.Types.ObjectId, ref: 'Committee' },
      }),
    );
    const finance = await Committee.create({ name: 'Finanzausschuss' });
    await Session.create([
      { title: 'Haushalt', committee: finance._id },
      { title: 'Ohne', committee: new mongoose.Types.ObjectId() },
    ]);
    const sessions = await Session.find()
      .sort({ title: 1 })
      .populate<{ committee: { name: string } | null }>('committee')
      .lean();
    expect(sessions.map((s) => [s.title, s.committee?.name ?? null])).toEqual([
      ['Haushalt', 'Finanzausschuss'],
      ['Ohne', null],
    ]);
  });

  it('joins collections with $lookup (equality and pipeline forms)', async () => {
    await t.db.collection('authors').insertMany([
      { _id: 1 as never, name: 'Ada' },
      { _id: 2 as never, name: 'Alan' },
    ]);
    await t.db.collection('books').insertMany([
      { title: 'Notes', author: 1 },
      { title: 'Computing', author: 2 },
      { title: 'Engines', author: 1 },
    ]);
    const joined = await t.db
      .collection('authors')
      .aggregate([
        { $lookup: { from: 'books', localField: '_id', foreignField: 'author', as: 'books' } },
        { $project: { _id: 0, name: 1, titles: '$books.title' } },
        { $sort: { name: 1 } },
      ])
      .toArray();
    expect(joined).toEqual([
      { name: 'Ada', titles: ['Notes', 'Engines'] },
      { name: 'Alan', titles: ['Computing'] },
    ]);

    const withPipeline = await t.db
      .collection('authors')
      .aggregate([
        {
          $lookup: {
            from: 'books',
            let: { id: '$_id' },
            pipeline: [{ $match: { $expr: { $eq: ['$author', '$$id'] } } }, { $count: 'n' }],
            as: 'stats',
          },
        },
        { $project: { _id: 0, name: 1, n: { $first: '$stats.n' } } },
        { $sort: { name: 1 } },
      ])
      .toArray();
    expect(withPipeline).toEqual([
      { name: 'Ada', n: 2 },
      { name: 'Alan', n: 1 },
    ]);
  });
});

describe('aggregation', () => {
  it('groups, sorts and projects', async () => {
    const votes = t.db.collection('votes');
    await votes.insertMany([
      { item: 'A', choice: 'yes', weight: 2 },
      { item: 'A', choice: 'no', weight: 1 },
      { item: 'B', choice: 'yes', weight: 5 },
      { item: 'A', choice: 'yes', weight: 3 },
      { item: 'C', choice: 'yes', weight: 1 },
    ]);
    const result = await votes
      .aggregate([
        { $match: { choice: 'yes' } },
        { $group: { _id: '$item', total: { $sum: '$weight' }, count: { $sum: 1 } } },
        { $sort: { total: -1, _id: -1 } },
        { $project: { _id: 0, item: '$_id', total: 1, count: 1 } },
      ])
      .toArray();
    expect(result).toEqual([
      { total: 5, count: 1, item: 'B' },
      { total: 5, count: 2, item: 'A' },
      { total: 1, count: 1, item: 'C' },
    ]);
  });

  it('streams large aggregation results through a cursor', async () => {
    const coll = t.db.collection('many');
    await coll.insertMany(Array.from({ length: 250 }, (_, i) => ({ i, even: i % 2 === 0 })));
    const cursor = coll.aggregate([{ $match: { even: true } }, { $sort: { i: -1 } }], { batchSize: 7 });
    const docs = await cursor.toArray();
    expect(docs).toHaveLength(125);
    expect(docs[0]?.i).toBe(248);
    expect(docs.at(-1)?.i).toBe(0);
  });

  it('sorts mixed types in BSON order inside a pipeline', async () => {
    const coll = t.db.collection('mixed_sort');
    await coll.insertMany([
      { k: 'date', v: new Date(0) },
      { k: 'oid', v: new mongoose.Types.ObjectId() },
      { k: 'str', v: 'x' },
      { k: 'num', v: 5 },
      { k: 'null', v: null },
      { k: 'bool', v: true },
    ]);
    const sorted = await coll.aggregate([{ $sort: { v: 1 } }, { $project: { _id: 0, k: 1 } }]).toArray();
    expect(sorted.map((d) => d.k)).toEqual(['null', 'num', 'str', 'oid', 'bool', 'date']);
  });

  it('supports mongoose Model.aggregate and $count', async () => {
    const Item = t.conn.model('Item', new mongoose.Schema({ kind: String, n: Number }));
    await Item.create([
      { kind: 'x', n: 1 },
      { kind: 'y', n: 2 },
      { kind: 'x', n: 3 },
    ]);
    const [counted] = await Item.aggregate<{ total: number }>([
      { $match: { kind: 'x' } },
      { $count: 'total' },
    ]);
    expect(counted?.total).toBe(2);
    const sums = await Item.aggregate<{ _id: string; sum: number }>([
      { $group: { _id: '$kind', sum: { $sum: '$n' } } },
      { $sort: { _id: 1 } },
    ]);
    expect(sums).toEqual([
      { _id: 'x', sum: 4 },
      { _id: 'y', sum: 2 },
    ]);
  });
});
