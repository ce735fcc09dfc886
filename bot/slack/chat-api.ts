import http from 'node:http';
import https from 'node:https';

const SLACK_API_URL = 'https://slack.com/api/';
const TIMEOUT_MS = 30_000;

/** What Slack answered to a chat write. */
export type ChatWriteAnswer =
  | { ok: true; channel?: string; ts?: string }
  /** `error`: Slack's error code (`channel_not_found`, ...); `retryAfterSeconds` with HTTP 429. */
  | { ok: false; status: number; error?: string; retryAfterSeconds?: number };

/**
 * chat.postMessage and chat.update as plain JSON posts over kept-alive connections. The outbox
 * sends many of these in a burst, and the generic Web API client (queue, retry wrapper, fetch)
 * costs several times the call itself; the outbox does its own retrying and pacing. Everything
 * else keeps using the Web API client. A network failure or timeout rejects.
 */
export class SlackChatApi {
  private readonly base: URL;
  private readonly transport: typeof http | typeof https;
  private readonly agent: http.Agent;

  constructor(apiUrl: string = SLACK_API_URL) {
    this.base = new URL(apiUrl);
    this.transport = this.base.protocol === 'http:' ? http : https;
    this.agent = new this.transport.Agent({ keepAlive: true });
  }

  write(
    token: string,
    method: 'chat.postMessage' | 'chat.update',
    body: Record<string, unknown>,
  ): Promise<ChatWriteAnswer> {
    const payload = JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const req = this.transport.request(
        new URL(method, this.base),
        {
          method: 'POST',
          agent: this.agent,
          timeout: TIMEOUT_MS,
          headers: {
            authorization: `Bearer ${token}`,
            'content-type': 'application/json; charset=utf-8',
            'content-length': Buffer.byteLength(payload),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => resolve(answer(res, Buffer.concat(chunks).toString('utf8'))));
        },
      );
      req.on('timeout', () => req.destroy(new Error(`no answer within ${TIMEOUT_MS} ms`)));
      req.on('error', reject);
      req.end(payload);
    });
  }
}

function answer(res: http.IncomingMessage, text: string): ChatWriteAnswer {
  const status = res.statusCode ?? 0;
  let body: { ok?: unknown; error?: unknown; channel?: unknown; ts?: unknown } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    // An error page instead of JSON: the status says enough.
  }
  if (status === 200 && body.ok === true)
    return { ok: true, channel: stringOrUndefined(body.channel), ts: stringOrUndefined(body.ts) };
  const retryAfter = Number.parseInt(String(res.headers['retry-after'] ?? ''), 10);
  return {
    ok: false,
    status,
    error: stringOrUndefined(body.error),
    ...(status === 429 && Number.isFinite(retryAfter) ? { retryAfterSeconds: retryAfter } : {}),
  };
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
