import { generateKeyPairSync } from 'node:crypto';
import express from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTeamsNotConfiguredRouter, TEAMS_MESSAGES_PATH } from '../../../bot/teams/router';
import { personalMessage } from './support/activities';
import { FakeBotFramework, MEMBER_EMAIL } from './support/fake-bot-framework';
import { CREDENTIALS, createTeamsApp } from './support/http-harness';

describe('POST /api/messages authentication', () => {
  const fake = new FakeBotFramework();
  beforeAll(async () => {
    // botbuilder prints every refused token to the console; the assertions below say what matters.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await fake.start();
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await fake.stop();
  });

  const activity = () => personalMessage('hilfe', { serviceUrl: fake.serviceUrl });
  const validClaims = () => ({ aud: CREDENTIALS.appId, serviceurl: fake.serviceUrl });

  it('handles a request with a valid Bot Framework token and answers through the connector with its own token', async () => {
    const { app, conversations } = createTeamsApp(fake);
    const before = fake.requests.length;
    const response = await request(app)
      .post('/api/messages')
      .set('Authorization', `Bearer ${fake.channelToken(validClaims())}`)
      .send(activity());

    expect(response.status).toBe(200);
    expect(conversations.commands.map((command) => command.text)).toEqual(['hilfe']);
    expect(conversations.commands[0]?.user.email).toBe(MEMBER_EMAIL); // asked Teams for the member
    const [reply] = fake.requests.slice(before);
    expect(reply?.method).toBe('POST');
    expect(reply?.path).toMatch(/^\/v3\/conversations\/a%3A1personal-chat\/activities\//);
    expect(reply?.authorization).toMatch(/^Bearer outbound-\d+$/);
    expect(reply?.body).toMatchObject({
      type: 'message',
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive' }],
    });
    expect(fake.tokenRequests.at(-1)).toMatchObject({
      grant_type: 'client_credentials',
      client_id: CREDENTIALS.appId,
    });
  });

  const refused: [string, (fake: FakeBotFramework) => string | undefined][] = [
    ['no Authorization header', () => undefined],
    [
      'a token that expired an hour ago',
      (f) => f.channelToken({ ...validClaims(), exp: Math.floor(Date.now() / 1000) - 3600 }),
    ],
    [
      'a token for another bot',
      (f) => f.channelToken({ ...validClaims(), aud: '99999999-0000-4000-8000-000000000000' }),
    ],
    [
      'a token signed with a key not in the key set',
      (f) =>
        f.channelToken(validClaims(), {
          sign: generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey,
        }),
    ],
    ['a token from another issuer', (f) => f.channelToken({ ...validClaims(), iss: 'https://evil.example' })],
    [
      'a token naming another service URL',
      (f) => f.channelToken({ ...validClaims(), serviceurl: 'https://evil.example/' }),
    ],
    ['a token with an unknown key id', (f) => f.channelToken(validClaims(), { kid: 'unknown' })],
  ];

  it.each(refused)('refuses %s and never runs the handler', async (_case, token) => {
    const { app, conversations } = createTeamsApp(fake);
    const before = fake.requests.length;
    const bearer = token(fake);
    const call = request(app).post('/api/messages');
    if (bearer) call.set('Authorization', `Bearer ${bearer}`);
    const response = await call.send(activity());

    expect(response.status).toBe(401);
    expect(conversations.commands).toHaveLength(0);
    expect(fake.requests.length).toBe(before);
  });
});

describe('POST /api/messages without an app registration', () => {
  it('refuses every request instead of running without authentication', async () => {
    const app = express().use(TEAMS_MESSAGES_PATH, createTeamsNotConfiguredRouter());
    const response = await request(app).post('/api/messages').send(personalMessage('hilfe'));
    expect(response.status).toBe(503);
    expect(response.body.error).toBe('teams_not_configured');
  });
});
