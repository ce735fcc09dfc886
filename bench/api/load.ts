import autocannon from 'autocannon';

export interface LoadOptions {
  url: string;
  headers?: Record<string, string>;
  connections: number;
  durationSeconds: number;
}

export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Responses other than 2xx, plus errors and timeouts. */
  failures: number;
  bytesPerResponse: number;
}

/** Nearest-rank percentile of ascending values. */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/**
 * Runs autocannon and computes the percentiles from every single response time (autocannon's own
 * histogram reports p97.5 but no p95).
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const times: number[] = [];
  let bytes = 0;
  let finished!: (result: autocannon.Result) => void;
  let failed!: (err: unknown) => void;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finished = resolve;
    failed = reject;
  });
  const instance = autocannon(
    {
      url: options.url,
      headers: options.headers,
      connections: options.connections,
      duration: options.durationSeconds,
      timeout: 10,
    },
    (err, result) => (err ? failed(err) : finished(result)),
  );
  instance.on('response', (_client, _status, resBytes, responseTime) => {
    times.push(responseTime);
    bytes += resBytes;
  });
  const result = await done;
  const sorted = Float64Array.from(times).sort();
  return {
    requests: sorted.length,
    requestsPerSecond: sorted.length / options.durationSeconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    failures: result.non2xx + result.errors + result.timeouts,
    bytesPerResponse: sorted.length ? bytes / sorted.length : 0,
  };
}
