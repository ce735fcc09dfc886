import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RequestListener } from 'node:http';
import type { Logger } from 'pino';

export interface HttpServerOptions {
  host: string;
  port: number;
  logger: Logger;
  /** Run in order after the last request finished (e.g. close the database). */
  onShutdown?: Array<() => Promise<void> | void>;
  /** How long in-flight requests may take to finish before their connections are cut. */
  drainTimeoutMs?: number;
}

export interface RunningServer {
  server: http.Server;
  /** The bound address (useful with port 0). */
  url: string;
  /** Stops accepting, lets in-flight requests finish (bounded), then runs the hooks. Idempotent. */
  shutdown(reason: string): Promise<void>;
}

export async function startHttpServer(
  app: RequestListener,
  options: HttpServerOptions,
): Promise<RunningServer> {
  const { logger, drainTimeoutMs = 10_000 } = options;
  const server = http.createServer(app);
  let draining = false;
  let inFlight = 0;

  server.on('request', (_req, res) => {
    inFlight += 1;
    if (draining) res.setHeader('Connection', 'close');
    res.on('close', () => {
      inFlight -= 1;
      // Keep-alive sockets become idle once their response is done; close them so `close` can finish.
      if (draining) setImmediate(() => server.closeIdleConnections());
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  logger.info({ url }, 'HTTP server listening');

  let stopping: Promise<void> | undefined;
  const shutdown = (reason: string) => {
    stopping ??= (async () => {
      logger.info({ reason, inFlight }, 'shutting down: no new connections, finishing requests');
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const timer = setTimeout(() => {
        logger.warn(
          { inFlight },
          'requests still running after the drain timeout; closing their connections',
        );
        server.closeAllConnections();
      }, drainTimeoutMs);
      await closed;
      clearTimeout(timer);
      const failures: unknown[] = [];
      for (const hook of options.onShutdown ?? []) {
        try {
          await hook();
        } catch (err) {
          logger.error({ err }, 'shutdown hook failed');
          failures.push(err);
        }
      }
      if (failures.length > 0) throw new AggregateError(failures, 'shutdown hooks failed');
      logger.info('shutdown complete');
    })();
    return stopping;
  };

  return { server, url, shutdown };
}

/** Wires SIGTERM/SIGINT to `shutdown`, then exits (0, or 1 when shutting down failed). */
export function exitOnSignals(
  running: RunningServer,
  logger: Logger,
  signals: NodeJS.Signals[] = ['SIGTERM', 'SIGINT'],
): void {
  for (const signal of signals) {
    process.once(signal, () => {
      running.shutdown(signal).then(
        () => process.exit(0),
        (err: unknown) => {
          logger.fatal({ err }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
}
