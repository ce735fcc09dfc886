import { createWorkflowContext } from '../../../server/composition/workflow-context';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import mongoose from 'mongoose';
import { build } from 'vite';
import { createApp } from '../../../server/http/app';
import { createWorkflows } from '../../../server/composition/workflows';
import { channelBindingsRouter } from '../../../server/http/api/channel-bindings/router';
import { dashboardResources } from '../../../server/http/api/dashboard-resources';
import { createFeedTokenRouter } from '../../../server/http/feeds/feed-token-router';
import { createFeedsRouter } from '../../../server/http/feeds/router';
import { createDashboardRouter } from '../../../server/http/static/dashboard-router';
import { mongoBindingStore } from '../../../server/store/chat/binding-store';
import { mongoChannelDirectory } from '../../../server/store/chat/channel-directory';
import { loadDemoData, type DemoAccount } from '../../../server/store/demo';
import { mongoRepositories } from '../../../server/store/repositories';
import { connectTestDatabase, silentLogger, testConfig } from '../../http/support/test-app';

const repositoryRoot = path.resolve(import.meta.dirname, '../../..');

/** `vite build` of the dashboard into outDir (the real production bundle). */
export async function buildDashboard(outDir: string, options: { manifest?: boolean } = {}): Promise<void> {
  await build({
    configFile: path.join(repositoryRoot, 'dashboard/vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, manifest: options.manifest ?? false },
  });
}

export interface DashboardServer {
  baseUrl: string;
  accounts: DemoAccount[];
  stop(): Promise<void>;
}

/**
 * The real server as main.ts composes it for the dashboard: createApp with the API resources and
 * the workflows' routes (without their schedules), the feed-token API, the ICS feeds and the built dashboard, on an embedded test database filled by
 * `seed` (the demo data unless told otherwise).
 */
export async function startDashboardServer(
  distDir: string,
  seed: () => Promise<DemoAccount[]> = async () => (await loadDemoData(new Date())).accounts,
): Promise<DashboardServer> {
  const database = await connectTestDatabase();
  const accounts = await seed();
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const config = testConfig({ PUBLIC_URL: baseUrl });
  const clock = () => new Date();
  const stores = mongoRepositories();
  const workflows = createWorkflows(createWorkflowContext({ clock, stores }));
  const app = createApp({
    config,
    logger: silentLogger,
    connection: mongoose.connection,
    clock,
    apiRoutes: [
      ...dashboardResources({ stores, clock }),
      {
        path: '',
        router: channelBindingsRouter({
          stores,
          bindings: mongoBindingStore,
          channels: mongoChannelDirectory,
        }),
      },
      { path: '/me/feed-token', router: createFeedTokenRouter({ clock, publicUrl: config.http.publicUrl }) },
      ...workflows.flatMap((workflow) => workflow.apiRoutes ?? []),
    ],
    routes: [
      { path: '/feeds', router: createFeedsRouter({ clock, publicUrl: config.http.publicUrl }) },
      { path: '/', router: createDashboardRouter({ distDir }) },
    ],
  });
  server.on('request', app);
  return {
    baseUrl,
    accounts,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.stop();
    },
  };
}
