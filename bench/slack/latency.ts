import net from 'node:net';

export interface LatencyStats {
  count: number;
  failures: number;
  p50: number;
  p99: number;
  max: number;
}

/** One HTTP/1.1 request as bytes, built (and signed) before the clock starts. */
export function rawRequest(url: string, headers: Record<string, string>, body: string): Buffer {
  const { host, pathname } = new URL(url);
  const all = { host, connection: 'close', 'content-length': String(Buffer.byteLength(body)), ...headers };
  const head = Object.entries(all)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\r\n');
  return Buffer.from(`POST ${pathname} HTTP/1.1\r\n${head}\r\n\r\n${body}`);
}

/**
 * Sends all requests at once, each on a fresh TCP connection as Slack's servers do. A request's
 * time runs from its connect() until its whole response arrived. The requests are prepared
 * beforehand and sent with raw sockets, so that the load generator's own work (it shares the two
 * cores with the app) does not count as the app's latency.
 */
export async function burst(url: string, requests: Buffer[]): Promise<{ times: number[]; failures: number }> {
  const { hostname, port } = new URL(url);
  let failures = 0;
  const times = await Promise.all(
    requests.map(
      (bytes) =>
        new Promise<number>((resolve) => {
          const started = performance.now();
          const socket = net.connect(Number(port), hostname, () => socket.write(bytes));
          let received = '';
          let finished = false;
          const done = (ok: boolean) => {
            if (finished) return;
            finished = true;
            const elapsed = performance.now() - started;
            if (!ok) failures++;
            socket.destroy();
            resolve(elapsed);
          };
          socket.setEncoding('latin1');
          socket.on('data', (chunk: string) => {
            received += chunk;
            const headEnd = received.indexOf('\r\n\r\n');
            if (headEnd < 0) return;
            const length = Number(/\r\ncontent-length: *(\d+)/i.exec(received.slice(0, headEnd))?.[1] ?? 0);
            if (received.length - headEnd - 4 >= length) done(received.startsWith('HTTP/1.1 200'));
          });
          socket.on('end', () => done(false));
          socket.on('error', () => done(false));
        }),
    ),
  );
  return { times, failures };
}

export function stats(times: number[], failures: number): LatencyStats {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return { count: sorted.length, failures, p50: at(0.5), p99: at(0.99), max: sorted.at(-1) ?? 0 };
}
