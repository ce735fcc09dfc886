import { MongoClient, type Db } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedMongo, type EmbeddedMongo } from '../../server/mongo-embedded/index';

// Assertions about this server's internals (TTL timing, plan details, refused features);
// a real MongoDB behaves differently here, so these tests only run against the embedded server.
const embeddedOnly = describe.skipIf(Boolean(process.env.MONGODB_URI));

let server: EmbeddedMongo;
let client: MongoClient;
let db: Db;

beforeAll(async () => {
  server = await startEmbeddedMongo({ inMemory: true, ttlIntervalMs: 50 });
  client = await MongoClient.connect(server.uri);
  db = client.db('engine');
});

afterAll(async () => {
  await client?.close();
  await server?.stop();
});

async function explainFind(
  collection: string,
  filter: object,
): Promise<{ stage: string; indexName?: string; docs: number; keys: number; n: number }> {
  const result = await db.command({ explain: { find: collection, filter }, verbosity: 'executionStats' });
  const plan = result.queryPlanner.winningPlan;
  const scan = plan.inputStage ?? plan;
  return {
    stage: scan.stage,
    indexName: scan.indexName,
    docs: result.executionStats.totalDocsExamined,
    keys: result.executionStats.totalKeysExamined,
    n: result.executionStats.nReturned,
  };
}

embeddedOnly('index use', () => {
  beforeAll(async () => {
    const coll = db.collection('indexed');
    await coll.insertMany(
      Array.from({ length: 1000 }, (_, i) => ({
        seq: i,
        group: `g${i % 10}`,
        at: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000),
      })),
    );
    await coll.createIndex({ seq: 1 });
    await coll.createIndex({ group: 1, seq: -1 });
    await coll.createIndex({ at: 1 });
  });

  it('looks up an equality through the index without scanning the collection', async () => {
    expect(await explainFind('indexed', { seq: 500 })).toEqual({
      stage: 'IXSCAN',
      indexName: 'seq_1',
      docs: 1,
      keys: 1,
      n: 1,
    });
    const byGroup = await explainFind('indexed', { group: 'g3' });
    expect(byGroup).toMatchObject({ stage: 'IXSCAN', indexName: 'group_1_seq_-1', docs: 100, n: 100 });
  });

  it('answers ranges and $in through the index', async () => {
    expect(await explainFind('indexed', { seq: { $gte: 10, $lt: 20 } })).toMatchObject({
      stage: 'IXSCAN',
      docs: 10,
      n: 10,
    });
    expect(await explainFind('indexed', { seq: { $in: [1, 5, 999, 4000] } })).toMatchObject({
      stage: 'IXSCAN',
      docs: 3,
      n: 3,
    });
    const dates = await explainFind('indexed', { at: { $lt: new Date(Date.UTC(2026, 0, 1, 5)) } });
    expect(dates).toMatchObject({ stage: 'IXSCAN', indexName: 'at_1', docs: 5, n: 5 });
    // Type bracketing: a numeric range never reaches string keys.
    expect(await explainFind('indexed', { group: { $gt: 5 } })).toMatchObject({
      stage: 'IXSCAN',
      docs: 0,
      n: 0,
    });
  });

  it('scans the collection when no index fits, and the results agree', async () => {
    expect(await explainFind('indexed', { missingField: 1 })).toMatchObject({
      stage: 'COLLSCAN',
      docs: 1000,
      n: 0,
    });
    const viaIndex = await db
      .collection('indexed')
      .find({ seq: { $gt: 990 } })
      .toArray();
    const viaScan = await db
      .collection('indexed')
      .find({ $expr: { $gt: ['$seq', 990] } })
      .toArray();
    expect(viaIndex.map((d) => d.seq).sort()).toEqual(viaScan.map((d) => d.seq).sort());
    expect(viaIndex).toHaveLength(9);
  });

  it('keeps indexes in step with updates and deletes', async () => {
    const coll = db.collection('indexed');
    await coll.updateOne({ seq: 1 }, { $set: { seq: 100_001 } });
    await coll.deleteOne({ seq: 2 });
    expect(await coll.countDocuments({ seq: 1 })).toBe(0);
    expect(await coll.countDocuments({ seq: 100_001 })).toBe(1);
    expect(await coll.countDocuments({ seq: 2 })).toBe(0);
    expect(await explainFind('indexed', { seq: 100_001 })).toMatchObject({ stage: 'IXSCAN', docs: 1 });
  });
});

embeddedOnly('TTL indexes', () => {
  it('removes expired documents on the sweep and keeps the others', async () => {
    const coll = db.collection('sessions_ttl');
    await coll.createIndex({ expiresAt: 1 }, { expireAfterSeconds: 0 });
    await coll.createIndex({ lastSeen: 1 }, { expireAfterSeconds: 3600 });
    await coll.insertMany([
      { name: 'expired', expiresAt: new Date(Date.now() - 1000) },
      { name: 'future', expiresAt: new Date(Date.now() + 3_600_000) },
      { name: 'not a date', expiresAt: 'tomorrow' },
      { name: 'old', lastSeen: new Date(Date.now() - 7_200_000) },
      { name: 'recent', lastSeen: new Date() },
      { name: 'array', expiresAt: [new Date(Date.now() + 3_600_000), new Date(Date.now() - 5000)] },
    ]);
    const deadline = Date.now() + 5000;
    while ((await coll.countDocuments()) > 3 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    const names = (await coll.find().toArray()).map((d) => d.name).sort();
    expect(names).toEqual(['future', 'not a date', 'recent']);
  });
});

embeddedOnly('features this server does not offer', () => {
  it('refuses geo queries, change streams, $where and text indexes with clear errors', async () => {
    const coll = db.collection('unsupported');
    await coll.insertOne({ loc: [0, 0] });
    await expect(coll.find({ loc: { $near: [0, 0] } }).toArray()).rejects.toMatchObject({
      code: 291,
      message: expect.stringContaining('$near'),
    });
    await expect(
      coll.find({ loc: { $geoWithin: { $center: [[0, 0], 1] } } }).toArray(),
    ).rejects.toMatchObject({ code: 291 });
    await expect(coll.aggregate([{ $changeStream: {} }]).toArray()).rejects.toMatchObject({
      code: 115,
      message: expect.stringContaining('change streams'),
    });
    await expect(coll.find({ $where: 'true' }).toArray()).rejects.toMatchObject({ code: 2 });
    await expect(coll.createIndex({ body: 'text' })).rejects.toMatchObject({ code: 67 });
    await expect(coll.createIndex({ loc: '2dsphere' })).rejects.toMatchObject({ code: 67 });
    await expect(db.createCollection('capped_one', { capped: true, size: 1000 })).rejects.toMatchObject({
      code: 115,
    });
  });
});

embeddedOnly('transaction write conflicts', () => {
  it('fails a commit whose document changed meanwhile as a transient error, which withTransaction retries', async () => {
    const coll = db.collection('conflicts');
    await coll.insertOne({ _id: 'x' as never, n: 0 });
    const session = client.startSession();
    let attempts = 0;
    await session.withTransaction(async () => {
      attempts++;
      await coll.updateOne({ _id: 'x' as never }, { $inc: { n: 10 } }, { session });
      // Only this server lets a plain write pass a transaction's pending write (MongoDB would block).
      if (attempts === 1) await coll.updateOne({ _id: 'x' as never }, { $inc: { n: 1 } });
    });
    await session.endSession();
    expect(attempts).toBe(2);
    expect((await coll.findOne({ _id: 'x' as never }))?.n).toBe(11);
  });

  it('reports WriteConflict (112) with the TransientTransactionError label on commit', async () => {
    const coll = db.collection('conflicts2');
    await coll.insertOne({ _id: 'y' as never, n: 0 });
    const session = client.startSession();
    session.startTransaction();
    await coll.updateOne({ _id: 'y' as never }, { $inc: { n: 10 } }, { session });
    await coll.updateOne({ _id: 'y' as never }, { $inc: { n: 1 } });
    const err = await session.commitTransaction().catch((e: unknown) => e);
    await session.endSession();
    expect(err).toMatchObject({ code: 112, codeName: 'WriteConflict' });
    expect((err as { hasErrorLabel(l: string): boolean }).hasErrorLabel('TransientTransactionError')).toBe(
      true,
    );
    expect((await coll.findOne({ _id: 'y' as never }))?.n).toBe(1);
  });
});
