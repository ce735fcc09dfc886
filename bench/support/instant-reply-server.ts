/**
 * A stand-in server for measuring the client side alone: it speaks the wire protocol like the
 * embedded server (same framing, same handshake) but answers inserts and finds from prebuilt
 * replies, with no database work and no disk. What the benchmark's clients reach against it is
 * the most any server could give them on this machine. Same process protocol as
 * embedded-server-process.ts (prints `{"uri"}`, answers `cpu` and `stop` over IPC).
 */
import { createServer } from 'node:net';
import { Long, type Document } from 'bson';
import { hello } from '../../server/mongo-embedded/commands/hello';
import { Connection } from '../../server/mongo-embedded/wire/connection';
import { benchItem } from './client-workers';

const FOUND = { _id: 'instant-reply', ...benchItem(1) };
const startedAt = new Date();
let address = '';
let nextConnectionId = 1;

function answer(cmd: Document, connectionId: number): Document {
  const name = Object.keys(cmd)[0];
  if (name === 'hello' || name === 'isMaster' || name === 'ismaster') {
    return hello({ cmd, connectionId, server: { address, startedAt } } as Parameters<typeof hello>[0]);
  }
  if (name === 'insert') return { n: (cmd.documents as unknown[]).length, ok: 1 };
  if (name === 'find') {
    return { cursor: { firstBatch: [FOUND], id: Long.fromNumber(0), ns: `${cmd.$db}.${cmd.find}` }, ok: 1 };
  }
  return { ok: 1 };
}

const server = createServer((socket) => {
  socket.setNoDelay(true);
  const connectionId = nextConnectionId++;
  new Connection(socket, {
    maxMessageSize: 48_000_000,
    onError: (err) => console.error(err),
    runCommand: (cmd) => Promise.resolve(answer(cmd, connectionId)),
  });
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as { port: number };
  address = `127.0.0.1:${port}`;
  const uri = `mongodb://${address}/?directConnection=true`;
  process.stdout.write(`${JSON.stringify({ uri, startupMs: 0 })}\n`);
});

process.on('message', (message: unknown) => {
  if (message === 'cpu') {
    const { user, system } = process.cpuUsage();
    process.send?.({ cpuMicros: user + system });
  } else if (message === 'stop') {
    server.close();
    process.exit(0);
  }
});
