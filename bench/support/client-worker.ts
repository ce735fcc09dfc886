/**
 * One client process of the embedded-server benchmark: its own MongoClient, `loops` concurrent
 * operation loops. Waits for `{ run }` over IPC, runs until the deadline or its operation budget,
 * and answers `{ operations, cpuMicros }` (its own CPU time during the run).
 */
import { MongoClient } from 'mongodb';
import { benchItem, type WorkerRun } from './client-workers';
import { runLoops } from './measure';

const uri = process.argv[2];
if (!uri) throw new Error('usage: client-worker.ts <uri>');
const client = await MongoClient.connect(uri, { maxPoolSize: Number(process.argv[3] ?? 1) });

process.on('message', (message: { run?: WorkerRun; stop?: true }) => {
  if (message.stop) {
    void client.close().then(() => process.exit(0));
    return;
  }
  if (message.run) void run(message.run);
});
process.send?.({ ready: true });

async function run(spec: WorkerRun): Promise<void> {
  const collection = client.db('bench').collection(spec.collection);
  const cpuBefore = process.cpuUsage();
  const result = await runLoops(
    spec.loops,
    { maxMs: spec.maxMs, maxOperations: spec.maxOperations },
    async (_, n) => {
      if (spec.operation === 'insert') {
        await collection.insertOne(benchItem(spec.offset + n));
      } else {
        const key = benchItem(Math.floor(Math.random() * spec.keySpace)).key;
        if (!(await collection.findOne({ key }))) throw new Error(`Indexed lookup of ${key} found nothing`);
      }
    },
  );
  const cpu = process.cpuUsage(cpuBefore);
  process.send?.({ operations: result.operations, cpuMicros: cpu.user + cpu.system });
}
