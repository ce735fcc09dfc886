/**
 * Runs the embedded server in its own process for the benchmark, so that its memory can be
 * measured apart from the client's. Prints `{"uri", "startupMs"}` as JSON once listening; answers the
 * IPC message `memory` with `{ rss }` after a garbage collection (when run with --expose-gc), and
 * `cpu` with the process's CPU time so far (`{ cpuMicros }`).
 */
import { startEmbeddedMongo } from '../../server/mongo-embedded/index';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: embedded-server-process.ts <dataDir>');

const started = performance.now();
const server = await startEmbeddedMongo({ dataDir });
process.stdout.write(`${JSON.stringify({ uri: server.uri, startupMs: performance.now() - started })}\n`);

process.on('message', (message: unknown) => {
  if (message === 'memory') {
    (globalThis as { gc?: () => void }).gc?.();
    process.send?.({ rss: process.memoryUsage().rss });
  } else if (message === 'cpu') {
    const { user, system } = process.cpuUsage();
    process.send?.({ cpuMicros: user + system });
  } else if (message === 'stop') {
    void server.stop().then(() => process.exit(0));
  }
});
