import mongoose from 'mongoose';
import { startTestDatabase } from '../../support/database';

/** Connects mongoose to a fresh test database and builds every registered model's indexes. */
export async function connectTestDatabase(): Promise<{ stop: () => Promise<void> }> {
  const db = await startTestDatabase();
  await mongoose.connect(db.uri);
  await Promise.all(Object.values(mongoose.models).map((model) => model.init()));
  return {
    async stop() {
      await mongoose.disconnect();
      await db.stop();
    },
  };
}

/** Empties every collection but keeps the indexes (unique keys are part of what is tested). */
export async function clearDatabase(): Promise<void> {
  await Promise.all(Object.values(mongoose.models).map((model) => model.deleteMany({})));
}
