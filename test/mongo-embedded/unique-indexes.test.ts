import mongoose from 'mongoose';
import { MongoBulkWriteError } from 'mongodb';
import { describe, expect, it } from 'vitest';
import { withTestConnections } from './support/connections';

const t = withTestConnections();

describe('unique indexes', () => {
  it('reports duplicates to mongoose users as MongoServerError 11000 with keyPattern and keyValue', async () => {
    const Member = t.conn.model(
      'Member',
      new mongoose.Schema({ email: { type: String, unique: true }, name: String }),
    );
    await Member.init();
    await Member.create({ email: 'vorsitz@example.org', name: 'A' });
    const err = await Member.create({ email: 'vorsitz@example.org', name: 'B' }).catch((e: unknown) => e);
    // mongoose bundles its own driver copy, so compare by name rather than class identity.
    expect((err as Error).name).toBe('MongoServerError');
    expect(err).toMatchObject({
      code: 11000,
      keyPattern: { email: 1 },
      keyValue: { email: 'vorsitz@example.org' },
    });
    expect((err as Error).message).toContain('E11000 duplicate key error');

    await Member.create({ email: 'other@example.org' });
    const fromUpdate = await Member.findOneAndUpdate(
      { email: 'other@example.org' },
      { $set: { email: 'vorsitz@example.org' } },
    ).catch((e: unknown) => e);
    expect(fromUpdate).toMatchObject({
      code: 11000,
      keyPattern: { email: 1 },
      keyValue: { email: 'vorsitz@example.org' },
    });
    expect(await Member.countDocuments({ email: 'vorsitz@example.org' })).toBe(1);
  });

  it('stops an ordered insertMany at the first duplicate and reports its index', async () => {
    const coll = t.db.collection('ordered');
    await coll.createIndex({ code: 1 }, { unique: true });
    const err = await coll
      .insertMany([{ code: 1 }, { code: 2 }, { code: 1 }, { code: 3 }])
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MongoBulkWriteError);
    const bulk = err as MongoBulkWriteError;
    expect(bulk.insertedCount).toBe(2);
    expect(bulk.writeErrors).toHaveLength(1);
    const first = Array.isArray(bulk.writeErrors) ? bulk.writeErrors[0]! : bulk.writeErrors;
    expect(first.index).toBe(2);
    expect(first.code).toBe(11000);
    expect(await coll.countDocuments()).toBe(2);

    // The driver keeps only index/code/errmsg of a write error; the raw reply carries the key details.
    const raw = await t.db.command({ insert: 'ordered', documents: [{ code: 5 }, { code: 2 }, { code: 6 }] });
    expect(raw.n).toBe(1);
    expect(raw.writeErrors).toHaveLength(1);
    expect(raw.writeErrors[0]).toMatchObject({
      index: 1,
      code: 11000,
      keyPattern: { code: 1 },
      keyValue: { code: 2 },
    });
    expect(raw.writeErrors[0].errmsg).toMatch(
      /^E11000 duplicate key error collection: .*\.ordered index: code_1 dup key: \{ code: 2 \}$/,
    );
  });

  it('continues an unordered insertMany and reports every duplicate', async () => {
    const coll = t.db.collection('unordered');
    await coll.createIndex({ code: 1 }, { unique: true });
    const err = (await coll
      .insertMany([{ code: 1 }, { code: 1 }, { code: 2 }, { code: 2 }, { code: 3 }], { ordered: false })
      .catch((e: unknown) => e)) as MongoBulkWriteError;
    expect(err).toBeInstanceOf(MongoBulkWriteError);
    expect(err.insertedCount).toBe(3);
    const indexes = (Array.isArray(err.writeErrors) ? err.writeErrors : [err.writeErrors]).map(
      (e) => e.index,
    );
    expect(indexes).toEqual([1, 3]);
    expect(await coll.countDocuments()).toBe(3);
  });

  it('enforces compound unique indexes on the combination', async () => {
    const coll = t.db.collection('compound');
    await coll.createIndex({ committee: 1, number: 1 }, { unique: true });
    await coll.insertMany([
      { committee: 'A', number: 1 },
      { committee: 'A', number: 2 },
      { committee: 'B', number: 1 },
    ]);
    const err = await coll.insertOne({ committee: 'A', number: 2 }).catch((e: unknown) => e);
    expect(err).toMatchObject({
      code: 11000,
      keyPattern: { committee: 1, number: 1 },
      keyValue: { committee: 'A', number: 2 },
    });
  });

  it('lets a sparse unique index skip documents without the field', async () => {
    const coll = t.db.collection('sparse');
    await coll.createIndex({ externalId: 1 }, { unique: true, sparse: true });
    await coll.insertMany([{ a: 1 }, { a: 2 }, { externalId: 'x' }]);
    await expect(coll.insertOne({ externalId: 'x' })).rejects.toMatchObject({ code: 11000 });

    const plain = t.db.collection('plain_unique');
    await plain.createIndex({ externalId: 1 }, { unique: true });
    await plain.insertOne({ a: 1 });
    await expect(plain.insertOne({ a: 2 })).rejects.toMatchObject({
      code: 11000,
      keyValue: { externalId: null },
    });
  });

  it('applies a partial unique index only to matching documents', async () => {
    const coll = t.db.collection('partial');
    await coll.createIndex({ email: 1 }, { unique: true, partialFilterExpression: { active: true } });
    await coll.insertMany([
      { email: 'a@x', active: false },
      { email: 'a@x', active: false },
      { email: 'a@x', active: true },
    ]);
    await expect(coll.insertOne({ email: 'a@x', active: true })).rejects.toMatchObject({ code: 11000 });
    await expect(coll.updateOne({ active: false }, { $set: { active: true } })).rejects.toMatchObject({
      code: 11000,
    });
  });

  it('refuses to build a unique index over existing duplicates', async () => {
    const coll = t.db.collection('dupes');
    await coll.insertMany([{ v: 1 }, { v: 1 }]);
    await expect(coll.createIndex({ v: 1 }, { unique: true })).rejects.toMatchObject({ code: 11000 });
    const names = (await coll.listIndexes().toArray()).map((i) => i.name);
    expect(names).toEqual(['_id_']);
  });

  it('rejects a duplicate _id', async () => {
    const coll = t.db.collection('ids');
    await coll.insertOne({ _id: 'same' as never });
    await expect(coll.insertOne({ _id: 'same' as never })).rejects.toMatchObject({
      code: 11000,
      keyPattern: { _id: 1 },
      keyValue: { _id: 'same' },
    });
  });
});

describe('index management', () => {
  it('lists, creates idempotently and drops indexes; mongoose syncIndexes works', async () => {
    const schema = new mongoose.Schema({ slug: { type: String, index: true }, day: Date });
    schema.index({ day: -1, slug: 1 }, { name: 'day_slug' });
    const Meeting = t.conn.model('Meeting', schema);
    await Meeting.init();
    let names = (await Meeting.listIndexes()).map((i) => i.name).sort();
    expect(names).toEqual(['_id_', 'day_slug', 'slug_1']);
    await t.db.collection('meetings').createIndex({ extra: 1 });
    await Meeting.syncIndexes();
    names = (await Meeting.listIndexes()).map((i) => i.name).sort();
    expect(names).toEqual(['_id_', 'day_slug', 'slug_1']);
    await expect(t.db.collection('meetings').createIndex({ slug: 1 }, { name: 'slug_1' })).resolves.toBe(
      'slug_1',
    );
    await t.db.collection('meetings').dropIndex('day_slug');
    names = (await Meeting.listIndexes()).map((i) => i.name).sort();
    expect(names).toEqual(['_id_', 'slug_1']);
  });
});
