import mongoose from 'mongoose';
import { MongoClient } from 'mongodb';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmbeddedMongo, type EmbeddedMongo } from '../../server/mongo-embedded/index';
import type { Mutation, Persistence } from '../../server/mongo-embedded/storage/persistence';

/** Keeps committed batches in memory; commits can be held back to observe acknowledgement timing. */
class RecordingPersistence implements Persistence {
  batches: Mutation[][] = [];
  compactions: Mutation[][][] = [];
  wantCompaction = false;
  hold: Promise<void> | undefined;
  failure: Error | undefined;

  constructor(private readonly initial: Mutation[][] = []) {}

  async *load(): AsyncIterable<Mutation[]> {
    for (const batch of this.initial) yield batch;
  }

  commit(batch: Mutation[]): Promise<void> {
    this.batches.push(batch);
    if (this.failure) return Promise.reject(this.failure);
    return this.hold ?? Promise.resolve();
  }

  needsCompaction(): boolean {
    return this.wantCompaction;
  }

  async compact(snapshot: Iterable<Mutation[]>): Promise<void> {
    this.wantCompaction = false;
    this.compactions.push([...snapshot]);
  }

  async close(): Promise<void> {}
}

const servers: EmbeddedMongo[] = [];
const clients: MongoClient[] = [];

async function start(persistence: Persistence): Promise<MongoClient> {
  const server = await startEmbeddedMongo({ persistence });
  servers.push(server);
  const client = await MongoClient.connect(server.uri);
  clients.push(client);
  return client;
}

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

const ops = (batch: Mutation[]) => batch.map((m) => m.op);

describe.skipIf(Boolean(process.env.MONGODB_URI))('journal batches', () => {
  it('turns each write command into one batch, in apply order', async () => {
    const journal = new RecordingPersistence();
    const db = (await start(journal)).db('j');
    await db.collection('c').insertMany([{ _id: 1 as never }, { _id: 2 as never }]);
    await db.collection('c').updateMany({}, { $set: { x: 1 } });
    await db.collection('c').deleteOne({ _id: 1 as never });
    expect(journal.batches.map(ops)).toEqual([
      ['createCollection', 'put', 'put'],
      ['put', 'put'],
      ['remove'],
    ]);
  });

  it('writes a committed transaction as one batch and an aborted one not at all', async () => {
    const journal = new RecordingPersistence();
    const client = await start(journal);
    const coll = client.db('j').collection('t');
    await coll.insertOne({ _id: 'seed' as never });
    const before = journal.batches.length;

    const aborted = client.startSession();
    aborted.startTransaction();
    await coll.insertOne({ _id: 'gone' as never }, { session: aborted });
    await aborted.abortTransaction();
    await aborted.endSession();
    expect(journal.batches.length).toBe(before);

    const committed = client.startSession();
    await committed.withTransaction(async () => {
      await coll.insertOne({ _id: 'a' as never }, { session: committed });
      await coll.updateOne({ _id: 'seed' as never }, { $set: { touched: true } }, { session: committed });
      await client
        .db('j')
        .collection('other')
        .insertOne({ _id: 'b' as never }, { session: committed });
    });
    await committed.endSession();
    expect(journal.batches.length).toBe(before + 1);
    expect(ops(journal.batches.at(-1)!)).toEqual(['put', 'put', 'createCollection', 'put']);
  });

  it('acknowledges a write only once its batch is durable', async () => {
    const journal = new RecordingPersistence();
    const coll = (await start(journal)).db('j').collection('slow');
    let release!: () => void;
    journal.hold = new Promise((resolve) => (release = resolve));
    let acknowledged = false;
    const insert = coll.insertOne({ v: 1 }).then(() => (acknowledged = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(journal.batches).toHaveLength(1);
    expect(acknowledged).toBe(false);
    release();
    await insert;
    expect(acknowledged).toBe(true);
  });

  it('rebuilds data and indexes by replaying the batches', async () => {
    const journal = new RecordingPersistence();
    const first = (await start(journal)).db('j');
    await first.collection('users').createIndex({ email: 1 }, { unique: true });
    await first.collection('users').insertMany([
      { email: 'a@x', n: 1 },
      { email: 'b@x', n: 2 },
    ]);
    await first.collection('users').updateOne({ email: 'a@x' }, { $inc: { n: 10 } });
    await first.collection('gone').insertOne({});
    await first.collection('gone').drop();

    const replayed = (await start(new RecordingPersistence(journal.batches))).db('j');
    const docs = await replayed
      .collection('users')
      .find({}, { projection: { _id: 0 } })
      .sort({ email: 1 })
      .toArray();
    expect(docs).toEqual([
      { email: 'a@x', n: 11 },
      { email: 'b@x', n: 2 },
    ]);
    expect((await replayed.listCollections().toArray()).map((c) => c.name)).toEqual(['users']);
    await expect(replayed.collection('users').insertOne({ email: 'a@x' })).rejects.toMatchObject({
      code: 11000,
    });
  });

  it('hands a snapshot of the whole state to compact() when the journal asks for it', async () => {
    const journal = new RecordingPersistence();
    const db = (await start(journal)).db('j');
    await db.collection('k').createIndex({ key: 1 }, { unique: true });
    await db.collection('k').insertMany(Array.from({ length: 2500 }, (_, i) => ({ key: i })));
    journal.wantCompaction = true;
    await db.collection('k').deleteOne({ key: 0 });
    await new Promise((r) => setTimeout(r, 10));
    expect(journal.compactions).toHaveLength(1);
    const snapshot = journal.compactions[0]!;
    expect(ops(snapshot[0]!)).toEqual(['createCollection', 'createIndex']);
    expect(snapshot.slice(1).map((b) => b.length)).toEqual([1000, 1000, 499]);

    const replayed = (await start(new RecordingPersistence(snapshot))).db('j');
    expect(await replayed.collection('k').countDocuments()).toBe(2499);
    await expect(replayed.collection('k').insertOne({ key: 5 })).rejects.toMatchObject({ code: 11000 });
  });

  it('serves mongoose from replayed state', async () => {
    const journal = new RecordingPersistence();
    const server = await startEmbeddedMongo({ persistence: journal });
    const conn = await mongoose.createConnection(server.uri.replace('/?', '/m?')).asPromise();
    await conn.model('Note', new mongoose.Schema({ text: String })).create({ text: 'kept' });
    await conn.close();
    await server.stop();
    const again = await startEmbeddedMongo({ persistence: new RecordingPersistence(journal.batches) });
    servers.push(again);
    const conn2 = await mongoose.createConnection(again.uri.replace('/?', '/m?')).asPromise();
    const notes = await conn2
      .model('Note', new mongoose.Schema({ text: String }))
      .find()
      .lean();
    await conn2.close();
    expect(notes.map((n) => n.text)).toEqual(['kept']);
  });
});

describe.skipIf(Boolean(process.env.MONGODB_URI))('storage failure', () => {
  it('answers the failed write with an error and refuses later writes, while reads go on', async () => {
    const journal = new RecordingPersistence();
    const coll = (await start(journal)).db('j').collection('failing');
    await coll.insertOne({ _id: 1 as never });
    journal.failure = new Error('disk full');
    await expect(coll.insertOne({ _id: 2 as never })).rejects.toMatchObject({
      code: 1,
      message: expect.stringContaining('disk full'),
    });
    journal.failure = undefined;
    await expect(coll.insertOne({ _id: 3 as never })).rejects.toMatchObject({
      message: expect.stringContaining('writes are disabled'),
    });
    expect(await coll.countDocuments({ _id: 1 as never })).toBe(1);
  });
});
