import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';

const EMBEDDED_SERVER = fileURLToPath(new URL('./embedded-server-process.ts', import.meta.url));
const INSTANT_REPLY_SERVER = fileURLToPath(new URL('./instant-reply-server.ts', import.meta.url));

export interface ServerChild {
  uri: string;
  /** Time startEmbeddedMongo took, including the replay of the data directory. */
  startupMs: number;
  pid: number;
  /** Resident memory of the server process after a garbage collection. */
  rss(): Promise<number>;
  /** CPU time (user + system) the server process used so far, in microseconds. */
  cpuMicros(): Promise<number>;
  stop(): Promise<void>;
}

export function startServerChild(dataDir: string, nodeArgs: string[] = []): Promise<ServerChild> {
  return startChild([EMBEDDED_SERVER, dataDir], nodeArgs);
}

/** The stand-in server of instant-reply-server.ts (`rss()` is not meaningful for it). */
export function startInstantReplyServer(): Promise<ServerChild> {
  return startChild([INSTANT_REPLY_SERVER], []);
}

async function startChild(scriptAndArgs: string[], nodeArgs: string[]): Promise<ServerChild> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--expose-gc', ...nodeArgs, '--import', 'tsx', ...scriptAndArgs],
    { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] },
  );
  const exited = once(child, 'exit');
  const firstLine = new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', resolve);
    void exited.then(([code]) =>
      reject(new Error(`Server process exited with code ${code} before it was ready`)),
    );
  });
  const { uri, startupMs } = JSON.parse(await firstLine) as { uri: string; startupMs: number };
  return {
    uri,
    startupMs,
    pid: child.pid!,
    async rss() {
      return (await request<{ rss: number }>(child, 'memory')).rss;
    },
    async cpuMicros() {
      return (await request<{ cpuMicros: number }>(child, 'cpu')).cpuMicros;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.send('stop');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function request<T>(child: ChildProcess, message: string): Promise<T> {
  const reply = once(child, 'message');
  child.send(message);
  const [answer] = (await reply) as [T];
  return answer;
}
