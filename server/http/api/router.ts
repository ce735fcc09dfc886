import { Router } from 'express';
import type { Connection } from 'mongoose';
import type { Config } from '../../config/env';
import { AppError } from '../errors';
import { authApiRouter } from './auth/router';

export interface MountedRouter {
  path: string;
  router: Router;
}

export interface ApiDeps {
  config: Config;
  connection: Connection;
  clock: () => Date;
  /** Resource routers, each mounted at `/api/v1<path>` (e.g. `{ path: '/meetings', router }`). */
  resources: readonly MountedRouter[];
}

/** Everything under /api. Unknown paths end in a JSON 404. */
export function apiRouter({ config, connection, clock, resources }: ApiDeps): Router {
  const api = Router();
  api.use('/v1/auth', authApiRouter({ config, connection, clock }));
  for (const { path, router } of resources) api.use(`/v1${path}`, router);
  api.use((_req, _res, next) => next(new AppError('not_found')));
  return api;
}
