import express from 'express';
import pino from 'pino';
import request from 'supertest';
import { describe, expect, it, vi } from 'vitest';
import { createTeamsIntegration, TEAMS_MESSAGES_PATH } from '../../../bot/teams/index';
import { personalMessage } from './support/activities';
import { FakeConversationHandler } from './support/fake-conversation-handler';
import { MemoryTeamsConversationStore, memoryProcessOnce } from './support/memory-conversation-store';

const deps = () => ({
  conversations: new FakeConversationHandler(),
  processOnce: memoryProcessOnce(),
  logger: pino({ level: 'silent' }),
  store: new MemoryTeamsConversationStore(),
});
const registration = {
  appId: '11111111-2222-4333-8444-555555555555',
  appPassword: 'secret',
  tenantId: 'tenant',
};

describe('createTeamsIntegration', () => {
  it('refuses to start in production without the app registration', () => {
    expect(() => createTeamsIntegration({ isProduction: true, appId: registration.appId }, deps())).toThrow(
      /MICROSOFT_APP_PASSWORD/,
    );
  });

  it('answers 503 and offers no delivery in development without the app registration', async () => {
    const teams = createTeamsIntegration({ isProduction: false }, deps());
    expect(teams.delivery).toBeUndefined();
    const response = await request(express().use(TEAMS_MESSAGES_PATH, teams.router))
      .post('/api/messages')
      .send(personalMessage('hilfe'));
    expect(response.status).toBe(503);
  });

  it('builds the authenticated endpoint and the Teams delivery with the registration', async () => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => undefined); // botbuilder prints refusals
    const teams = createTeamsIntegration({ isProduction: true, ...registration }, deps());
    expect(teams.delivery?.platform).toBe('teams');
    const response = await request(express().use(TEAMS_MESSAGES_PATH, teams.router))
      .post('/api/messages')
      .send(personalMessage('hilfe'));
    expect(response.status).toBe(401);
    printed.mockRestore();
  });
});
