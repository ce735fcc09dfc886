import { MongoClient, type Db } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestDatabase } from '../support/database';

let database: Awaited<ReturnType<typeof startTestDatabase>>;
let client: MongoClient;
let db: Db;

beforeAll(async () => {
  database = await startTestDatabase();
  client = await MongoClient.connect(database.uri);
  db = client.db();
  await db.collection('present').insertOne({ a: 1, loc: { type: 'Point', coordinates: [0, 0] } });
});

afterAll(async () => {
  await client?.close();
  await database?.stop();
});

describe('error codes and shapes', () => {
  it('answers an unknown command with 59 CommandNotFound', async () => {
    await expect(db.command({ fooBarCommand: 1 })).rejects.toMatchObject({
      code: 59,
      codeName: 'CommandNotFound',
      errmsg: "no such command: 'fooBarCommand'",
    });
  });

  it('answers a missing namespace with 26 NamespaceNotFound', async () => {
    await expect(db.command({ listIndexes: 'missing_collection' })).rejects.toMatchObject({
      code: 26,
      codeName: 'NamespaceNotFound',
    });
    await expect(db.collection('missing_collection').rename('other')).rejects.toMatchObject({ code: 26 });
  });

  it('answers a missing index with 27 IndexNotFound', async () => {
    await expect(db.collection('present').dropIndex('nope_1')).rejects.toMatchObject({
      code: 27,
      codeName: 'IndexNotFound',
    });
  });

  it('answers an unknown cursor with 43 CursorNotFound', async () => {
    const { Long } = await import('mongodb');
    await expect(
      db.command({ getMore: Long.fromNumber(123456789), collection: 'present' }),
    ).rejects.toMatchObject({
      code: 43,
      codeName: 'CursorNotFound',
    });
  });

  it('answers an existing namespace with 48 NamespaceExists', async () => {
    await db.createCollection('exists_once');
    await expect(
      db.command({ create: 'exists_once', capped: false, validationLevel: 'moderate' }),
    ).rejects.toMatchObject({ code: 48 });
    await db.collection('rename_source').insertOne({});
    await expect(db.collection('rename_source').rename('exists_once')).rejects.toMatchObject({
      code: 48,
      codeName: 'NamespaceExists',
    });
  });

  it('answers an unknown query operator with 2 BadValue naming it', async () => {
    const err = await db
      .collection('present')
      .find({ a: { $foo: 1 } })
      .toArray()
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 2, codeName: 'BadValue' });
    expect((err as Error).message).toContain('unknown operator: $foo');
  });

  it('answers $text without a text index with 27 IndexNotFound', async () => {
    await expect(
      db
        .collection('present')
        .find({ $text: { $search: 'x' } })
        .toArray(),
    ).rejects.toMatchObject({ code: 27 });
  });

  it('keeps command error replies in the {ok: 0, errmsg, code, codeName} shape', async () => {
    const reply = await db
      .command({ fooBarCommand: 1 })
      .catch((e: { errorResponse: unknown }) => e.errorResponse);
    expect(reply).toMatchObject({ ok: 0, errmsg: expect.any(String), code: 59, codeName: 'CommandNotFound' });
  });
});
