import { createHmac } from 'node:crypto';

export const SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';

export function signature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** Headers of a correctly signed Slack request at `now`. */
export function signedHeaders(body: string, now: Date, secret = SIGNING_SECRET): Record<string, string> {
  const timestamp = Math.floor(now.getTime() / 1000);
  return {
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': signature(secret, timestamp, body),
  };
}

export function slashCommandBody(fields: {
  text: string;
  userId: string;
  channelId: string;
  channelName?: string;
  responseUrl: string;
  teamId?: string;
}): string {
  return new URLSearchParams({
    token: 'unused',
    team_id: fields.teamId ?? 'T1',
    team_domain: 'stadt-koeln',
    channel_id: fields.channelId,
    channel_name: fields.channelName ?? 'ausschuss',
    user_id: fields.userId,
    user_name: fields.userId.toLowerCase(),
    command: '/gremium',
    text: fields.text,
    response_url: fields.responseUrl,
    trigger_id: `trigger-${Math.random().toString(36).slice(2)}`,
  }).toString();
}

export async function waitFor<T>(probe: () => T | undefined, timeoutMs = 5_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('waitFor: timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

export async function waitForAsync<T>(
  probe: () => Promise<T | null | undefined>,
  timeoutMs = 5_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== null) return value;
    if (Date.now() > until) throw new Error('waitForAsync: timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}
