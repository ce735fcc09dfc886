import { fork, type ChildProcess } from 'node:child_process';

export interface Child<Ready> {
  process: ChildProcess;
  /** The first message the child sends. */
  ready: Promise<Ready>;
  stop(): Promise<void>;
}

/**
 * Runs a TypeScript entry point in its own Node process (so the load generator does not share its
 * event loop), with stdout discarded and stderr shown.
 */
export function forkChild<Ready>(
  entry: string,
  env: Record<string, string>,
  nodeArgs: string[] = [],
): Child<Ready> {
  const child = fork(entry, [], {
    execArgv: ['--import', 'tsx', ...nodeArgs],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const ready = new Promise<Ready>((resolve, reject) => {
    child.once('message', (message) => resolve(message as Ready));
    child.once('exit', (code) => reject(new Error(`${entry} exited with code ${code} before it was ready`)));
    child.once('error', reject);
  });
  return {
    process: child,
    ready,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.send({ stop: true });
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** In a child: resolves when the parent asks it to stop or goes away. */
export function stopRequested(): Promise<void> {
  return new Promise((resolve) => {
    process.on('message', (message) => {
      if ((message as { stop?: boolean }).stop) resolve();
    });
    process.once('disconnect', () => resolve());
  });
}
