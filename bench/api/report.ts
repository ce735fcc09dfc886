import type { LoadResult } from './load';

export const P95_TARGET_MS = 50;

export interface ScenarioOutcome {
  name: string;
  path: string;
  ours: LoadResult;
  /** The same request over one connection. */
  single: LoadResult;
  /** The same JSON from a route behind our full middleware stack, without the endpoint's work. */
  floor: LoadResult;
  bare: LoadResult;
}

const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a');
const ratio = (ours: number, bare: number) =>
  Number.isFinite(ours / bare) ? `${(ours / bare).toFixed(1)}x` : 'n/a';

export function passed(outcome: ScenarioOutcome): boolean {
  return outcome.ours.failures === 0 && outcome.ours.p95 < P95_TARGET_MS;
}

export function printReport(
  outcomes: readonly ScenarioOutcome[],
  connections: number,
  seconds: number,
): void {
  console.log(
    `\nAPI benchmark: ${connections} connections, ${seconds} s per run, logged in as head (session cookie)\n`,
  );
  const rows = outcomes.map((o) => ({
    scenario: o.name,
    p50: ms(o.ours.p50),
    p95: ms(o.ours.p95),
    p99: ms(o.ours.p99),
    'req/s': o.ours.requestsPerSecond.toFixed(0),
    'KiB/resp': (o.ours.bytesPerResponse / 1024).toFixed(1),
    'errors/timeouts': o.ours.failures,
    'p50 @1 conn': ms(o.single.p50),
    'stack p50': ms(o.floor.p50),
    'stack p95': ms(o.floor.p95),
    'stack req/s': o.floor.requestsPerSecond.toFixed(0),
    'bare p50': ms(o.bare.p50),
    'bare req/s': o.bare.requestsPerSecond.toFixed(0),
    'p50 ratio': ratio(o.ours.p50, o.bare.p50),
    [`p95 < ${P95_TARGET_MS} ms`]: passed(o) ? 'pass' : 'FAIL',
  }));
  console.table(rows);
  for (const o of outcomes) console.log(`  ${o.name}: GET ${o.path}`);
  console.log(
    '\nCached in the app process: the calendar entries of all meetings, all organizations and all open' +
      '\nitems, each checked on every request against a change stamp in the database that every write' +
      '\nbumps (in its transaction): a write by any instance is seen by the next request. Session, login' +
      '\nand the audit entry (written before the answer, batched) go to the database on every request.' +
      '\n"stack": the same JSON from a route behind the full middleware stack, without the endpoint.',
  );
}
