/**
 * Composition root: env -> store -> services -> bot adapters -> http -> jobs.
 * The only module that knows every part of the product.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnnouncementDeps, createConversationHandler, slackStorage } from './composition/chat';
import { createWorkflows } from './composition/workflows';
import { createWorkflowContext } from './composition/workflow-context';
import { createSlack, SLACK_MOUNT_PATH, type SlackIntegration } from '../bot/slack/mount';
import { createTeamsIntegration, TEAMS_MESSAGES_PATH, type TeamsIntegration } from '../bot/teams/index';
import { createMongoPersonaDirectory } from './store/chat/playground-personas';
import { createPlaygroundRouter, PLAYGROUND_PATH } from '../bot/teams/playground/playground-router';
import { ConfigError, readConfig, type Config } from './config/env';
import { createApp } from './http/app';
import { announcementsRouter } from './http/api/announcements/router';
import { channelBindingsRouter } from './http/api/channel-bindings/router';
import { chatLinkRouter } from './http/api/chat-link/router';
import { dashboardResources } from './http/api/dashboard-resources';
import { createFeedTokenRouter } from './http/feeds/feed-token-router';
import { createFeedsRouter } from './http/feeds/router';
import { createLogger, type Logger } from './http/logger';
import { exitOnSignals, startHttpServer } from './http/server';
import { withDirectEndpoints } from './http/direct-endpoints';
import { createDashboardRouter } from './http/static/dashboard-router';
import { connectDatabase, DataDirectoryLockedError } from './store/connection';
import { loadDemoData } from './store/demo/index';
import { mongoBindingStore } from './store/chat/binding-store';
import { mongoChannelDirectory } from './store/chat/channel-directory';
import { committeeDirectory } from './store/chat/committee-directory';
import { mongoRepositories } from './store/repositories/index';
import { startAgendaReminders } from './jobs/agenda-reminders';
import { OutboxDispatcher } from './jobs/outbox/dispatcher';
import { processOnce } from './jobs/outbox/process-once';
import { RunCoordinator } from './jobs/run-coordinator';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config);
  for (const warning of config.warnings) logger.warn(warning);
  const clock = () => new Date();
  const publicUrl = config.http.publicUrl;

  const database = await connectDatabase(config, logger);
  if (config.demoData) await loadDemo(config, logger, clock());

  // Chat: one conversation layer, rendered by Teams and Slack; everything outbound goes through the outbox.
  // Called only after start-up, when the dispatcher below exists.
  const onQueued = () => dispatcher.nudge();
  const announcements = createAnnouncementDeps({ clock });
  const stores = mongoRepositories();
  const workflows = createWorkflows(createWorkflowContext({ clock, stores, announcements, onQueued }));
  const features = workflows.flatMap((workflow) => (workflow.chat ? [workflow.chat] : []));
  const conversation = createConversationHandler({ clock, onQueued, features });
  const once = (key: string, fn: () => Promise<void>) => processOnce(key, fn);
  const chatLogger = (component: string) => logger.child({ component });
  const slack: SlackIntegration | undefined = config.slack
    ? createSlack({
        slack: config.slack,
        ...slackStorage(config.tokenEncryptionKey),
        publicUrl,
        conversation,
        logger: chatLogger('slack'),
        processOnce: once,
        clock,
      })
    : undefined;
  const teams: TeamsIntegration | undefined = config.teams
    ? createTeamsIntegration(
        { ...config.teams, isProduction: config.isProduction },
        { conversations: conversation, processOnce: once, logger: chatLogger('teams') },
      )
    : undefined;
  const dispatcher = new OutboxDispatcher({
    deliveries: { slack: slack?.delivery, teams: teams?.delivery },
    logger: chatLogger('outbox'),
    clock,
  });

  const webhooks = [
    ...(teams ? [{ path: TEAMS_MESSAGES_PATH, router: teams.router }] : []),
    ...(slack?.router ? [{ path: SLACK_MOUNT_PATH, router: slack.router }] : []),
  ];
  const playground =
    config.env === 'development'
      ? [
          {
            path: PLAYGROUND_PATH,
            router: createPlaygroundRouter({
              env: config.env,
              conversations: conversation,
              personas: createMongoPersonaDirectory(clock),
              logger: chatLogger('playground'),
            }),
          },
        ]
      : [];

  const app = createApp({
    config,
    logger,
    connection: database.connection,
    clock,
    webhooks,
    apiRoutes: [
      ...dashboardResources({ stores, clock, announcements }),
      {
        path: '',
        router: channelBindingsRouter({
          stores,
          bindings: mongoBindingStore,
          channels: mongoChannelDirectory,
        }),
      },
      {
        path: '',
        router: announcementsRouter({
          announcements,
          findCommittee: async (id) => (await committeeDirectory.byIds([id]))[0],
          onQueued,
        }),
      },
      { path: '/me', router: chatLinkRouter(clock) },
      { path: '/me/feed-token', router: createFeedTokenRouter({ clock, publicUrl }) },
      ...workflows.flatMap((workflow) => workflow.apiRoutes ?? []),
    ],
    routes: [
      { path: '/feeds', router: createFeedsRouter({ clock, publicUrl }) },
      ...playground,
      // Last: the single-page app answers every remaining GET for HTML.
      {
        path: '/',
        router: createDashboardRouter({
          distDir: path.join(projectRoot, 'dashboard', 'dist'),
          teamsTab: true,
        }),
      },
    ],
  });

  const coordinator = new RunCoordinator(clock);
  const jobs = [
    startAgendaReminders({ deps: announcements, coordinator, logger: chatLogger('reminders'), onQueued }),
    ...workflows.flatMap((workflow) => workflow.startJobs?.(coordinator, chatLogger(workflow.name)) ?? []),
  ];
  dispatcher.start();
  await slack?.start();

  const running = await startHttpServer(withDirectEndpoints(app, slack?.events ? [slack.events] : []), {
    host: config.http.host,
    port: config.http.port,
    logger,
    onShutdown: [
      () => Promise.all(jobs.map((job) => job.stop())).then(() => undefined),
      () => dispatcher.stop(),
      () => slack?.stop(),
      () => database.close(),
    ],
  });
  exitOnSignals(running, logger);
  logger.info(`Gremien-Dashboard: ${publicUrl.origin}`);
  if (playground.length) logger.info(`Bot ausprobieren: ${publicUrl.origin}${PLAYGROUND_PATH}`);
}

async function loadDemo(config: Config, logger: Logger, now: Date): Promise<void> {
  const result = await loadDemoData(now);
  if (!result.created) return;
  logger.info('Demodaten geladen / demo data loaded');
  if (result.accounts.length === 0 || config.isProduction) return;
  const lines = result.accounts.map(
    (a) => `  ${a.username.padEnd(20)} ${a.password}  (${a.role}: ${a.description})`,
  );
  // Printed once, on the first start: the passwords are stored only as hashes.
  process.stdout.write(
    `\nDemo-Zugänge / demo accounts (nur jetzt sichtbar / shown once):\n${lines.join('\n')}\n\n`,
  );
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof DataDirectoryLockedError) {
    process.stderr.write(`${err.message}\n`);
  } else {
    process.stderr.write(
      `Start fehlgeschlagen / start failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
  }
  process.exit(1);
});
