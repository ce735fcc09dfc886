import { connect, type Socket } from 'node:net';
import { BSON, MongoClient, type Document } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedMongo, type EmbeddedMongo } from '../../server/mongo-embedded/index';

const OP_REPLY = 1;
const OP_QUERY = 2004;
const OP_MSG = 2013;

let server: EmbeddedMongo;
let client: MongoClient;

beforeAll(async () => {
  server = await startEmbeddedMongo({ inMemory: true });
  client = await MongoClient.connect(server.uri);
  await client
    .db('wire')
    .collection('kept')
    .insertMany([{ n: 1 }, { n: 2 }]);
});

afterAll(async () => {
  await client?.close();
  await server?.stop();
});

function header(length: number, requestId: number, opCode: number): Buffer {
  const buf = Buffer.alloc(16);
  buf.writeInt32LE(length, 0);
  buf.writeInt32LE(requestId, 4);
  buf.writeInt32LE(0, 8);
  buf.writeInt32LE(opCode, 12);
  return buf;
}

function opMsg(
  requestId: number,
  body: Document,
  options: { flags?: number; sequence?: [string, Document[]] } = {},
): Buffer {
  const parts: Buffer[] = [];
  const flags = Buffer.alloc(4);
  flags.writeUInt32LE(options.flags ?? 0, 0);
  parts.push(flags, Buffer.from([0]), Buffer.from(BSON.serialize(body)));
  if (options.sequence) {
    const [id, docs] = options.sequence;
    const payload = Buffer.concat([
      Buffer.from(id + '\0'),
      ...docs.map((d) => Buffer.from(BSON.serialize(d))),
    ]);
    const size = Buffer.alloc(4);
    size.writeInt32LE(payload.length + 4, 0);
    parts.push(Buffer.from([1]), size, payload);
  }
  const rest = Buffer.concat(parts);
  return Buffer.concat([header(16 + rest.length, requestId, OP_MSG), rest]);
}

function opQuery(requestId: number, ns: string, query: Document): Buffer {
  const flags = Buffer.alloc(4);
  const skipReturn = Buffer.alloc(8);
  skipReturn.writeInt32LE(-1, 4);
  const rest = Buffer.concat([flags, Buffer.from(ns + '\0'), skipReturn, Buffer.from(BSON.serialize(query))]);
  return Buffer.concat([header(16 + rest.length, requestId, OP_QUERY), rest]);
}

interface RawReply {
  opCode: number;
  responseTo: number;
  doc: Document;
}

/** A raw socket that collects framed replies and notices when the server closes it. */
class RawClient {
  private buffer = Buffer.alloc(0);
  private waiters: Array<(r: RawReply) => void> = [];
  private replies: RawReply[] = [];
  readonly closed: Promise<void>;

  private constructor(private readonly socket: Socket) {
    this.closed = new Promise((resolve) => socket.on('close', () => resolve()));
    socket.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      while (this.buffer.length >= 4 && this.buffer.length >= this.buffer.readInt32LE(0)) {
        const length = this.buffer.readInt32LE(0);
        const frame = this.buffer.subarray(0, length);
        this.buffer = this.buffer.subarray(length);
        const opCode = frame.readInt32LE(12);
        const docStart = opCode === OP_REPLY ? 36 : 21;
        const reply = {
          opCode,
          responseTo: frame.readInt32LE(8),
          doc: BSON.deserialize(frame.subarray(docStart)),
        };
        const waiter = this.waiters.shift();
        if (waiter) waiter(reply);
        else this.replies.push(reply);
      }
    });
  }

  static async open(port: number): Promise<RawClient> {
    const socket = connect(port, '127.0.0.1');
    await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
    return new RawClient(socket);
  }

  send(buf: Buffer): void {
    this.socket.write(buf);
  }

  next(): Promise<RawReply> {
    const ready = this.replies.shift();
    if (ready) return Promise.resolve(ready);
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  close(): void {
    this.socket.destroy();
  }
}

async function dataIsIntact(): Promise<void> {
  const docs = await client
    .db('wire')
    .collection('kept')
    .find({}, { projection: { _id: 0 } })
    .sort({ n: 1 })
    .toArray();
  expect(docs).toEqual([{ n: 1 }, { n: 2 }]);
}

describe('wire protocol', () => {
  it('answers a legacy OP_QUERY isMaster with OP_REPLY, then speaks OP_MSG', async () => {
    const raw = await RawClient.open(server.port);
    raw.send(opQuery(7, 'admin.$cmd', { isMaster: 1, helloOk: true }));
    const hello = await raw.next();
    expect(hello.opCode).toBe(OP_REPLY);
    expect(hello.responseTo).toBe(7);
    expect(hello.doc).toMatchObject({
      ismaster: true,
      helloOk: true,
      maxWireVersion: 21,
      logicalSessionTimeoutMinutes: 30,
    });
    expect(hello.doc).not.toHaveProperty('topologyVersion');
    raw.send(opMsg(8, { ping: 1, $db: 'admin' }));
    const ping = await raw.next();
    expect(ping).toMatchObject({ opCode: OP_MSG, responseTo: 8, doc: { ok: 1 } });
    raw.close();
  });

  it('reads kind-1 document sequences and sends nothing back for moreToCome', async () => {
    const raw = await RawClient.open(server.port);
    raw.send(
      opMsg(1, { insert: 'seq', $db: 'wire' }, { sequence: ['documents', [{ s: 1 }, { s: 2 }, { s: 3 }]] }),
    );
    expect((await raw.next()).doc).toMatchObject({ ok: 1, n: 3 });
    raw.send(
      opMsg(
        2,
        { insert: 'seq', $db: 'wire', writeConcern: { w: 0 } },
        { flags: 2, sequence: ['documents', [{ s: 4 }]] },
      ),
    );
    raw.send(opMsg(3, { count: 'seq', $db: 'wire' }));
    const reply = await raw.next();
    expect(reply.responseTo).toBe(3);
    expect(reply.doc).toMatchObject({ ok: 1, n: 4 });
    raw.close();
  });

  it('replies with an error to a malformed body and keeps serving', async () => {
    const raw = await RawClient.open(server.port);
    const garbage = Buffer.concat([Buffer.alloc(4), Buffer.from([0]), Buffer.from([40, 0, 0, 0, 99, 1, 2])]);
    raw.send(Buffer.concat([header(16 + garbage.length, 11, OP_MSG), garbage]));
    const reply = await raw.next();
    expect(reply.responseTo).toBe(11);
    expect(reply.doc).toMatchObject({ ok: 0 });
    raw.send(opMsg(12, { ping: 1, $db: 'admin' }));
    expect((await raw.next()).doc).toMatchObject({ ok: 1 });
    raw.close();
    await dataIsIntact();
  });

  it('closes the connection on an oversized length header without waiting for the body', async () => {
    const raw = await RawClient.open(server.port);
    raw.send(header(60_000_000, 1, OP_MSG));
    await raw.closed;
    await dataIsIntact();
  });

  it('closes the connection on an unknown opcode or an impossible length', async () => {
    const unknown = await RawClient.open(server.port);
    unknown.send(Buffer.concat([header(21, 1, 9999), Buffer.alloc(5)]));
    await unknown.closed;
    const tiny = await RawClient.open(server.port);
    tiny.send(header(8, 1, OP_MSG));
    await tiny.closed;
    await dataIsIntact();
  });

  it('serves many concurrent connections with every write applied once', async () => {
    const clients = await Promise.all(Array.from({ length: 8 }, () => MongoClient.connect(server.uri)));
    try {
      await Promise.all(
        clients.map((c, ci) =>
          Promise.all(
            Array.from({ length: 25 }, (_, i) =>
              c
                .db('wire')
                .collection('counter')
                .updateOne(
                  { _id: 'c' as never },
                  { $inc: { n: 1 }, $push: { who: `${ci}-${i}` as never } },
                  { upsert: true },
                ),
            ),
          ),
        ),
      );
    } finally {
      await Promise.all(clients.map((c) => c.close()));
    }
    const doc = await client
      .db('wire')
      .collection('counter')
      .findOne({ _id: 'c' as never });
    expect(doc?.n).toBe(200);
    expect(new Set(doc?.who as string[]).size).toBe(200);
  });
});
