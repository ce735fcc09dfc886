import type { CloudAdapter } from 'botbuilder';
import type { Router } from 'express';
import type { Logger } from 'pino';
import type { ConversationHandler } from '../chat/inbound';
import type { ChatDelivery } from '../chat/port';
import { createTeamsAdapter } from './adapter';
import { createTeamsAuthentication, type TeamsCredentials } from './authentication';
import { createMongoTeamsConversationStore, type TeamsConversationStore } from './conversation-store';
import { createTeamsDelivery } from './delivery';
import { createTeamsEmailLookup } from './email-lookup';
import { createTeamsNotConfiguredRouter, createTeamsRouter } from './router';
import { TeamsBot, type ProcessOnce } from './teams-bot';

export { TEAMS_MESSAGES_PATH } from './router';

export interface TeamsSettings {
  /** From MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD, MICROSOFT_APP_TENANT_ID; all three or none. */
  appId?: string;
  appPassword?: string;
  tenantId?: string;
  isProduction: boolean;
}

export interface TeamsDeps {
  conversations: ConversationHandler;
  processOnce: ProcessOnce;
  logger: Logger;
  store?: TeamsConversationStore;
}

export interface TeamsIntegration {
  /** Mount before any global body parser; `/api/messages` is exempt from CSRF. */
  router: Router;
  /** Undefined without an app registration: nothing can be posted to Teams then. */
  delivery?: ChatDelivery;
  adapter?: CloudAdapter;
}

/** Wires the Teams edge: adapter with single-tenant authentication, activity handler, delivery. */
export function createTeamsIntegration(settings: TeamsSettings, deps: TeamsDeps): TeamsIntegration {
  const credentials = credentialsOf(settings);
  if (!credentials) {
    if (settings.isProduction) {
      throw new Error(
        'Teams needs MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD and MICROSOFT_APP_TENANT_ID in production.',
      );
    }
    deps.logger.warn(
      'Teams app registration missing: /api/messages refuses all requests (try /bot-ausprobieren in development).',
    );
    return { router: createTeamsNotConfiguredRouter() };
  }
  const store = deps.store ?? createMongoTeamsConversationStore();
  const adapter = createTeamsAdapter(createTeamsAuthentication({ credentials }), deps.logger);
  const bot = new TeamsBot({
    conversations: deps.conversations,
    store,
    processOnce: deps.processOnce,
    logger: deps.logger,
    lookupEmail: createTeamsEmailLookup(deps.logger),
  });
  return {
    router: createTeamsRouter({ adapter, bot }),
    delivery: createTeamsDelivery({ adapter, appId: credentials.appId, store }),
    adapter,
  };
}

function credentialsOf(settings: TeamsSettings): TeamsCredentials | undefined {
  const { appId, appPassword, tenantId } = settings;
  return appId && appPassword && tenantId ? { appId, appPassword, tenantId } : undefined;
}
