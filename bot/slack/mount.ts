import type { IncomingMessage, ServerResponse } from 'node:http';
import { App, ExpressReceiver } from '@slack/bolt';
import { Router } from 'express';
import type { Logger } from 'pino';
import type { Config } from '../../server/config/env';
import type { HomeProvider } from '../chat/deps';
import type { ConversationHandler } from '../chat/inbound';
import { AckFirstQueue } from './after-ack';
import { authorizeWith } from './authorize';
import { boltLogger } from './bolt-logger';
import { SlackUserDirectory } from './chat-user';
import { SlackDelivery } from './delivery';
import { slackEventsEndpoint } from './events-endpoint';
import { installCallbackPages } from './install-pages';
import { registerListeners } from './listeners';
import { fixedToken, installedTokens, type TokenSource } from './tokens';
import { slackBodyVerifier } from './verify-signature';
import type { InstallationStore } from '@slack/oauth';

/** Where main mounts `router`; the paths below are the full public paths. */
export const SLACK_MOUNT_PATH = '/slack';
export const SLACK_EVENTS_PATH = `${SLACK_MOUNT_PATH}/events`;
export const SLACK_INSTALL_PATH = `${SLACK_MOUNT_PATH}/install`;
export const SLACK_OAUTH_REDIRECT_PATH = `${SLACK_MOUNT_PATH}/oauth_redirect`;

/** A full path as seen inside the router mounted at SLACK_MOUNT_PATH. */
const inRouter = (fullPath: string) => fullPath.slice(SLACK_MOUNT_PATH.length);

/** Minimal bot scopes; the same list as manifest/slack/manifest.yaml. */
export const SLACK_BOT_SCOPES = [
  'commands',
  'chat:write',
  'users:read',
  'users:read.email',
  'channels:read',
  'groups:read',
  'im:write',
];

export interface SlackDeps {
  slack: NonNullable<Config['slack']>;
  /** Where OAuth installations (tokens encrypted) are kept; required with Slack OAuth. */
  installationStore?: InstallationStore;
  /** The workspace uninstalled the app or revoked its token: stop posting there. */
  workspaceGone: (teamId: string) => Promise<void>;
  publicUrl: URL;
  conversation: ConversationHandler & HomeProvider;
  logger: Logger;
  processOnce: (key: string, fn: () => Promise<void>) => Promise<unknown>;
  clock?: () => Date;
  /** A fake Slack Web API in tests. */
  slackApiUrl?: string;
}

/** A request handler for one method and exact path, to be served before Express. */
export interface DirectEndpoint {
  method: 'POST';
  path: string;
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
}

export interface SlackIntegration {
  /**
   * HTTP mode: mount at SLACK_MOUNT_PATH before any body parser (OAuth pages and the events
   * endpoint). Undefined in Socket Mode.
   */
  router?: Router;
  /**
   * HTTP mode: the events endpoint alone, for serving before Express so that nothing but its own
   * work comes before Slack's ack. Undefined in Socket Mode.
   */
  events?: DirectEndpoint;
  delivery: SlackDelivery;
  /** Socket Mode connects here; a no-op in HTTP mode. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The Slack side: Bolt app, listeners, request verification, OAuth or single-workspace token,
 * HTTP events or Socket Mode, and the delivery for the outbox.
 */
export function createSlack(deps: SlackDeps): SlackIntegration {
  const { slack } = deps;
  const clock = deps.clock ?? (() => new Date());
  const logger = boltLogger(deps.logger);
  const installationStore = slack.oauth ? requireStore(deps.installationStore) : undefined;
  const tokens: TokenSource = installationStore
    ? installedTokens(installationStore)
    : fixedToken(requireToken(slack.botToken));
  const clientOptions = { slackApiUrl: deps.slackApiUrl };
  const listenerDeps = {
    conversation: deps.conversation,
    users: new SlackUserDirectory(deps.logger),
    logger: deps.logger,
    processOnce: deps.processOnce,
    workspaceGone: async (teamId: string, enterpriseId?: string) => {
      await deps.workspaceGone(teamId);
      await installationStore?.deleteInstallation?.({ teamId, enterpriseId, isEnterpriseInstall: false });
    },
  };
  const delivery = new SlackDelivery({ tokens, slackApiUrl: deps.slackApiUrl });

  if (slack.appToken) {
    const app = new App({
      socketMode: true,
      appToken: slack.appToken,
      authorize: authorizeWith(tokens, deps.slackApiUrl),
      logger,
      clientOptions,
    });
    wire(app, listenerDeps);
    return {
      delivery,
      start: async () => {
        await app.start();
      },
      stop: async () => {
        await app.stop();
      },
    };
  }

  // Only for the OAuth pages: the events endpoint below is our own (see events-endpoint).
  const receiver = new ExpressReceiver({
    signingSecret: slack.signingSecret,
    signatureVerification: false,
    endpoints: {},
    router: Router(),
    logger,
    ...(slack.oauth && installationStore
      ? {
          clientId: slack.oauth.clientId,
          clientSecret: slack.oauth.clientSecret,
          stateSecret: slack.oauth.stateSecret,
          installationStore,
          scopes: SLACK_BOT_SCOPES,
          redirectUri: new URL(SLACK_OAUTH_REDIRECT_PATH, deps.publicUrl).toString(),
          installerOptions: {
            installPath: inRouter(SLACK_INSTALL_PATH),
            redirectUriPath: inRouter(SLACK_OAUTH_REDIRECT_PATH),
            directInstall: true,
            // The installer's own Web API client (oauth.v2.access, auth.test) talks to the same Slack as the app.
            clientOptions,
            callbackOptions: installCallbackPages(deps.logger),
          },
        }
      : {}),
  });
  const app = new App({
    receiver,
    logger,
    clientOptions,
    ...(installationStore ? {} : { authorize: authorizeWith(tokens, deps.slackApiUrl) }),
  });
  wire(app, listenerDeps);
  const events: DirectEndpoint = {
    method: 'POST',
    path: SLACK_EVENTS_PATH,
    handle: slackEventsEndpoint({
      verify: slackBodyVerifier(slack.signingSecret, clock),
      app,
      queue: new AckFirstQueue((err) => deps.logger.error({ err }, 'slack listener failed')),
      logger: deps.logger,
      path: SLACK_EVENTS_PATH,
    }),
  };
  const router = Router();
  router.post(inRouter(SLACK_EVENTS_PATH), (req, res) => events.handle(req, res));
  router.use(receiver.router);
  return { router, events, delivery, start: async () => {}, stop: async () => {} };
}

function wire(app: App, deps: Parameters<typeof registerListeners>[1]): void {
  // Slack retries an event it thinks was not acknowledged (X-Slack-Retry-Num); event_id makes the retry a no-op.
  app.use(async ({ body, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId !== 'string') return next();
    await deps.processOnce(`slack:event:${eventId}`, next);
  });
  registerListeners(app, deps);
  app.error(async (error) => {
    deps.logger.error({ err: error }, 'slack listener failed');
  });
}

function requireStore(store: InstallationStore | undefined): InstallationStore {
  if (!store) throw new Error('Slack OAuth needs an installation store');
  return store;
}

function requireToken(token: string | undefined): string {
  if (!token) throw new Error('SLACK_BOT_TOKEN is required without Slack OAuth');
  return token;
}
