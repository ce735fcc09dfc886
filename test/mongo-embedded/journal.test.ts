import { closeSync } from 'node:fs';
import { cp, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  Binary,
  BSONSymbol,
  Code,
  DBRef,
  Decimal128,
  Double,
  Int32,
  Long,
  MaxKey,
  MinKey,
  ObjectId,
  serialize,
  Timestamp,
  UUID,
  type Document,
} from 'bson';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  JournalFailedError,
  openFilePersistence,
  type FilePersistence,
} from '../../server/mongo-embedded/storage/file-persistence';
import type { Mutation } from '../../server/mongo-embedded/storage/persistence';
import { loadAll, makeTempDir, put, putBatch } from './fixtures/persistence-helpers';

let temp: { dir: string; remove(): Promise<void> };
const opened: FilePersistence[] = [];

async function open(dir = temp.dir, options = {}): Promise<FilePersistence> {
  const persistence = await openFilePersistence(dir, { log: () => undefined, ...options });
  opened.push(persistence);
  return persistence;
}

beforeEach(async () => {
  temp = await makeTempDir();
});

afterEach(async () => {
  for (const persistence of opened.splice(0)) await persistence.close();
  await temp.remove();
});

/** A document in the engine's stored form holding every BSON type. */
function everyBsonType(): Document {
  return {
    _id: new ObjectId('64b7f0c2a1b2c3d4e5f60718'),
    int32: 42,
    negativeInt32: -7,
    double: 1.5,
    integralDouble: new Double(3),
    negativeZero: new Double(-0),
    largeDouble: 2 ** 40,
    nan: Number.NaN,
    infinity: Number.POSITIVE_INFINITY,
    long: Long.fromString('9007199254740993'),
    smallLong: Long.fromNumber(5),
    decimal: Decimal128.fromString('1234.5678900000000000001'),
    string: 'Ausschuss für Umwelt ✓ 🚀',
    emptyString: '',
    boolTrue: true,
    boolFalse: false,
    nullValue: null,
    date: new Date('2026-03-01T09:30:00.123Z'),
    binary: new Binary(Buffer.from([0, 1, 2, 250, 255]), Binary.SUBTYPE_DEFAULT),
    userBinary: new Binary(Buffer.from('abc'), Binary.SUBTYPE_USER_DEFINED),
    uuid: new UUID('0f8fad5b-d9cb-469f-a165-70867728950e'),
    regex: /^sitzung\s+\d+$/im,
    timestamp: new Timestamp({ t: 1_700_000_000, i: 3 }),
    minKey: new MinKey(),
    maxKey: new MaxKey(),
    code: new Code('function () { return 1; }'),
    codeWithScope: new Code('function () { return x; }', { x: 'scope value' }),
    symbol: new BSONSymbol('sym'),
    dbRef: new DBRef('members', new ObjectId('64b7f0c2a1b2c3d4e5f60719'), 'other'),
    nested: { a: [1, 2.5, { b: new Double(2) }], 'dotted.key': 'x', $dollar: 'y', empty: {} },
    array: [[], [null, true], 'text', Long.fromNumber(-1)],
  };
}

describe('file persistence: records', () => {
  it('returns every BSON type exactly as committed', async () => {
    const doc = everyBsonType();
    const persistence = await open();
    await persistence.commit([put('types', doc)]);
    await persistence.close();

    const [batch] = await loadAll(await open());
    const loaded = (batch![0] as Extract<Mutation, { op: 'put' }>).doc;
    expect(Buffer.from(serialize(loaded))).toEqual(Buffer.from(serialize(doc)));
    expect(loaded).toEqual(doc);
    expect(loaded.int32).toBe(42);
    expect(loaded.double).toBe(1.5);
    expect(loaded.largeDouble).toBe(2 ** 40);
    expect(loaded.integralDouble).toBeInstanceOf(Double);
    expect(Object.is((loaded.negativeZero as Double).value, -0)).toBe(true);
    expect(loaded.long).toBeInstanceOf(Long);
    expect(loaded.smallLong).toBeInstanceOf(Long);
    expect(loaded.decimal).toBeInstanceOf(Decimal128);
    expect(loaded.uuid).toBeInstanceOf(Binary);
    expect(loaded.regex).toBeInstanceOf(RegExp);
    expect(loaded.date).toBeInstanceOf(Date);
  });

  it('brings Int32 wrappers into the stored form and keeps the encoded type', async () => {
    const persistence = await open();
    await persistence.commit([
      put('types', { _id: 1, wrapped: new Int32(7), wrappedDouble: new Double(7.25) }),
    ]);
    const [[mutation]] = (await loadAll(await reopen(persistence))) as [[Extract<Mutation, { op: 'put' }>]];
    expect(mutation.doc).toEqual({ _id: 1, wrapped: 7, wrappedDouble: 7.25 });
  });

  it('round-trips every mutation kind, leaving out optional fields that were undefined', async () => {
    const batch: Mutation[] = [
      { op: 'createCollection', db: 'app', coll: 'members', options: { capped: false } },
      { op: 'createCollection', db: 'app', coll: 'plain', options: undefined },
      {
        op: 'createIndex',
        db: 'app',
        coll: 'members',
        spec: { v: 2, key: { email: 1 }, name: 'email_1', unique: true },
      },
      { op: 'dropIndex', db: 'app', coll: 'members', name: 'email_1' },
      { op: 'renameCollection', db: 'app', from: 'members', toDb: 'archive', to: 'old_members' },
      { op: 'put', db: 'app', coll: 'members', doc: { _id: new ObjectId(), name: 'Ada' } },
      { op: 'remove', db: 'app', coll: 'members', id: new ObjectId('64b7f0c2a1b2c3d4e5f60718') },
      { op: 'remove', db: 'app', coll: 'members', id: Long.fromNumber(12) },
      { op: 'dropCollection', db: 'app', coll: 'plain' },
      { op: 'dropDatabase', db: 'archive' },
    ];
    const persistence = await open();
    await persistence.commit(batch);
    const [loaded] = await loadAll(await reopen(persistence));
    const expected = batch.map((mutation) => ({ ...mutation }));
    delete (expected[1] as { options?: unknown }).options;
    expect(loaded).toEqual(expected);
    expect('options' in loaded![1]!).toBe(false);
  });

  it('keeps batches whole and in commit order across sequential and concurrent commits', async () => {
    const persistence = await open();
    const committed: Mutation[][] = [];
    for (let i = 0; i < 50; i++) {
      const batch = [put('items', { _id: i }), put('items', { _id: `${i}-twin` })];
      committed.push(batch);
      await persistence.commit(batch);
    }
    const concurrent: Promise<void>[] = [];
    for (let i = 50; i < 300; i++) {
      const batch = putBatch(i, { payload: 'x'.repeat(i % 37) });
      committed.push(batch);
      concurrent.push(persistence.commit(batch));
      if (i % 25 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(concurrent);
    expect(await loadAll(await reopen(persistence))).toEqual(committed);
  });

  it('handles a batch larger than the 17 MiB BSON work buffer', async () => {
    const big = 'z'.repeat(1024 * 1024);
    const batch = Array.from({ length: 20 }, (_, i) => put('large', { _id: i, big }));
    const persistence = await open();
    await persistence.commit(batch);
    const loaded = await loadAll(await reopen(persistence));
    expect(loaded).toHaveLength(1);
    expect(loaded[0]).toHaveLength(20);
    expect((loaded[0]![19] as Extract<Mutation, { op: 'put' }>).doc.big).toBe(big);
  });

  it('makes an acknowledged commit readable by an independent open without close()', async () => {
    const persistence = await open();
    await persistence.commit(putBatch(1));
    await persistence.commit(putBatch(2));
    const copy = await makeTempDir();
    try {
      await cp(temp.dir, copy.dir, { recursive: true, filter: (source) => !source.endsWith('mongod.lock') });
      expect(await loadAll(await open(copy.dir))).toEqual([putBatch(1), putBatch(2)]);
    } finally {
      await opened.pop()?.close();
      await copy.remove();
    }
  });
});

describe('file persistence: group commit', () => {
  it('writes commits issued together with fewer syncs than commits', async () => {
    const persistence = await open();
    await Promise.all(Array.from({ length: 200 }, (_, i) => persistence.commit(putBatch(i))));
    const { commits, syncs } = persistence.stats();
    expect(commits).toBe(200);
    expect(syncs).toBeLessThanOrEqual(2);
  });

  it('groups commits that arrive while a sync is in flight', async () => {
    const persistence = await open();
    const pending: Promise<void>[] = [];
    for (let i = 0; i < 400; i++) {
      pending.push(persistence.commit(putBatch(i)));
      // Spread the commits over many ticks, as separate client requests would arrive.
      if (i % 4 === 3) await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(pending);
    const { commits, syncs } = persistence.stats();
    expect(commits).toBe(400);
    expect(syncs).toBeLessThan(commits / 2);
    expect(await loadAll(await reopen(persistence))).toEqual(
      Array.from({ length: 400 }, (_, i) => putBatch(i)),
    );
  });

  it('resolves each commit only after its own group is written', async () => {
    const persistence = await open();
    const order: string[] = [];
    const first = persistence.commit(putBatch(1)).then(() => order.push('first'));
    await new Promise((resolve) => setImmediate(resolve));
    const second = persistence.commit(putBatch(2)).then(() => order.push('second'));
    await Promise.all([first, second]);
    expect(order).toEqual(['first', 'second']);
    expect(persistence.stats().syncs).toBe(2);
  });

  it("syncs on the event loop's thread once the disk has proven fast", async () => {
    // Every sync counts as fast here, so a slow test machine does not change the outcome.
    const persistence = await open(temp.dir, { inlineSyncMaxMs: 10_000 });
    for (let i = 0; i < 20; i++) await persistence.commit(putBatch(i));
    const { syncs, inlineSyncs } = persistence.stats();
    expect(syncs).toBe(20);
    // The first eight syncs prove the disk fast.
    expect(inlineSyncs).toBe(12);
    expect(await loadAll(await reopen(persistence))).toEqual(
      Array.from({ length: 20 }, (_, i) => putBatch(i)),
    );
  });

  it('syncs in the thread pool when switched off', async () => {
    const persistence = await open(temp.dir, { inlineSyncMaxMs: 0 });
    for (let i = 0; i < 20; i++) await persistence.commit(putBatch(i));
    expect(persistence.stats()).toMatchObject({ syncs: 20, inlineSyncs: 0 });
  });

  it('preallocates journal space ahead of the records and trims it on close', async () => {
    const persistence = await open(temp.dir, { preallocateBytes: 256 * 1024 });
    await persistence.commit(putBatch(1));
    const journal = join(
      temp.dir,
      (await readdir(temp.dir)).find((name) => name.endsWith('.wal'))!,
    );
    expect((await stat(journal)).size).toBeGreaterThan(256 * 1024);
    const warnings: string[] = [];
    await persistence.close();
    const reopened = await open(temp.dir, { log: (message: string) => warnings.push(message) });
    expect(await loadAll(reopened)).toEqual([putBatch(1)]);
    expect((await stat(journal)).size).toBeLessThan(1024);
    expect(warnings).toEqual([]);
  });
});

describe('file persistence: write errors', () => {
  it('rejects the failed commit and every later one with a clear error', async () => {
    const persistence = await open();
    await persistence.commit(putBatch(1));
    // Simulates a failing disk by closing the journal's file descriptor underneath the writer.
    const writer = (persistence as unknown as { writer: { active: { fd: number } } }).writer;
    closeSync(writer.active.fd);
    await expect(persistence.commit(putBatch(2))).rejects.toBeInstanceOf(JournalFailedError);
    await expect(persistence.commit(putBatch(3))).rejects.toThrow(
      /^Writing the journal failed, so no further writes are accepted until the server restarts: EBADF/,
    );
    await expect(persistence.close()).rejects.toThrow(/EBADF/);
    opened.pop();
    expect(await loadAll(await open())).toEqual([putBatch(1)]);
  });
});

async function reopen(persistence: FilePersistence): Promise<FilePersistence> {
  await persistence.close();
  return open();
}
