import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('./client-worker.ts', import.meta.url));

export interface BenchItem {
  key: string;
  category: string;
  amount: number;
  title: string;
  createdAt: Date;
}

export function benchItem(n: number): BenchItem {
  return {
    key: `k${String(n).padStart(7, '0')}`,
    category: `c${n % 20}`,
    amount: (n % 1000) / 10,
    title: `Sitzung ${n}`,
    createdAt: new Date(1_700_000_000_000 + n * 1000),
  };
}

export interface WorkerRun {
  operation: 'insert' | 'read';
  collection: string;
  loops: number;
  maxMs: number;
  maxOperations: number;
  /** First item number this worker inserts (keeps keys apart between workers). */
  offset: number;
  /** Reads pick random keys below this item number. */
  keySpace: number;
}

export interface WorkersResult {
  operations: number;
  seconds: number;
  perSecond: number;
  /** CPU time all client processes used, per operation, in µs. */
  clientCpuMicros: number;
}

/** Client processes, each with its own MongoClient, so the client side is spread over processes. */
export interface ClientWorkers {
  run(spec: Omit<WorkerRun, 'offset'>, offsetBase: number): Promise<WorkersResult>;
  stop(): Promise<void>;
}

export async function startClientWorkers(
  uri: string,
  processes: number,
  loopsEach: number,
): Promise<ClientWorkers> {
  const children: ChildProcess[] = Array.from({ length: processes }, () =>
    fork(SCRIPT, [uri, String(loopsEach)], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    }),
  );
  await Promise.all(children.map((child) => firstMessage(child, 'ready')));
  return {
    async run(spec, offsetBase) {
      const begin = performance.now();
      const answers = await Promise.all(
        children.map((child, i) => {
          const answer = firstMessage(child, 'operations') as Promise<{
            operations: number;
            cpuMicros: number;
          }>;
          child.send({ run: { ...spec, offset: offsetBase + i * spec.maxOperations } satisfies WorkerRun });
          return answer;
        }),
      );
      const seconds = (performance.now() - begin) / 1000;
      const operations = answers.reduce((sum, answer) => sum + answer.operations, 0);
      const cpu = answers.reduce((sum, answer) => sum + answer.cpuMicros, 0);
      return { operations, seconds, perSecond: operations / seconds, clientCpuMicros: cpu / operations };
    },
    async stop() {
      await Promise.all(
        children.map(async (child) => {
          if (child.exitCode !== null || child.signalCode !== null) return;
          const exited = once(child, 'exit');
          child.send({ stop: true });
          await exited;
        }),
      );
    },
  };
}

function firstMessage(child: ChildProcess, key: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`Client process exited with code ${code}`));
    const onMessage = (message: Record<string, unknown>) => {
      if (!(key in message)) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(message);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}
