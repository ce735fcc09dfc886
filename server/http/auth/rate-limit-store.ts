import type { ClientRateLimitInfo, IncrementResponse, Options, Store } from 'express-rate-limit';
import type { Collection } from 'mongoose';

interface CounterDoc {
  _id: string;
  hits: number;
  resetAt: Date;
}

const DUPLICATE_KEY = 11000;

/**
 * express-rate-limit store kept in MongoDB, so all app instances share one count per key.
 * One document per key and window; a TTL index removes expired ones.
 */
export class MongoRateLimitStore implements Store {
  readonly localKeys = false;
  private windowMs = 60_000;

  constructor(
    private readonly collection: Collection,
    readonly prefix: string,
  ) {}

  async init(options: Options): Promise<void> {
    this.windowMs = options.windowMs;
    await this.collection.createIndex({ resetAt: 1 }, { expireAfterSeconds: 0 });
  }

  async get(key: string): Promise<ClientRateLimitInfo | undefined> {
    const doc = await this.counters().findOne({ _id: this.id(key), resetAt: { $gt: new Date() } });
    return doc ? { totalHits: doc.hits, resetTime: doc.resetAt } : undefined;
  }

  async increment(key: string): Promise<IncrementResponse> {
    const _id = this.id(key);
    for (;;) {
      const now = new Date();
      const running = await this.counters().findOneAndUpdate(
        { _id, resetAt: { $gt: now } },
        { $inc: { hits: 1 } },
        { returnDocument: 'after' },
      );
      if (running) return { totalHits: running.hits, resetTime: running.resetAt };
      try {
        // Start a new window. If another instance started one meanwhile, the upsert collides
        // on _id and the loop counts in that window instead.
        const fresh = await this.counters().findOneAndUpdate(
          { _id, resetAt: { $lte: now } },
          { $set: { hits: 1, resetAt: new Date(now.getTime() + this.windowMs) } },
          { upsert: true, returnDocument: 'after' },
        );
        if (fresh) return { totalHits: fresh.hits, resetTime: fresh.resetAt };
      } catch (err) {
        if ((err as { code?: unknown }).code !== DUPLICATE_KEY) throw err;
      }
    }
  }

  async decrement(key: string): Promise<void> {
    await this.counters().updateOne(
      { _id: this.id(key), hits: { $gt: 0 }, resetAt: { $gt: new Date() } },
      { $inc: { hits: -1 } },
    );
  }

  async resetKey(key: string): Promise<void> {
    await this.counters().deleteOne({ _id: this.id(key) });
  }

  private id(key: string): string {
    return this.prefix + key;
  }

  private counters(): Collection<CounterDoc> {
    return this.collection as unknown as Collection<CounterDoc>;
  }
}
