import express from 'express';
import pino from 'pino';
import { createTeamsAdapter } from '../../../../bot/teams/adapter';
import { createTeamsAuthentication, type TeamsCredentials } from '../../../../bot/teams/authentication';
import { createTeamsEmailLookup } from '../../../../bot/teams/email-lookup';
import { createTeamsRouter, TEAMS_MESSAGES_PATH } from '../../../../bot/teams/router';
import { TeamsBot } from '../../../../bot/teams/teams-bot';
import { FakeConversationHandler } from './fake-conversation-handler';
import type { FakeBotFramework } from './fake-bot-framework';
import { LoopbackCredentialsFactory } from './loopback-credentials';
import { MemoryTeamsConversationStore, memoryProcessOnce } from './memory-conversation-store';

export const CREDENTIALS: TeamsCredentials = {
  appId: '11111111-2222-4333-8444-555555555555',
  appPassword: 'test-secret',
  tenantId: '72f988bf-0000-4000-8000-000000000001',
};

/** The production wiring of the Teams edge, with Microsoft's endpoints replaced by the loopback fake. */
export function createTeamsApp(fake: FakeBotFramework, options: { invokeDeadlineMs?: number } = {}) {
  const logger = pino({ level: 'silent' });
  const conversations = new FakeConversationHandler();
  const store = new MemoryTeamsConversationStore();
  const authentication = createTeamsAuthentication({
    credentials: CREDENTIALS,
    endpoints: fake.endpoints(),
    credentialsFactory: new LoopbackCredentialsFactory(
      CREDENTIALS.appId,
      CREDENTIALS.appPassword,
      CREDENTIALS.tenantId,
      fake.tokenUrl,
    ),
  });
  const adapter = createTeamsAdapter(authentication, logger);
  const bot = new TeamsBot({
    conversations,
    store,
    processOnce: memoryProcessOnce(),
    logger,
    lookupEmail: createTeamsEmailLookup(logger),
    ...options,
  });
  const app = express();
  app.use(TEAMS_MESSAGES_PATH, createTeamsRouter({ adapter, bot }));
  return { app, adapter, bot, conversations, store };
}
