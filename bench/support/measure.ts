export interface LoopResult {
  operations: number;
  seconds: number;
  perSecond: number;
  /** Mean time per operation of one worker, in milliseconds. */
  meanLatencyMs: number;
}

/**
 * Runs `operation` in `workers` parallel loops until `maxOperations` were done in total or
 * `maxMs` passed, whichever comes first.
 */
export async function runLoops(
  workers: number,
  limits: { maxMs: number; maxOperations: number },
  operation: (worker: number, n: number) => Promise<unknown>,
): Promise<LoopResult> {
  let started = 0;
  const deadline = performance.now() + limits.maxMs;
  const begin = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      while (started < limits.maxOperations && performance.now() < deadline) {
        await operation(worker, started++);
      }
    }),
  );
  const seconds = (performance.now() - begin) / 1000;
  return {
    operations: started,
    seconds,
    perSecond: started / seconds,
    meanLatencyMs: (seconds * 1000 * workers) / started,
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export interface Check {
  name: string;
  value: string;
  target: string;
  pass: boolean;
}

export function printReport(checks: Check[]): void {
  const nameWidth = Math.max(...checks.map((check) => check.name.length));
  const valueWidth = Math.max(...checks.map((check) => check.value.length));
  console.log('');
  for (const check of checks) {
    console.log(
      `${check.pass ? 'PASS' : 'FAIL'}  ${check.name.padEnd(nameWidth)}  ${check.value.padStart(valueWidth)}  (target ${check.target})`,
    );
  }
}
