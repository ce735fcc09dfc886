import http from 'node:http';

export interface LatencyStats {
  count: number;
  failures: number;
  p50: number;
  p99: number;
  max: number;
}

/** Sends `count` requests at once; returns per-request times (ms) until the response ended. */
export async function burst(
  url: string,
  count: number,
  build: () => { body: string; headers: Record<string, string> },
): Promise<{ times: number[]; failures: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: count });
  let failures = 0;
  const times = await Promise.all(
    Array.from({ length: count }, () => {
      const { body, headers } = build();
      return new Promise<number>((resolve) => {
        const started = performance.now();
        const req = http.request(
          url,
          { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } },
          (res) => {
            res.resume();
            res.on('end', () => {
              if (res.statusCode !== 200) failures++;
              resolve(performance.now() - started);
            });
          },
        );
        req.on('error', () => {
          failures++;
          resolve(performance.now() - started);
        });
        req.end(body);
      });
    }),
  );
  agent.destroy();
  return { times, failures };
}

export function stats(times: number[], failures: number): LatencyStats {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return { count: sorted.length, failures, p50: at(0.5), p99: at(0.99), max: sorted.at(-1) ?? 0 };
}
