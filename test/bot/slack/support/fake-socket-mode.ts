import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';

export interface SocketAck {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

/**
 * A local stand-in for Slack's Socket Mode endpoint: the URL apps.connections.open hands out.
 * Greets each connection with `hello`, delivers envelopes and records the acknowledgements.
 */
export class FakeSocketMode {
  readonly acks: SocketAck[] = [];
  private server?: WebSocketServer;
  private socket?: WebSocket;
  private connected?: Promise<WebSocket>;
  url = '';

  async start(): Promise<void> {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
    this.url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link`;
    this.connected = new Promise((resolve) => {
      server.on('connection', (socket) => {
        this.socket = socket;
        socket.on('message', (data) => this.acks.push(JSON.parse(String(data)) as SocketAck));
        socket.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A1' } }));
        resolve(socket);
      });
    });
  }

  /** Resolves once the app has connected (and was greeted). */
  async connection(): Promise<WebSocket> {
    if (!this.connected) throw new Error('FakeSocketMode is not started');
    return this.connected;
  }

  async deliver(envelope: {
    envelope_id: string;
    type: string;
    payload: Record<string, unknown>;
  }): Promise<void> {
    const socket = await this.connection();
    socket.send(JSON.stringify({ ...envelope, accepts_response_payload: envelope.type !== 'events_api' }));
  }

  async stop(): Promise<void> {
    this.socket?.terminate();
    await new Promise<void>((resolve, reject) =>
      this.server?.close((err) => (err ? reject(err) : resolve())),
    );
  }
}
