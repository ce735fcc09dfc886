import { createServer, type Server, type Socket } from 'node:net';
import type { Document } from 'bson';
import { dispatch } from './commands/dispatch';
import { WIRE_LIMITS } from './commands/hello';
import type { Engine } from './engine/engine';
import { sweepExpired } from './engine/ttl';
import { Connection } from './wire/connection';

export interface WireServerOptions {
  host: string;
  port: number;
  ttlIntervalMs: number;
  onUnknownCommand?: (name: string) => void;
  onError: (err: unknown) => void;
}

/** The TCP side: accepts connections, runs their commands on the engine, sweeps TTL indexes. */
export class WireServer {
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private ttlTimer: NodeJS.Timeout | undefined;
  private sweeping: Promise<void> | undefined;
  private nextConnectionId = 1;
  address = '';

  constructor(
    private readonly engine: Engine,
    private readonly options: WireServerOptions,
  ) {
    this.server = createServer((socket) => this.accept(socket));
  }

  async listen(): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.options.port, this.options.host, () => resolve());
    });
    const port = (this.server.address() as { port: number }).port;
    this.address = `${this.options.host}:${port}`;
    this.ttlTimer = setInterval(() => this.sweep(), this.options.ttlIntervalMs);
    this.ttlTimer.unref();
    return port;
  }

  private sweep(): void {
    if (this.sweeping) return;
    this.sweeping = sweepExpired(this.engine)
      .catch(this.options.onError)
      .finally(() => {
        this.sweeping = undefined;
      });
  }

  private accept(socket: Socket): void {
    socket.setNoDelay(true);
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    const connectionId = this.nextConnectionId++;
    const startedAt = new Date();
    new Connection(socket, {
      maxMessageSize: WIRE_LIMITS.maxMessageSizeBytes,
      onError: this.options.onError,
      runCommand: (command: Document) =>
        dispatch(command, {
          engine: this.engine,
          server: { address: this.address, startedAt },
          connectionId,
          onUnknownCommand: this.options.onUnknownCommand,
        }),
    });
  }

  async close(): Promise<void> {
    clearInterval(this.ttlTimer);
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    await closed;
    await this.sweeping;
  }
}
