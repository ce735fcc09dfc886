import mongoose from 'mongoose';
import { startEmbeddedMongo, type EmbeddedMongo } from '../../server/mongo-embedded/index';

/**
 * Gives a test file its own database: on `MONGODB_URI` when set (a real MongoDB), otherwise on an
 * in-memory embedded server started for this file.
 */
export async function startTestDatabase(): Promise<{ uri: string; stop: () => Promise<void> }> {
  const dbName = `test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const external = process.env.MONGODB_URI;
  let embedded: EmbeddedMongo | undefined;
  let base: string;
  if (external) {
    base = external;
  } else {
    embedded = await startEmbeddedMongo({ inMemory: true });
    base = embedded.uri;
  }
  const url = new URL(base);
  url.pathname = `/${dbName}`;
  const uri = url.toString();
  return {
    uri,
    async stop() {
      if (external) {
        const conn = await mongoose.createConnection(uri).asPromise();
        await conn.dropDatabase();
        await conn.close();
      }
      await embedded?.stop();
    },
  };
}
