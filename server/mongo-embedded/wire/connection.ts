import type { Socket } from 'node:net';
import type { Document } from 'bson';
import { errorReply, MongoError, Codes } from '../errors';
import {
  encodeOpMsg,
  encodeOpReply,
  HEADER_SIZE,
  OpCode,
  parseOpMsg,
  parseOpQuery,
  readHeader,
  type MessageHeader,
} from './messages';

export interface ConnectionOptions {
  maxMessageSize: number;
  /** Runs a command (with `$db` set) and resolves with the reply. */
  runCommand: (command: Document) => Promise<Document>;
  onError: (err: unknown) => void;
}

let nextResponseId = 1;

/**
 * Frames one client socket into messages and answers them one after the other. Framing errors
 * (bad length, unknown opcode) close the connection; a malformed body gets an error reply.
 */
export class Connection {
  private chunks: Buffer[] = [];
  private buffered = 0;
  private expected = 0;
  /** Messages received while an earlier one is still being answered. */
  private readonly waiting: Array<{ header: MessageHeader; message: Buffer }> = [];
  private answering = false;

  constructor(
    private readonly socket: Socket,
    private readonly options: ConnectionOptions,
  ) {
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', () => socket.destroy());
  }

  private onData(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    for (;;) {
      if (this.expected === 0) {
        if (this.buffered < 4) return;
        if (this.chunks[0]!.length < 4) this.chunks = [Buffer.concat(this.chunks)];
        const length = this.chunks[0]!.readInt32LE(0);
        // Checked before buffering the body, so an oversized header costs nothing.
        if (length < HEADER_SIZE || length > this.options.maxMessageSize) {
          this.close();
          return;
        }
        this.expected = length;
      }
      if (this.buffered < this.expected) return;
      const all = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks);
      const message = all.subarray(0, this.expected);
      const rest = all.subarray(this.expected);
      this.chunks = rest.length ? [rest] : [];
      this.buffered = rest.length;
      this.expected = 0;
      this.enqueue(message);
    }
  }

  private enqueue(message: Buffer): void {
    const header = readHeader(message);
    if (header.opCode !== OpCode.MSG && header.opCode !== OpCode.QUERY) {
      this.close();
      return;
    }
    this.waiting.push({ header, message });
    if (!this.answering) void this.answerInOrder();
  }

  private async answerInOrder(): Promise<void> {
    this.answering = true;
    try {
      for (let next = this.waiting.shift(); next; next = this.waiting.shift()) {
        await this.handle(next.header, next.message);
      }
    } catch (err) {
      this.options.onError(err);
      this.close();
    } finally {
      this.answering = false;
    }
  }

  private async handle(header: MessageHeader, message: Buffer): Promise<void> {
    if (this.socket.destroyed) return;
    if (header.opCode === OpCode.QUERY) {
      const reply = await this.run(() => {
        const { db, command } = parseOpQuery(message);
        return { ...command, $db: db };
      });
      this.write(encodeOpReply(nextResponseId++, header.requestId, reply));
      return;
    }
    let moreToCome = false;
    const reply = await this.run(() => {
      const parsed = parseOpMsg(message);
      moreToCome = parsed.moreToCome;
      return parsed.command;
    });
    if (!moreToCome) this.write(encodeOpMsg(nextResponseId++, header.requestId, reply));
  }

  private async run(parse: () => Document): Promise<Document> {
    let command: Document;
    try {
      command = parse();
    } catch (err) {
      if (!(err instanceof Error)) throw err;
      return errorReply(new MongoError(Codes.FailedToParse, `malformed message: ${err.message}`));
    }
    return this.options.runCommand(command);
  }

  private write(buf: Buffer): void {
    if (!this.socket.destroyed) this.socket.write(buf);
  }

  close(): void {
    this.chunks = [];
    this.waiting.length = 0;
    this.buffered = 0;
    this.expected = 0;
    this.socket.destroy();
  }
}
