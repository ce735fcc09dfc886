import type { IncomingMessage, ServerResponse } from 'node:http';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { isValidSlackSignature, slackBodyVerifier } from '../../../bot/slack/verify-signature';
import { SIGNING_SECRET, signature } from './support/signed';

// Slack's published signing example (api.slack.com/authentication/verifying-requests-from-slack).
const EXAMPLE_SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
const EXAMPLE_TIMESTAMP = 1531420618;
const EXAMPLE_SIGNATURE = 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503';
const EXAMPLE_BODY =
  'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';

function appWith(secret: string, now: Date) {
  const handled: string[] = [];
  const verify = slackBodyVerifier(secret, () => now);
  const app = async (req: IncomingMessage, res: ServerResponse) => {
    const verified = await verify(req);
    if ('refused' in verified) {
      res.writeHead(verified.refused).end();
      return;
    }
    handled.push(verified.rawBody.toString());
    res.writeHead(200).end();
  };
  return { app, handled };
}

describe('Slack request verification', () => {
  it('accepts Slack’s published example', () => {
    expect(
      isValidSlackSignature({
        signingSecret: EXAMPLE_SECRET,
        rawBody: EXAMPLE_BODY,
        timestamp: String(EXAMPLE_TIMESTAMP),
        signature: EXAMPLE_SIGNATURE,
        nowSeconds: EXAMPLE_TIMESTAMP,
      }),
    ).toBe(true);
  });

  it('lets the published example through to the handler with the clock at its timestamp', async () => {
    const { app, handled } = appWith(EXAMPLE_SECRET, new Date(EXAMPLE_TIMESTAMP * 1000));
    await request(app)
      .post('/slack/events')
      .set('content-type', 'application/x-www-form-urlencoded')
      .set('x-slack-request-timestamp', String(EXAMPLE_TIMESTAMP))
      .set('x-slack-signature', EXAMPLE_SIGNATURE)
      .send(EXAMPLE_BODY)
      .expect(200);
    expect(handled).toEqual([EXAMPLE_BODY]);
  });

  it('accepts a request signed with our own secret', async () => {
    const now = new Date('2026-03-01T09:00:00Z');
    const ts = Math.floor(now.getTime() / 1000);
    const { app, handled } = appWith(SIGNING_SECRET, now);
    await request(app)
      .post('/slack/events')
      .set('x-slack-request-timestamp', String(ts))
      .set('x-slack-signature', signature(SIGNING_SECRET, ts, 'a=1'))
      .send('a=1')
      .expect(200);
    expect(handled).toHaveLength(1);
  });

  it.each([
    ['a wrong signature', EXAMPLE_SIGNATURE.replace('a2114', 'b2114'), EXAMPLE_TIMESTAMP, EXAMPLE_TIMESTAMP],
    [
      'another secret',
      signature('other-secret', EXAMPLE_TIMESTAMP, EXAMPLE_BODY),
      EXAMPLE_TIMESTAMP,
      EXAMPLE_TIMESTAMP,
    ],
    ['an old timestamp (over 5 minutes)', EXAMPLE_SIGNATURE, EXAMPLE_TIMESTAMP, EXAMPLE_TIMESTAMP + 301],
    ['a timestamp from the future', EXAMPLE_SIGNATURE, EXAMPLE_TIMESTAMP, EXAMPLE_TIMESTAMP - 301],
  ])('refuses %s and never runs the handler', async (_name, sig, ts, nowSeconds) => {
    const { app, handled } = appWith(EXAMPLE_SECRET, new Date(nowSeconds * 1000));
    await request(app)
      .post('/slack/events')
      .set('x-slack-request-timestamp', String(ts))
      .set('x-slack-signature', sig)
      .send(EXAMPLE_BODY)
      .expect(401);
    expect(handled).toHaveLength(0);
  });

  it('refuses a request without signature headers', async () => {
    const { app, handled } = appWith(EXAMPLE_SECRET, new Date(EXAMPLE_TIMESTAMP * 1000));
    await request(app).post('/slack/events').send(EXAMPLE_BODY).expect(401);
    expect(handled).toHaveLength(0);
  });

  it('still accepts 4:59 minutes old', () => {
    expect(
      isValidSlackSignature({
        signingSecret: EXAMPLE_SECRET,
        rawBody: EXAMPLE_BODY,
        timestamp: String(EXAMPLE_TIMESTAMP),
        signature: EXAMPLE_SIGNATURE,
        nowSeconds: EXAMPLE_TIMESTAMP + 299,
      }),
    ).toBe(true);
  });
});
