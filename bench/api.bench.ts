/**
 * API benchmark (npm run bench): generates the ten-year data set on an embedded database in a
 * temporary directory, starts the real app in a child process, logs in as head and loads the
 * calendar and open-items endpoints with autocannon; then serves the same JSON from a bare
 * Express app and loads that the same way, for the overhead ratio.
 *
 *   --strict         exit with code 1 when a target is missed
 *   --cpu-prof       write CPU profiles of the app and database processes during each measured run (temp dir)
 *   --only=TEXT      run only the scenarios whose name contains TEXT
 *   --seconds=N      length of each measured run (default 10)
 *   --db=separate    the database in its own process, as in production (default)
 *   --db=in-process  the embedded database inside the app process, as `npm start` runs it
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppReady } from './api/app-process';
import type { BarePayloads, BareReady } from './api/bare-process';
import { forkChild, type Child } from './api/child-process';
import { startDatabaseProcess, type DatabaseProcess } from './api/database-process';
import { runLoad } from './api/load';
import { passed, printReport, type ScenarioOutcome } from './api/report';
import { logIn } from './api/session';
import { STACK_FLOOR_PATH } from './api/stack-floor';

const CONNECTIONS = 16;
const WARM_UP_SECONDS = 2;
const SINGLE_SECONDS = 3;
const SECONDS = Number(process.argv.find((a) => a.startsWith('--seconds='))?.split('=')[1] ?? 10);
const STRICT = process.argv.includes('--strict');
const PROFILE = process.argv.includes('--cpu-prof');
const DATABASE = process.argv.includes('--db=in-process') ? 'in-process' : 'separate';
const ONLY = process.argv.find((a) => a.startsWith('--only='))?.split('=')[1];
/** A fixed "today" keeps the data set and the queried ranges identical from run to run. */
const NOW = new Date('2026-03-10T09:00:00Z');
const TIME_LIMIT_MS = 15 * 60_000;

interface Scenario {
  name: string;
  barePath: string;
  path: (dataset: AppReady['dataset']) => string;
}

const SCENARIOS: readonly Scenario[] = [
  {
    name: 'meetings, one month (all committees)',
    barePath: '/month',
    path: () => '/api/v1/meetings?from=2026-02-01&to=2026-02-28&pageSize=100',
  },
  {
    name: 'meetings, one committee, one year',
    barePath: '/committee-year',
    path: (d) =>
      `/api/v1/meetings?organization=${d.committeeIds[0]}&from=2025-01-01&to=2025-12-31&pageSize=100`,
  },
  { name: 'open items (head: all committees)', barePath: '/open-items', path: () => '/api/v1/open-items' },
];

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'gremienbot-bench-'));
  const children: Child<unknown>[] = [];
  const deadline = setTimeout(() => {
    console.error(`Benchmark exceeded ${TIME_LIMIT_MS / 60_000} minutes; stopping.`);
    for (const child of children) child.process.kill('SIGKILL');
    process.exit(2);
  }, TIME_LIMIT_MS);
  deadline.unref();
  let database: DatabaseProcess | undefined;
  try {
    console.log(
      DATABASE === 'separate'
        ? 'Database: the embedded server in its own process (as a MongoDB server in production)'
        : 'Database: the embedded server inside the app process (as `npm start` runs it)',
    );
    if (DATABASE === 'separate') database = await startDatabaseProcess(dataDir, PROFILE);
    console.log(`Generating the data set in ${dataDir} …`);
    const app = forkChild<AppReady>('bench/api/app-process.ts', {
      BENCH_DATA_DIR: dataDir,
      BENCH_NOW: NOW.toISOString(),
      ...(database ? { BENCH_DB_URI: database.uri } : {}),
    });
    children.push(app);
    const ready = await app.ready;
    const { counts, agendaItems, generateMs, insertMs } = ready.dataset;
    console.log(
      `Data set: ${JSON.stringify(counts)}, ${agendaItems} agenda items (generated in ${generateMs} ms, inserted in ${insertMs} ms)`,
    );

    const cookie = await logIn(ready.url, ready.username, ready.password);
    const payloads: Record<string, unknown> = {};
    for (const scenario of SCENARIOS)
      payloads[scenario.barePath] = await capture(ready.url + scenario.path(ready.dataset), cookie);

    app.process.send({ payloads } satisfies BarePayloads);
    const bare = forkChild<BareReady>('bench/api/bare-process.ts', {});
    children.push(bare);
    bare.process.send({ payloads } satisfies BarePayloads);
    const bareReady = await bare.ready;

    const profiled = [app.process, ...(database ? [database.process] : [])];
    const outcomes: ScenarioOutcome[] = [];
    for (const scenario of SCENARIOS.filter((s) => !ONLY || s.name.includes(ONLY))) {
      const path = scenario.path(ready.dataset);
      const headers = { cookie };
      await runLoad({
        url: ready.url + path,
        headers,
        connections: CONNECTIONS,
        durationSeconds: WARM_UP_SECONDS,
      });
      if (PROFILE) await startProfiling(profiled);
      const ours = await runLoad({
        url: ready.url + path,
        headers,
        connections: CONNECTIONS,
        durationSeconds: SECONDS,
      });
      if (PROFILE) await stopProfiling(profiled, scenario.barePath.slice(1));
      // One connection: the service time of a single request, without queueing behind the others.
      await settle(ready.url + path, cookie);
      const single = await runLoad({
        url: ready.url + path,
        headers,
        connections: 1,
        durationSeconds: SINGLE_SECONDS,
      });
      const floorUrl = `${ready.url}/api/v1${STACK_FLOOR_PATH}${scenario.barePath}`;
      await settle(ready.url + path, cookie);
      await runLoad({ url: floorUrl, headers, connections: CONNECTIONS, durationSeconds: WARM_UP_SECONDS });
      if (PROFILE) await startProfiling(profiled);
      const floor = await runLoad({
        url: floorUrl,
        headers,
        connections: CONNECTIONS,
        durationSeconds: SECONDS,
      });
      if (PROFILE) await stopProfiling(profiled, `${scenario.barePath.slice(1)}-stack`);
      const url = bareReady.url + scenario.barePath;
      await settle(ready.url + path, cookie);
      await runLoad({ url, connections: CONNECTIONS, durationSeconds: WARM_UP_SECONDS });
      const bareResult = await runLoad({ url, connections: CONNECTIONS, durationSeconds: SECONDS });
      outcomes.push({ name: scenario.name, path, ours, single, floor, bare: bareResult });
      console.log(`  ${scenario.name}: done`);
    }
    printReport(outcomes, CONNECTIONS, SECONDS);
    const [load] = loadavg();
    if (load !== undefined && load > availableParallelism()) {
      console.log(
        `\nNote: the machine was busy (load average ${load.toFixed(1)} on ${availableParallelism()} CPUs); ` +
          'latencies under load are inflated, the one-connection figures less so.',
      );
    }
    if (STRICT && !outcomes.every(passed)) process.exitCode = 1;
  } finally {
    for (const child of children) await child.stop();
    await database?.stop();
    clearTimeout(deadline);
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function capture(url: string, cookie: string): Promise<unknown> {
  const response = await fetch(url, { headers: { cookie } });
  if (!response.ok) throw new Error(`GET ${url}: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { items?: unknown[] };
  if (!body.items?.length)
    throw new Error(`GET ${url} returned no items; the data set does not fit the query`);
  return body;
}

/** Waits until requests left over from a run are answered, so the next run starts on an idle server. */
async function settle(url: string, cookie: string): Promise<void> {
  const response = await fetch(url, { headers: { cookie } });
  await response.arrayBuffer();
}

async function startProfiling(children: readonly ChildProcess[]): Promise<void> {
  await Promise.all(children.map((child) => askChild(child, { profile: 'start' }, 'profiling')));
}

/** Writes `gremienbot-api-<name>-app.cpuprofile` (and `-db`) to the temp directory. */
async function stopProfiling(children: readonly ChildProcess[], name: string): Promise<void> {
  for (const [index, child] of children.entries()) {
    const file = join(tmpdir(), `gremienbot-api-${name}-${index ? 'db' : 'app'}.cpuprofile`);
    await askChild(child, { profile: 'stop', path: file }, 'profiled');
    console.log(`  CPU profile: ${file}`);
  }
}

/** Sends a message to the app child and waits for its answer carrying `key`. */
function askChild(child: ChildProcess, message: object, key: string): Promise<void> {
  return new Promise((resolve) => {
    const onMessage = (answer: Record<string, unknown>) => {
      if (!(key in answer)) return;
      child.off('message', onMessage);
      resolve();
    };
    child.on('message', onMessage);
    child.send(message);
  });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
