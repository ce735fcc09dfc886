/**
 * Benchmark of the embedded MongoDB server with the durable journal, through the plain mongodb
 * driver (npm run bench:db). The server runs in a child process so its memory can be measured;
 * the concurrent checks send their requests from several client processes (the figures from a
 * single client process are printed alongside).
 *
 *   --strict     exit with code 1 when a target is missed
 *   --client-processes=N   send the concurrent requests from N client processes (default 1)
 *   --cpu-prof   write CPU profiles of the server processes to <tmpdir>/mongo-embedded-profiles/
 *                (summarise one with: tsx bench/support/cpu-profile-summary.ts <file>)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient, type Collection } from 'mongodb';
import { benchItem, startClientWorkers, type BenchItem, type WorkersResult } from './support/client-workers';
import { measureClientCeiling, type ClientCeiling } from './support/client-ceiling';
import { measureEnvironmentFloor, type EnvironmentFloor } from './support/environment-floor';
import { median, printReport, runLoops, type Check, type LoopResult } from './support/measure';
import { startServerChild, type ServerChild } from './support/server-child';

const strict = process.argv.includes('--strict');
const profileDir = join(tmpdir(), 'mongo-embedded-profiles');
const serverNodeArgs = process.argv.includes('--cpu-prof')
  ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`]
  : [];

const CONCURRENT_CLIENTS = 16;
/**
 * With --client-processes=N (N > 1) the concurrent checks send their 16 requests from N client
 * processes, each with its own MongoClient, so the driver's CPU in one process does not cap what
 * is measured. That needs spare cores: on a 2-core machine the extra processes only compete with
 * the server, so the default is the 16 clients in this process.
 */
const CLIENT_PROCESSES = Number(
  process.argv.find((arg) => arg.startsWith('--client-processes='))?.split('=')[1] ?? 1,
);
const SMALL_COLLECTION = 10_000;
const LARGE_COLLECTION = 100_000;
const LOOKUPS = 5_000;

type Item = BenchItem;
const item = benchItem;

interface Measured extends LoopResult {
  /** CPU time per operation, in µs: load-independent, unlike the rates when the machine is busy. */
  serverCpuMicros: number;
  clientCpuMicros: number;
}

async function measure(
  server: ServerChild,
  workers: number,
  limits: { maxMs: number; maxOperations: number },
  operation: (worker: number, n: number) => Promise<unknown>,
): Promise<Measured> {
  const serverBefore = await server.cpuMicros();
  const clientBefore = process.cpuUsage();
  const result = await runLoops(workers, limits, operation);
  const client = process.cpuUsage(clientBefore);
  const serverCpu = (await server.cpuMicros()) - serverBefore;
  return {
    ...result,
    serverCpuMicros: serverCpu / result.operations,
    clientCpuMicros: (client.user + client.system) / result.operations,
  };
}

async function measureWorkers(server: ServerChild, run: () => Promise<WorkersResult>): Promise<Measured> {
  const serverBefore = await server.cpuMicros();
  const result = await run();
  const serverCpu = (await server.cpuMicros()) - serverBefore;
  return {
    operations: result.operations,
    seconds: result.seconds,
    perSecond: result.perSecond,
    meanLatencyMs: (result.seconds * 1000 * CONCURRENT_CLIENTS) / result.operations,
    serverCpuMicros: serverCpu / result.operations,
    clientCpuMicros: result.clientCpuMicros,
  };
}

if (
  !Number.isInteger(CLIENT_PROCESSES) ||
  CLIENT_PROCESSES < 1 ||
  CONCURRENT_CLIENTS % CLIENT_PROCESSES !== 0
) {
  throw new Error(`--client-processes must divide ${CONCURRENT_CLIENTS}`);
}

const processesNote =
  CLIENT_PROCESSES > 1
    ? `${CONCURRENT_CLIENTS} concurrent requests from ${CLIENT_PROCESSES} client processes`
    : `${CONCURRENT_CLIENTS} concurrent requests from this process`;

/**
 * CPU per operation of both sides. On a busy or small machine the rates above are bounded by the
 * CPU the client and server get; `1e6 / server µs` is what the server could do with a core of its own.
 */
function cpuNote(result: Measured): string {
  return (
    `CPU per op: server ${result.serverCpuMicros.toFixed(0)} µs, client ${result.clientCpuMicros.toFixed(0)} µs ` +
    `(server alone on one core: ~${Math.round(1e6 / result.serverCpuMicros)}/s)`
  );
}

async function withServer<T>(
  label: string,
  run: (server: ServerChild, dataDir: string) => Promise<T>,
): Promise<T> {
  const dataDir = await mkdtemp(join(tmpdir(), `bench-mongo-${label}-`));
  try {
    const server = await startServerChild(dataDir, serverNodeArgs);
    try {
      return await run(server, dataDir);
    } finally {
      await server.stop();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function benchmarkInserts(checks: Check[]): Promise<void> {
  await withServer('inserts', async (server) => {
    const client = await MongoClient.connect(server.uri);
    const clients = await Promise.all(
      Array.from({ length: CONCURRENT_CLIENTS }, () => MongoClient.connect(server.uri, { maxPoolSize: 1 })),
    );
    try {
      const sequential = client.db('bench').collection('sequential');
      await runLoops(1, { maxMs: 500, maxOperations: 500 }, (_, n) => sequential.insertOne({ warmup: n }));
      const single = await measure(server, 1, { maxMs: 4000, maxOperations: 20_000 }, (_, n) =>
        sequential.insertOne(item(n)),
      );
      log(
        `single client: ${single.operations} inserts in ${single.seconds.toFixed(2)} s; ${cpuNote(single)}`,
      );
      pushRate(
        checks,
        'sequential inserts, 1 client',
        single.perSecond,
        3000,
        (limits) => limits.sequentialDurableInserts,
      );

      const collections = clients.map((each) => each.db('bench').collection('concurrent'));
      const oneProcess = await measure(
        server,
        CONCURRENT_CLIENTS,
        { maxMs: 4000, maxOperations: 60_000 },
        (worker, n) => collections[worker]!.insertOne(item(n)),
      );
      log(
        `${CONCURRENT_CLIENTS} clients in this process: ${oneProcess.operations} inserts in ` +
          `${oneProcess.seconds.toFixed(2)} s (${Math.round(oneProcess.perSecond)}/s); ${cpuNote(oneProcess)}`,
      );
      const many = CLIENT_PROCESSES > 1 ? await insertsFromProcesses(server) : oneProcess;
      pushRate(checks, `inserts, ${processesNote}`, many.perSecond, 8000, (limits) =>
        inProcessOnly(limits.ceiling.concurrentInserts),
      );
    } finally {
      await Promise.all([client, ...clients].map((each) => each.close()));
    }
  });
}

async function insertsFromProcesses(server: ServerChild): Promise<Measured> {
  const loops = CONCURRENT_CLIENTS / CLIENT_PROCESSES;
  const workers = await startClientWorkers(server.uri, CLIENT_PROCESSES, loops);
  try {
    const spec = { operation: 'insert', collection: 'concurrent', loops, maxMs: 4000, keySpace: 0 } as const;
    await workers.run({ ...spec, maxMs: 500, maxOperations: 200 }, 1_000_000);
    const many = await measureWorkers(server, () =>
      workers.run({ ...spec, maxOperations: 60_000 / CLIENT_PROCESSES }, 2_000_000),
    );
    log(`${processesNote}: ${many.operations} inserts in ${many.seconds.toFixed(2)} s; ${cpuNote(many)}`);
    return many;
  } finally {
    await workers.stop();
  }
}

async function readsFromProcesses(server: ServerChild): Promise<Measured> {
  const loops = CONCURRENT_CLIENTS / CLIENT_PROCESSES;
  const workers = await startClientWorkers(server.uri, CLIENT_PROCESSES, loops);
  try {
    const spec = { operation: 'read', collection: 'items', loops, keySpace: SMALL_COLLECTION } as const;
    await workers.run({ ...spec, maxMs: 500, maxOperations: 1000 }, 0);
    const reads = await measureWorkers(server, () =>
      workers.run({ ...spec, maxMs: 3000, maxOperations: 100_000 / CLIENT_PROCESSES }, 0),
    );
    log(`point reads, ${processesNote}: ${Math.round(reads.perSecond)}/s; ${cpuNote(reads)}`);
    return reads;
  } finally {
    await workers.stop();
  }
}

async function fillTo(items: Collection<Item>, from: number, to: number): Promise<void> {
  for (let start = from; start < to; start += 1000) {
    const batch = Array.from({ length: Math.min(1000, to - start) }, (_, i) => item(start + i));
    await items.insertMany(batch, { ordered: false });
  }
}

/** Mean latency of sequential indexed point reads, in ms, over `LOOKUPS` random keys below `size`. */
async function lookupLatency(items: Collection<Item>, size: number): Promise<number> {
  await runLoops(1, { maxMs: 1000, maxOperations: 1000 }, () =>
    items.findOne({ key: item(Math.floor(Math.random() * size)).key }),
  );
  const result = await runLoops(1, { maxMs: 10_000, maxOperations: LOOKUPS }, async () => {
    const found = await items.findOne({ key: item(Math.floor(Math.random() * size)).key });
    if (!found) throw new Error('Indexed lookup found nothing');
  });
  return result.meanLatencyMs;
}

async function benchmarkQueries(checks: Check[]): Promise<void> {
  await withServer('queries', async (server, dataDir) => {
    const client = await MongoClient.connect(server.uri, { maxPoolSize: CONCURRENT_CLIENTS });
    try {
      const items = client.db('bench').collection<Item>('items');
      await items.createIndex({ key: 1 }, { unique: true });
      await fillTo(items, 0, SMALL_COLLECTION);
      const latencySmall = await lookupLatency(items, SMALL_COLLECTION);

      const oneProcess = await measure(
        server,
        CONCURRENT_CLIENTS,
        { maxMs: 3000, maxOperations: 100_000 },
        () => items.findOne({ key: item(Math.floor(Math.random() * SMALL_COLLECTION)).key }),
      );
      log(
        `point reads: ${Math.round(1000 / latencySmall)}/s from 1 client, ` +
          `${Math.round(oneProcess.perSecond)}/s from ${CONCURRENT_CLIENTS} concurrent requests in this process; ` +
          cpuNote(oneProcess),
      );
      const reads = CLIENT_PROCESSES > 1 ? await readsFromProcesses(server) : oneProcess;
      pushRate(checks, `indexed point reads, ${processesNote}`, reads.perSecond, 10_000, (limits) =>
        inProcessOnly(limits.ceiling.concurrentReads),
      );

      const fillStart = performance.now();
      await fillTo(items, SMALL_COLLECTION, LARGE_COLLECTION);
      log(
        `filled to ${LARGE_COLLECTION} documents in ${((performance.now() - fillStart) / 1000).toFixed(1)} s`,
      );
      const latencyLarge = await lookupLatency(items, LARGE_COLLECTION);
      const ratio = latencyLarge / latencySmall;
      checks.push({
        name: `indexed lookup ${LARGE_COLLECTION / 1000}k vs ${SMALL_COLLECTION / 1000}k docs`,
        value: `${ratio.toFixed(2)} (${(latencyLarge * 1000).toFixed(0)} vs ${(latencySmall * 1000).toFixed(0)} µs)`,
        target: 'ratio <= 1.5',
        pass: ratio <= 1.5,
      });

      const groupTimes: number[] = [];
      for (let run = 0; run < 3; run++) {
        const start = performance.now();
        const groups = await items
          .aggregate([{ $group: { _id: '$category', total: { $sum: '$amount' }, count: { $sum: 1 } } }])
          .toArray();
        groupTimes.push(performance.now() - start);
        const counted = groups.reduce((sum, group) => sum + (group.count as number), 0);
        if (counted !== LARGE_COLLECTION) throw new Error(`$group counted ${counted} documents`);
      }
      log(`$group runs: ${groupTimes.map((ms) => `${ms.toFixed(0)} ms`).join(', ')}`);
      checks.push({
        name: `$group over ${LARGE_COLLECTION / 1000}k documents (median of 3)`,
        value: `${median(groupTimes).toFixed(0)} ms`,
        target: '< 1000 ms',
        pass: median(groupTimes) < 1000,
      });

      const rss = await server.rss();
      checks.push({
        name: `server resident memory, ${LARGE_COLLECTION / 1000}k small documents`,
        value: `${(rss / 1024 / 1024).toFixed(0)} MB`,
        target: '< 300 MB',
        pass: rss < 300 * 1024 * 1024,
      });
    } finally {
      await client.close();
    }
    await server.stop();
    const restarted = await startServerChild(dataDir);
    try {
      log(
        `restart with ${LARGE_COLLECTION} documents (replay of snapshot + journal): ${restarted.startupMs.toFixed(0)} ms`,
      );
    } finally {
      await restarted.stop();
    }
  });
}

function log(message: string): void {
  console.log(`  ${message}`);
}

interface MachineLimits {
  floor: EnvironmentFloor;
  ceiling: ClientCeiling;
  /** Sequential durable inserts from one client at best: the client's own time plus the best durable write. */
  sequentialDurableInserts: number;
}

async function printEnvironmentFloor(): Promise<EnvironmentFloor> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-mongo-floor-'));
  let floor: EnvironmentFloor;
  try {
    floor = await measureEnvironmentFloor(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const { inlineSyncMicros, threadPoolSyncMicros, roundTripMicros } = floor;
  log(
    `machine floor: durable 200-byte write ${inlineSyncMicros.toFixed(0)} µs on the event loop's thread, ` +
      `${threadPoolSyncMicros.toFixed(0)} µs through the thread pool; loopback round trip ` +
      `${roundTripMicros.toFixed(0)} µs => at most ~${Math.round(1e6 / (inlineSyncMicros + roundTripMicros))} ` +
      'sequential durable writes/s from one client, before any client or database work',
  );
  return floor;
}

/** Measured last, when the driver's code is as warmed up as in the measurements it bounds. */
async function printClientCeiling(floor: EnvironmentFloor): Promise<MachineLimits> {
  const ceiling = await measureClientCeiling(CONCURRENT_CLIENTS);
  const sequentialDurableInserts = 1e6 / (1e6 / ceiling.sequentialInserts + floor.inlineSyncMicros);
  log(
    `client ceiling (the driver in this process against a server answering at once, no database, no disk): ` +
      `sequential inserts ${Math.round(ceiling.sequentialInserts)}/s, ${CONCURRENT_CLIENTS} concurrent inserts ` +
      `${Math.round(ceiling.concurrentInserts)}/s, ${CONCURRENT_CLIENTS} concurrent point reads ` +
      `${Math.round(ceiling.concurrentReads)}/s => with the best durable write, at most ` +
      `~${Math.round(sequentialDurableInserts)} sequential durable inserts/s from one client`,
  );
  return { floor, ceiling, sequentialDurableInserts };
}

/** Rate checks get the machine's ceiling added to their value once it is measured. */
const ceilingsOfChecks = new Map<Check, (limits: MachineLimits) => number | undefined>();

function pushRate(
  checks: Check[],
  name: string,
  perSecond: number,
  target: number,
  ceilingOf: (limits: MachineLimits) => number | undefined,
): void {
  const check = {
    name,
    value: `${Math.round(perSecond)}/s`,
    target: `>= ${target}/s`,
    pass: perSecond >= target,
  };
  checks.push(check);
  ceilingsOfChecks.set(check, ceilingOf);
}

function addCeilings(limits: MachineLimits): void {
  for (const [check, ceilingOf] of ceilingsOfChecks) {
    const ceiling = ceilingOf(limits);
    if (ceiling !== undefined) check.value += ` (ceiling ~${Math.round(ceiling)}/s)`;
  }
}

/** The client ceiling is measured from this process, so it says nothing about other client processes. */
function inProcessOnly(ceiling: number): number | undefined {
  return CLIENT_PROCESSES > 1 ? undefined : ceiling;
}

const overall = performance.now();
const checks: Check[] = [];
console.log('Embedded MongoDB benchmark (durable journal, mongodb driver, server in a child process)');
const floor = await printEnvironmentFloor();
await benchmarkInserts(checks);
await benchmarkQueries(checks);
addCeilings(await printClientCeiling(floor));
printReport(checks);
console.log(`\nTotal time ${((performance.now() - overall) / 1000).toFixed(1)} s`);
if (serverNodeArgs.length > 0) console.log(`Server CPU profiles in ${profileDir}`);
if (strict && checks.some((check) => !check.pass)) process.exitCode = 1;
