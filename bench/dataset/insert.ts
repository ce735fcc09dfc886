import type { Model } from 'mongoose';

/** Writes documents straight through the driver in batches (no mongoose validation or hydration). */
export async function insertInBatches(
  model: Model<never>,
  docs: readonly Record<string, unknown>[],
  batchSize: number,
): Promise<number> {
  for (let i = 0; i < docs.length; i += batchSize) {
    // Unset fields stay absent, as mongoose would store them, instead of becoming null.
    await model.collection.insertMany(docs.slice(i, i + batchSize), { ordered: true, ignoreUndefined: true });
  }
  return docs.length;
}
