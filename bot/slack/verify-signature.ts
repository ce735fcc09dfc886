import { createHmac, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { IncomingMessage } from 'node:http';

const MAX_AGE_SECONDS = 5 * 60;
const BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * Slack's request signing: `v0=` HMAC-SHA256 of `v0:<timestamp>:<raw body>` with the signing
 * secret; requests older than five minutes are refused (replays).
 */
export function isValidSlackSignature(input: {
  signingSecret: string;
  rawBody: string;
  timestamp: string | undefined;
  signature: string | undefined;
  nowSeconds: number;
}): boolean {
  const { signingSecret, rawBody, timestamp, signature, nowSeconds } = input;
  if (!timestamp || !signature || !/^\d+$/.test(timestamp)) return false;
  if (Math.abs(nowSeconds - Number(timestamp)) > MAX_AGE_SECONDS) return false;
  const expected = `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
  const a = Buffer.from(expected);
  const b = Buffer.from(signature);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Reads the raw body, verifies the signature and hands the body on as `req.rawBody`, which
 * Bolt's ExpressReceiver then parses (its own verification is off: ours has a testable clock).
 * Must run before any body parser.
 */
export function verifySlackRequests(signingSecret: string, clock: () => Date): RequestHandler {
  return async (req, res, next) => {
    const rawBody = await readBody(req, BODY_LIMIT_BYTES);
    if (rawBody === 'too_large') {
      res.status(413).end();
      return;
    }
    const valid = isValidSlackSignature({
      signingSecret,
      rawBody: rawBody.toString('utf8'),
      timestamp: header(req.headers['x-slack-request-timestamp']),
      signature: header(req.headers['x-slack-signature']),
      nowSeconds: Math.floor(clock().getTime() / 1000),
    });
    if (!valid) {
      req.log?.warn({ path: req.path }, 'slack request with invalid or old signature refused');
      res.status(401).end();
      return;
    }
    (req as typeof req & { rawBody: Buffer }).rawBody = rawBody;
    next();
  };
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too_large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > limit ? 'too_large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
