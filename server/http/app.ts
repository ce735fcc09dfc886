import express, { type Express } from 'express';
import type { Connection } from 'mongoose';
import type { Config } from '../config/env';
import { apiRouter, type MountedRouter } from './api/router';
import { attachActor } from './auth/actor';
import { csrfProtection } from './auth/csrf';
import { oidcRouter } from './auth/oidc';
import { sessionMiddleware } from './auth/session';
import { domainErrorHandler } from './domain-errors';
import { AppError, errorHandler } from './errors';
import { healthRouter } from './health';
import { httpLogger, type Logger } from './logger';
import { rejectOperatorKeys } from './operator-guard';
import { securityHeaders } from './security-headers';
import './request-context';

export type { MountedRouter } from './api/router';

export const BODY_LIMIT = '100kb';

export interface AppDeps {
  config: Config;
  logger: Logger;
  /** The mongoose connection the models use (sessions, rate limits and /readyz go through it too). */
  connection: Connection;
  /** The time for rules that depend on it (current memberships). Defaults to the system clock. */
  clock?: () => Date;
  /**
   * Chat platform endpoints that verify a signature over the raw body (Slack) or a bearer token
   * (Teams). Mounted first: before the body parsers, the session and CSRF. These paths are the
   * complete list of CSRF exemptions.
   */
  webhooks?: readonly MountedRouter[];
  /** Dashboard API resources, each mounted at `/api/v1<path>`; `req.actor` is set. */
  apiRoutes?: readonly MountedRouter[];
  /** Other routers at `<path>` after the API (dashboard assets, ICS, OParl); `req.actor` is set. */
  routes?: readonly MountedRouter[];
}

export function createApp(deps: AppDeps): Express {
  const { config, logger, connection } = deps;
  const clock = deps.clock ?? (() => new Date());
  const webhooks = deps.webhooks ?? [];

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.http.trustProxy);
  app.set('query parser', 'simple'); // flat strings only: no nested objects from `a[b]=c`

  app.use(httpLogger(logger));
  app.use(securityHeaders(config));
  app.use(healthRouter(connection));

  // Raw-body slot: nothing below has touched the request stream yet.
  for (const { path, router } of webhooks) app.use(path, router);

  app.use(express.json({ limit: BODY_LIMIT }));
  app.use(express.urlencoded({ extended: false, limit: BODY_LIMIT }));
  app.use(rejectOperatorKeys);

  app.use(sessionMiddleware(config, connection));
  app.use(attachActor(clock));
  app.use(
    csrfProtection({ publicOrigin: config.http.publicUrl.origin, exemptPaths: webhooks.map((w) => w.path) }),
  );

  if (config.auth.oidc) app.use(oidcRouter({ config, oidcConfig: config.auth.oidc, logger, clock }));
  app.use('/api', apiRouter({ config, connection, clock, resources: deps.apiRoutes ?? [] }));
  for (const { path, router } of deps.routes ?? []) app.use(path, router);

  app.use((_req, _res, next) => next(new AppError('not_found')));
  app.use(domainErrorHandler);
  app.use(errorHandler);
  return app;
}
