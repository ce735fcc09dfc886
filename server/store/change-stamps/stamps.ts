import type { AsyncLocalStorage } from 'node:async_hooks';
import mongoose, { Types, type ClientSession } from 'mongoose';
import { ChangeStampModel, type StampName } from './change-stamp-model';

// Operations inside `inTransaction` pick up its session without passing it, the stamp bumps of
// the write middleware (./bump-on-write.ts) included: the write and its bump commit together.
mongoose.set('transactionAsyncLocalStorage', true);

/** The session of the transaction this code runs in, if any. */
export function currentTransaction(): ClientSession | undefined {
  const storage = (mongoose as { transactionAsyncLocalStorage?: TransactionStorage })
    .transactionAsyncLocalStorage;
  return storage?.getStore()?.session ?? undefined;
}

type TransactionStorage = AsyncLocalStorage<{ session?: ClientSession }>;

/** Runs `write` in a transaction (retried on transient errors); every operation inside joins it. */
export function inTransaction<T>(write: () => Promise<T>): Promise<T> {
  if (currentTransaction()) return write();
  return mongoose.connection.transaction(() => write());
}

/** Gives the stamp a new token, inside `session` when the write it follows has one. */
export async function bumpStamp(name: StampName, session: ClientSession | null | undefined): Promise<void> {
  await ChangeStampModel.updateOne(
    { _id: name },
    { $set: { token: new Types.ObjectId() } },
    { upsert: true },
  ).session(session ?? currentTransaction() ?? null);
}

interface PendingRead {
  names: readonly StampName[];
  resolve: (tokens: Map<StampName, string>) => void;
  reject: (error: unknown) => void;
}

let queued: PendingRead[] = [];
let reading = false;

/**
 * The current token of each stamp. Reads asked for while one is on its way wait for the next,
 * which starts after they were asked: one query answers all requests that arrived meanwhile, and
 * never with a value older than the moment a request asked.
 */
export function readStamps(names: readonly StampName[]): Promise<Map<StampName, string>> {
  return new Promise((resolve, reject) => {
    queued.push({ names, resolve, reject });
    if (reading) return;
    reading = true;
    // After the current job: reads asked for in the same turn (one request's) go together.
    queueMicrotask(() => void readQueued());
  });
}

export async function readStamp(name: StampName): Promise<string> {
  const tokens = await readStamps([name]);
  return tokens.get(name)!;
}

async function readQueued(): Promise<void> {
  while (queued.length) {
    const batch = queued;
    queued = [];
    try {
      const tokens = await fetchTokens([...new Set(batch.flatMap((read) => read.names))]);
      for (const read of batch) read.resolve(tokens);
    } catch (error) {
      for (const read of batch) read.reject(error);
    }
  }
  reading = false;
}

async function fetchTokens(names: StampName[]): Promise<Map<StampName, string>> {
  // `session: null`: a transaction that happens to trigger the batch must not lend it its snapshot.
  const found = await ChangeStampModel.find({ _id: { $in: names } }, { token: 1 })
    .session(null)
    .lean();
  const tokens = new Map(found.map((stamp) => [stamp._id as StampName, stamp.token.toHexString()]));
  for (const name of names) if (!tokens.has(name)) tokens.set(name, await createStamp(name));
  return tokens;
}

/** A missing stamp (new or dropped database) starts with a fresh token, unlike any cached one. */
async function createStamp(name: StampName): Promise<string> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      const stamp = await ChangeStampModel.findOneAndUpdate(
        { _id: name },
        { $setOnInsert: { token: new Types.ObjectId() } },
        { upsert: true, returnDocument: 'after' },
      )
        .session(null)
        .lean();
      return stamp!.token.toHexString();
    } catch (error) {
      // Two instances creating the same stamp: the loser reads the winner's.
      if ((error as { code?: number }).code !== 11000 || attempt >= 2) throw error;
    }
  }
}
