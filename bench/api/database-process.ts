import { spawn, type ChildProcess } from 'node:child_process';

export interface DatabaseProcess {
  uri: string;
  /** The child, with an IPC channel when started with `profiling` (see ./profiler.ts). */
  process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts the embedded database alone (`npm run db`) on a durable directory, as a separate MongoDB
 * server runs in production, and resolves with its URI once it listens.
 */
export function startDatabaseProcess(dataDir: string, profiling = false): Promise<DatabaseProcess> {
  const preload = profiling ? ['--import', './bench/api/profiled-database.ts'] : [];
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', ...preload, 'server/mongo-embedded/cli.ts', '--dbpath', dataDir, '--port', '0'],
    { stdio: ['ignore', 'pipe', 'inherit', ...(profiling ? (['ipc'] as const) : [])] },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    child.once('error', reject);
    child.once('exit', (code) =>
      reject(new Error(`the database process exited with code ${code}: ${output}`)),
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const uri = /listening on (mongodb:\/\/\S+)/.exec(output)?.[1];
      if (!uri) return;
      child.removeAllListeners('exit');
      child.stdout?.removeAllListeners('data');
      child.stdout?.resume();
      resolve({
        uri,
        process: child,
        async stop() {
          if (child.exitCode !== null) return;
          const exited = new Promise<void>((done) => child.once('exit', () => done()));
          child.kill('SIGTERM');
          const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
          await exited;
          clearTimeout(timer);
        },
      });
    });
  });
}
