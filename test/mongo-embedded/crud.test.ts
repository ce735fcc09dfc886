import mongoose from 'mongoose';
import { beforeEach, describe, expect, it } from 'vitest';
import { withTestConnections } from './support/connections';

const t = withTestConnections();

interface Counters {
  n: number;
  list: number[];
  set: string[];
  old?: number;
  low: number;
  touched?: Date;
}

const Task = new mongoose.Schema({
  title: { type: String, required: true },
  done: { type: Boolean, default: false },
  priority: Number,
  tags: [String],
});

describe('CRUD through mongoose', () => {
  const Tasks = () => t.conn.model('Task', Task);

  beforeEach(async () => {
    await Tasks().deleteMany({});
  });

  it('creates, finds, updates and deletes', async () => {
    const created = await Tasks().create({ title: 'Protokoll', priority: 2, tags: ['a'] });
    expect(created._id).toBeInstanceOf(mongoose.Types.ObjectId);
    const found = await Tasks().findOne({ title: 'Protokoll' }).lean();
    expect(found).toMatchObject({ title: 'Protokoll', done: false, priority: 2, tags: ['a'] });

    const res = await Tasks().updateOne(
      { _id: created._id },
      { $set: { done: true }, $inc: { priority: 3 } },
    );
    expect(res).toMatchObject({ matchedCount: 1, modifiedCount: 1 });
    expect(await Tasks().findById(created._id).lean()).toMatchObject({ done: true, priority: 5 });

    const unchanged = await Tasks().updateOne({ _id: created._id }, { $set: { done: true } });
    expect(unchanged).toMatchObject({ matchedCount: 1, modifiedCount: 0 });

    const deleted = await Tasks().deleteMany({ done: true });
    expect(deleted.deletedCount).toBe(1);
    expect(await Tasks().countDocuments()).toBe(0);
  });

  it('findOneAndUpdate returns the document before or after', async () => {
    await Tasks().create({ title: 'Einladung', priority: 1 });
    const before = await Tasks()
      .findOneAndUpdate({ title: 'Einladung' }, { $inc: { priority: 1 } })
      .lean();
    expect(before?.priority).toBe(1);
    const after = await Tasks()
      .findOneAndUpdate({ title: 'Einladung' }, { $inc: { priority: 1 } }, { returnDocument: 'after' })
      .lean();
    expect(after?.priority).toBe(3);
    const missing = await Tasks()
      .findOneAndUpdate({ title: 'nope' }, { $set: { done: true } })
      .lean();
    expect(missing).toBeNull();
  });

  it('findOneAndDelete removes the first document in sort order', async () => {
    await Tasks().create([
      { title: 'a', priority: 2 },
      { title: 'b', priority: 1 },
    ]);
    const removed = await Tasks()
      .findOneAndDelete({}, { sort: { priority: 1 } })
      .lean();
    expect(removed?.title).toBe('b');
    expect(await Tasks().countDocuments()).toBe(1);
  });

  it('sorts, skips, limits and projects', async () => {
    await Tasks().create([1, 2, 3, 4, 5].map((p) => ({ title: `t${p}`, priority: p })));
    const page = await Tasks().find({}, { title: 1, _id: 0 }).sort({ priority: -1 }).skip(1).limit(2).lean();
    expect(page).toEqual([{ title: 't4' }, { title: 't3' }]);
    expect(await Tasks().countDocuments({ priority: { $gt: 2 } })).toBe(3);
    expect((await Tasks().distinct('priority', { priority: { $lte: 2 } })).sort()).toEqual([1, 2]);
  });
});

describe('updates through the driver', () => {
  beforeEach(async () => {
    await t.db.collection('updates').deleteMany({});
  });

  it('upserts with $setOnInsert and seeds equality fields of the filter', async () => {
    const coll = t.db.collection('updates');
    const first = await coll.updateOne(
      { key: 'k1', 'meta.kind': 'x', n: { $gt: 5 } },
      { $set: { value: 1 }, $setOnInsert: { createdBy: 'insert' } },
      { upsert: true },
    );
    expect(first.upsertedCount).toBe(1);
    const doc = await coll.findOne({ _id: first.upsertedId! });
    expect(doc).toEqual({
      _id: first.upsertedId,
      key: 'k1',
      meta: { kind: 'x' },
      value: 1,
      createdBy: 'insert',
    });

    const second = await coll.updateOne(
      { key: 'k1' },
      { $set: { value: 2 }, $setOnInsert: { createdBy: 'again' } },
      { upsert: true },
    );
    expect(second).toMatchObject({ matchedCount: 1, modifiedCount: 1, upsertedCount: 0 });
    expect(await coll.findOne({ key: 'k1' })).toMatchObject({ value: 2, createdBy: 'insert' });
  });

  it('replaces whole documents and keeps _id first', async () => {
    const coll = t.db.collection('updates');
    const { insertedId } = await coll.insertOne({ a: 1, b: 2 });
    await coll.replaceOne({ _id: insertedId }, { c: 3 });
    const doc = await coll.findOne({ _id: insertedId });
    expect(doc).toEqual({ _id: insertedId, c: 3 });
    expect(Object.keys(doc!)).toEqual(['_id', 'c']);
    const inserted = await coll.findOne({ c: 3 });
    expect(Object.keys(inserted!)[0]).toBe('_id');
  });

  it('updates array elements with $, $[] and arrayFilters', async () => {
    const coll = t.db.collection('updates');
    await coll.insertOne({ _id: 1 as never, grades: [80, 85, 90], items: [{ q: 1 }, { q: 5 }, { q: 9 }] });
    await coll.updateOne({ _id: 1 as never, grades: 85 }, { $set: { 'grades.$': 86 } });
    expect((await coll.findOne({ _id: 1 as never }))?.grades).toEqual([80, 86, 90]);

    await coll.updateOne({ _id: 1 as never }, { $inc: { 'grades.$[]': 1 } });
    expect((await coll.findOne({ _id: 1 as never }))?.grades).toEqual([81, 87, 91]);

    await coll.updateOne(
      { _id: 1 as never },
      { $set: { 'items.$[big].flag': true } },
      { arrayFilters: [{ 'big.q': { $gte: 5 } }] },
    );
    expect((await coll.findOne({ _id: 1 as never }))?.items).toEqual([
      { q: 1 },
      { q: 5, flag: true },
      { q: 9, flag: true },
    ]);
  });

  it('applies pipeline updates', async () => {
    const coll = t.db.collection('updates');
    await coll.insertMany([
      { first: 'Ada', last: 'Lovelace' },
      { first: 'Alan', last: 'Turing' },
    ]);
    const res = await coll.updateMany({}, [
      { $set: { full: { $concat: ['$first', ' ', '$last'] } } },
      { $unset: 'first' },
    ]);
    expect(res.modifiedCount).toBe(2);
    const docs = await coll
      .find({}, { projection: { _id: 0 } })
      .sort({ last: 1 })
      .toArray();
    expect(docs).toEqual([
      { last: 'Lovelace', full: 'Ada Lovelace' },
      { last: 'Turing', full: 'Alan Turing' },
    ]);
  });

  it('supports the common update operators', async () => {
    const coll = t.db.collection<Counters>('counters');
    const { insertedId } = await coll.insertOne({ n: 5, list: [1, 2, 3], set: ['a'], old: 1, low: 10 });
    await coll.updateOne(
      { _id: insertedId },
      {
        $mul: { n: 2 },
        $push: { list: { $each: [4, 5], $slice: -4 } },
        $addToSet: { set: { $each: ['a', 'b'] } },
        $rename: { old: 'renamed' },
        $min: { low: 3 },
        $currentDate: { touched: true },
      },
    );
    const doc = await coll.findOne({ _id: insertedId });
    expect(doc).toMatchObject({ n: 10, list: [2, 3, 4, 5], set: ['a', 'b'], renamed: 1, low: 3 });
    expect(doc?.touched).toBeInstanceOf(Date);
    await coll.updateOne(
      { _id: insertedId },
      { $pull: { list: { $gte: 4 } }, $pop: { set: -1 }, $unset: { renamed: '' } },
    );
    expect(
      await coll.findOne({ _id: insertedId }, { projection: { list: 1, set: 1, renamed: 1, _id: 0 } }),
    ).toEqual({
      list: [2, 3],
      set: ['b'],
    });
  });

  it('rejects changing _id and conflicting operators', async () => {
    const coll = t.db.collection('updates');
    const { insertedId } = await coll.insertOne({ a: 1 });
    await expect(coll.updateOne({ _id: insertedId }, { $set: { _id: 5 } })).rejects.toMatchObject({
      code: 66,
    });
    await expect(
      coll.updateOne({ _id: insertedId }, { $set: { a: 1 }, $inc: { a: 1 } }),
    ).rejects.toMatchObject({ code: 40 });
    await expect(coll.updateOne({ _id: insertedId }, { $foo: { a: 1 } } as never)).rejects.toMatchObject({
      code: 9,
    });
  });
});

describe('cursors', () => {
  it('returns 11 documents in batches of 2 through getMore', async () => {
    const coll = t.db.collection('cursor_docs');
    await coll.insertMany(Array.from({ length: 11 }, (_, i) => ({ i })));
    const cursor = coll.find({}).sort({ i: 1 }).batchSize(2);
    const seen: number[] = [];
    for await (const doc of cursor) seen.push(doc.i as number);
    expect(seen).toEqual(Array.from({ length: 11 }, (_, i) => i));
  });

  it('reports a killed cursor as CursorNotFound (43) on getMore', async () => {
    const coll = t.db.collection('cursor_docs2');
    await coll.insertMany(Array.from({ length: 5 }, (_, i) => ({ i })));
    const first = await t.db.command({ find: 'cursor_docs2', filter: {}, batchSize: 2 });
    const id = first.cursor.id;
    expect(first.cursor.firstBatch).toHaveLength(2);
    const killed = await t.db.command({ killCursors: 'cursor_docs2', cursors: [id] });
    expect(killed.cursorsKilled).toHaveLength(1);
    await expect(t.db.command({ getMore: id, collection: 'cursor_docs2' })).rejects.toMatchObject({
      code: 43,
    });
  });
});
