import mongoose from 'mongoose';
import { MongoClient, type Db } from 'mongodb';
import { afterAll, beforeAll } from 'vitest';
import { startTestDatabase } from '../../support/database';

export interface TestConnections {
  conn: mongoose.Connection;
  client: MongoClient;
  db: Db;
}

/**
 * Registers hooks that give this test file a fresh database with both a mongoose connection and a
 * plain driver client on it. The returned object is filled in before the first test runs.
 */
export function withTestConnections(): TestConnections {
  const handles = {} as TestConnections;
  let database: Awaited<ReturnType<typeof startTestDatabase>> | undefined;
  beforeAll(async () => {
    database = await startTestDatabase();
    handles.conn = await mongoose.createConnection(database.uri).asPromise();
    handles.client = await MongoClient.connect(database.uri);
    handles.db = handles.client.db();
  });
  afterAll(async () => {
    await handles.conn?.close();
    await handles.client?.close();
    await database?.stop();
  });
  return handles;
}
