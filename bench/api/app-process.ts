/**
 * Child process of the API benchmark: the generated data set and the real app (createApp with the
 * dashboard API resources). The database is the one at BENCH_DB_URI (its own process, as in
 * production), or without it the embedded server in this process, as `npm start` runs it.
 */
import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { loadConfig } from '../../server/config/env';
import { createApp } from '../../server/http/app';
import { dashboardResources } from '../../server/http/api/dashboard-resources';
import { hashPassword } from '../../server/domain/access/password';
import { createLogger } from '../../server/http/logger';
import { startHttpServer } from '../../server/http/server';
import { startEmbeddedMongo } from '../../server/mongo-embedded/index';
import { UserModel } from '../../server/store/models/user';
import { mongoRepositories } from '../../server/store/repositories';
import { generateDataset, type DatasetSummary } from '../dataset/generate';
import { stopRequested } from './child-process';
import { serveProfilingRequests } from './profiler';
import { STACK_FLOOR_PATH, stackFloorRouter } from './stack-floor';

export interface AppReady {
  url: string;
  username: string;
  password: string;
  dataset: DatasetSummary;
}

async function main(): Promise<void> {
  const dataDir = process.env.BENCH_DATA_DIR;
  const now = new Date(process.env.BENCH_NOW ?? Date.now());
  if (!dataDir) throw new Error('BENCH_DATA_DIR is not set');
  const embedded = process.env.BENCH_DB_URI ? undefined : await startEmbeddedMongo({ dataDir });
  const uri = new URL(process.env.BENCH_DB_URI ?? embedded?.uri ?? '');
  uri.pathname = '/gremienbot';
  await mongoose.connect(uri.toString());
  for (const name of mongoose.modelNames()) await mongoose.model(name).init();
  const dataset = await generateDataset({ now });

  const password = randomBytes(12).toString('base64url');
  await UserModel.create({
    username: 'amtsleitung',
    displayName: 'Amtsleitung',
    passwordHash: await hashPassword(password),
    roles: ['head'],
  });

  const config = loadConfig({
    NODE_ENV: 'development',
    MONGODB_URI: uri.toString(),
    SESSION_SECRET: randomBytes(32).toString('base64url'),
    LOG_LEVEL: 'info',
  });
  // Request logging as in production (JSON lines to stdout, which the parent discards).
  const logger = createLogger({ env: 'production', logLevel: 'info' });
  const clock = () => now;
  const app = createApp({
    config,
    logger,
    connection: mongoose.connection,
    clock,
    apiRoutes: [
      ...dashboardResources({ stores: mongoRepositories(), clock }),
      { path: STACK_FLOOR_PATH, router: stackFloorRouter() },
    ],
  });
  const server = await startHttpServer(app, { host: '127.0.0.1', port: 0, logger });
  serveProfilingRequests();
  process.send?.({ url: server.url, username: 'amtsleitung', password, dataset } satisfies AppReady);

  await stopRequested();
  await server.shutdown('benchmark finished');
  await mongoose.disconnect();
  await embedded?.stop();
  process.exit(0);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
