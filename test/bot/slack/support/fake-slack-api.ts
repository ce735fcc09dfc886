import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ApiCall {
  method: string;
  body: Record<string, unknown>;
  at: number;
  /** The bearer token the call was made with, if any. */
  token?: string;
}

/**
 * A local stand-in for the Slack Web API (`slackApiUrl`) and for response_urls. Records every
 * call; writes to a channel can be limited per channel (429 with Retry-After) or fail per channel.
 */
export class FakeSlackApi {
  readonly calls: ApiCall[] = [];
  readonly responses: { path: string; body: Record<string, unknown> }[] = [];
  readonly users = new Map<string, { email?: string; locale?: string }>();
  /** oauth.v2.access answers by OAuth code (an installation payload); unknown codes get invalid_code. */
  readonly oauthGrants = new Map<string, Record<string, unknown>>();
  /** The Socket Mode URL apps.connections.open hands out (a FakeSocketMode on loopback). */
  socketModeUrl = '';
  /** auth.test answers with this workspace for a token; T1 otherwise. */
  readonly tokenTeams = new Map<string, string>();
  /** Max writes (chat.postMessage and chat.update) per channel per second; 0: unlimited. */
  perChannelPerSecond = 0;
  rateLimited = 0;
  private readonly channelErrors = new Map<string, string>();
  private readonly httpFailures = new Map<string, number>();
  private readonly lastPost = new Map<string, number>();
  private ts = 1_700_000_000;
  private server?: http.Server;
  url = '';

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server?.close(() => resolve()));
    // Clients keep connections alive; they would hold close() open until they time out.
    this.server?.closeAllConnections();
    await closed;
  }

  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  responseUrl(id: string): string {
    return `${this.url}/respond/${id}`;
  }

  failChannel(channel: string, error: string): void {
    this.channelErrors.set(channel, error);
  }

  failHttp(channel: string, times: number): void {
    this.httpFailures.set(channel, times);
  }

  callsTo(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const body = parseBody(raw, req.headers['content-type'] ?? '');
    const path = req.url ?? '';
    if (path === '/stats') return json(res, 200, { responses: this.responses.length });
    if (path.startsWith('/respond/')) {
      this.responses.push({ path, body });
      return json(res, 200, { ok: true });
    }
    const method = path.replace(/^\/api\//, '').split('?')[0] ?? '';
    const now = Date.now();
    if (method === 'chat.postMessage' || method === 'chat.update') {
      const channel = String(body.channel);
      const failures = this.httpFailures.get(channel) ?? 0;
      if (failures > 0) {
        this.httpFailures.set(channel, failures - 1);
        return json(res, 503, { ok: false });
      }
      if (this.perChannelPerSecond > 0) {
        const last = this.lastPost.get(channel);
        if (last !== undefined && now - last < 1000 / this.perChannelPerSecond) {
          this.rateLimited++;
          res.setHeader('Retry-After', '1');
          return json(res, 429, { ok: false, error: 'ratelimited' });
        }
        this.lastPost.set(channel, now);
      }
    }
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    this.calls.push({ method, body, at: now, ...(token ? { token } : {}) });
    const channelError = typeof body.channel === 'string' ? this.channelErrors.get(body.channel) : undefined;
    if (channelError && (method === 'chat.postMessage' || method === 'chat.update'))
      return json(res, 200, { ok: false, error: channelError });
    switch (method) {
      case 'auth.test':
        return json(res, 200, {
          ok: true,
          user_id: 'UBOT',
          bot_id: 'BBOT',
          team_id: (token && this.tokenTeams.get(token)) ?? 'T1',
        });
      case 'apps.connections.open':
        return json(
          res,
          200,
          this.socketModeUrl ? { ok: true, url: this.socketModeUrl } : { ok: false, error: 'not_allowed' },
        );
      case 'oauth.v2.access': {
        const grant = this.oauthGrants.get(String(body.code));
        return json(res, 200, grant ? { ok: true, ...grant } : { ok: false, error: 'invalid_code' });
      }
      case 'users.info': {
        const user = this.users.get(String(body.user));
        return json(res, 200, {
          ok: true,
          user: {
            id: body.user,
            name: body.user,
            locale: user?.locale ?? 'de-DE',
            profile: { email: user?.email },
          },
        });
      }
      case 'chat.postMessage':
        return json(res, 200, { ok: true, channel: body.channel, ts: `${++this.ts}.000100` });
      case 'chat.update':
        return json(res, 200, { ok: true, channel: body.channel, ts: body.ts });
      default:
        return json(res, 200, { ok: true });
    }
  }
}

function parseBody(raw: string, contentType: string): Record<string, unknown> {
  if (contentType.includes('application/json'))
    return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const params = new URLSearchParams(raw);
  const body: Record<string, unknown> = {};
  for (const [key, value] of params) {
    body[key] = key === 'blocks' || key === 'view' || key === 'attachments' ? JSON.parse(value) : value;
  }
  return body;
}

function json(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
