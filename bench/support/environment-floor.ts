import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';

const write = promisify(fs.write);
const fdatasync = promisify(fs.fdatasync);

export interface EnvironmentFloor {
  /** One small durable write (write + fdatasync into preallocated space) through the thread pool, in µs. */
  threadPoolSyncMicros: number;
  /** The same on the event loop's thread, blocking (the best durable write the machine allows), in µs. */
  inlineSyncMicros: number;
  /** One request/response over loopback TCP to another process, in µs. */
  roundTripMicros: number;
}

/**
 * What this machine allows at best, whatever the server does: the latency of one small durable
 * write (as the journal does it) in `dir`, both ways a Node process can do it, and of one
 * request/response over loopback TCP to another process.
 */
export async function measureEnvironmentFloor(dir: string): Promise<EnvironmentFloor> {
  const threadPoolSyncMicros = await measureSync(dir, async (fd, record, position) => {
    await write(fd, record, 0, record.length, position);
    await fdatasync(fd);
  });
  const inlineSyncMicros = await measureSync(dir, (fd, record, position) => {
    fs.writeSync(fd, record, 0, record.length, position);
    fs.fdatasyncSync(fd);
  });
  return { threadPoolSyncMicros, inlineSyncMicros, roundTripMicros: await measureRoundTrip() };
}

async function measureSync(
  dir: string,
  durableWrite: (fd: number, record: Buffer, position: number) => Promise<void> | void,
): Promise<number> {
  const path = join(dir, 'sync-probe.bin');
  const fd = fs.openSync(path, 'w+');
  try {
    fs.writeSync(fd, Buffer.alloc(1024 * 1024), 0, 1024 * 1024, 0);
    fs.fdatasyncSync(fd);
    const record = Buffer.alloc(200, 1);
    const count = 1000;
    const start = performance.now();
    for (let i = 0; i < count; i++) await durableWrite(fd, record, i * record.length);
    return ((performance.now() - start) * 1000) / count;
  } finally {
    fs.closeSync(fd);
    fs.rmSync(path);
  }
}

const ECHO_SERVER = `
  const server = require('node:net').createServer((socket) => {
    socket.setNoDelay(true);
    socket.on('data', (chunk) => socket.write(chunk));
  });
  server.listen(0, '127.0.0.1', () => console.log(server.address().port));
  process.on('disconnect', () => process.exit(0));
`;

async function measureRoundTrip(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ECHO_SERVER], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  try {
    const [portLine] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
    const socket = connect(Number(portLine), '127.0.0.1');
    socket.setNoDelay(true);
    await once(socket, 'connect');
    const message = Buffer.alloc(150, 1);
    const count = 2000;
    let start = 0;
    for (let i = -200; i < count; i++) {
      if (i === 0) start = performance.now();
      let received = 0;
      const echoed = new Promise<void>((resolve) => {
        const onData = (chunk: Buffer) => {
          received += chunk.length;
          if (received < message.length) return;
          socket.off('data', onData);
          resolve();
        };
        socket.on('data', onData);
      });
      socket.write(message);
      await echoed;
    }
    const micros = ((performance.now() - start) * 1000) / count;
    socket.destroy();
    return micros;
  } finally {
    child.kill();
    await once(child, 'exit');
  }
}
