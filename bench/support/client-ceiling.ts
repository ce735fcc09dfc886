import { MongoClient } from 'mongodb';
import { benchItem } from './client-workers';
import { runLoops } from './measure';
import { startInstantReplyServer } from './server-child';

const RUNS = 3;

export interface ClientCeiling {
  sequentialInserts: number;
  concurrentInserts: number;
  concurrentReads: number;
}

/**
 * The benchmark's client loops (same driver, same connections, same operations) against a server
 * that answers at once from prebuilt replies, with no database work and no disk
 * (instant-reply-server.ts): operations per second the client side alone allows on this machine.
 * No server can be measured faster than this from this process.
 */
export async function measureClientCeiling(concurrentClients: number): Promise<ClientCeiling> {
  const server = await startInstantReplyServer();
  const single = await MongoClient.connect(server.uri);
  const pooled = await MongoClient.connect(server.uri, { maxPoolSize: concurrentClients });
  const clients = await Promise.all(
    Array.from({ length: concurrentClients }, () => MongoClient.connect(server.uri, { maxPoolSize: 1 })),
  );
  try {
    const sequential = single.db('bench').collection('sequential');
    const concurrent = clients.map((client) => client.db('bench').collection('concurrent'));
    const items = pooled.db('bench').collection('items');
    // The best of a few runs: a ceiling, so a run slowed down by the machine must not lower it.
    const rate = async (workers: number, operation: (worker: number, n: number) => Promise<unknown>) => {
      await runLoops(workers, { maxMs: 300, maxOperations: 2000 }, operation);
      let best = 0;
      for (let run = 0; run < RUNS; run++) {
        const { perSecond } = await runLoops(workers, { maxMs: 1500, maxOperations: 40_000 }, operation);
        best = Math.max(best, perSecond);
      }
      return best;
    };
    return {
      sequentialInserts: await rate(1, (_, n) => sequential.insertOne(benchItem(n))),
      concurrentInserts: await rate(concurrentClients, (worker, n) =>
        concurrent[worker]!.insertOne(benchItem(n)),
      ),
      concurrentReads: await rate(concurrentClients, () =>
        items.findOne({ key: benchItem(Math.floor(Math.random() * 10_000)).key }),
      ),
    };
  } finally {
    await Promise.all([single, pooled, ...clients].map((client) => client.close()));
    await server.stop();
  }
}
