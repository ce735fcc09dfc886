/**
 * Runs the embedded MongoDB server on its own:
 *
 *   npm run db -- [--port 27017] [--host 127.0.0.1] [--dbpath ./data/mongo | --in-memory]
 */
import { parseArgs } from 'node:util';
import { startEmbeddedMongo } from './index';

const USAGE = `Usage: npm run db -- [options]

  --port <n>       TCP port (default 27017; 0 picks a free one)
  --host <addr>    address to listen on (default 127.0.0.1)
  --dbpath <dir>   data directory (default ./data/mongo)
  --in-memory      keep nothing on disk
  -h, --help       show this help`;

interface CliOptions {
  port: number;
  host: string;
  dataDir: string;
  inMemory: boolean;
}

function parseOptions(argv: string[]): CliOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '27017' },
      host: { type: 'string', default: '127.0.0.1' },
      dbpath: { type: 'string', default: './data/mongo' },
      'in-memory': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) return 'help';
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number between 0 and 65535, got "${values.port}"`);
  }
  return { port, host: values.host, dataDir: values.dbpath, inMemory: values['in-memory'] };
}

async function main(): Promise<void> {
  let options: CliOptions | 'help';
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (options === 'help') {
    console.log(USAGE);
    return;
  }

  const server = await startEmbeddedMongo({
    port: options.port,
    host: options.host,
    ...(options.inMemory ? { inMemory: true } : { dataDir: options.dataDir }),
  });
  const storage = options.inMemory ? 'in memory, nothing is kept' : `data in ${options.dataDir}`;
  console.log(`Embedded MongoDB server listening on ${server.uri} (${storage})`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      console.error(`${signal} again: exiting without finishing the shutdown`);
      process.exit(1);
    }
    stopping = true;
    console.log(`${signal} received, stopping...`);
    server.stop().then(
      () => {
        console.log('Stopped.');
        process.exit(0);
      },
      (error: unknown) => {
        console.error('Shutdown failed:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
