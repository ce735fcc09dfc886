import { createHmac, timingSafeEqual } from 'node:crypto';
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

/** The raw body of a request Slack signed, or the status that refuses it. */
export type VerifiedBody = { rawBody: Buffer } | { refused: 401 | 413 };

/**
 * Reads the raw body and checks its signature and age before anything else looks at it (no body
 * parser may have run). Refused: 401 for a missing, wrong or old signature, 413 for a body over 1 MB.
 */
export function slackBodyVerifier(
  signingSecret: string,
  clock: () => Date,
): (req: IncomingMessage) => Promise<VerifiedBody> {
  return async (req) => {
    const rawBody = await readBody(req, BODY_LIMIT_BYTES);
    if (rawBody === 'too_large') return { refused: 413 };
    const valid = isValidSlackSignature({
      signingSecret,
      rawBody: rawBody.toString('utf8'),
      timestamp: header(req.headers['x-slack-request-timestamp']),
      signature: header(req.headers['x-slack-signature']),
      nowSeconds: Math.floor(clock().getTime() / 1000),
    });
    return valid ? { rawBody } : { refused: 401 };
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
