import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';
import { AppError } from '../errors';
import { teamsTabFrameAncestors } from './teams-frame-ancestors';

/** Server paths the SPA fallback never answers (their own routers or a 404 do). */
export const SERVER_PATH_PREFIXES = [
  '/api',
  '/auth',
  '/feeds',
  '/slack',
  '/teams',
  '/healthz',
  '/readyz',
] as const;

export interface DashboardRouterOptions {
  /** The `vite build` output (dashboard/dist). */
  distDir: string;
  /** Let Teams and Microsoft 365 frame the pages (the personal tab); default true. */
  teamsTab?: boolean;
}

function isServerPath(urlPath: string): boolean {
  return SERVER_PATH_PREFIXES.some((prefix) => urlPath === prefix || urlPath.startsWith(`${prefix}/`));
}

/**
 * Serves the built dashboard: hashed assets with long caching, and index.html for every other
 * GET that asks for HTML (client-side routes such as /meetings/:id). Mount last, after the API,
 * auth, feed and chat routers.
 */
export function createDashboardRouter({ distDir, teamsTab = true }: DashboardRouterOptions): Router {
  const indexFile = path.join(distDir, 'index.html');
  if (!existsSync(indexFile)) {
    throw new Error(`The dashboard is not built: ${indexFile} is missing. Run "npm run build:dashboard".`);
  }
  const router = Router();
  router.use((req, _res, next) => (isServerPath(req.path) ? next('router') : next()));
  if (teamsTab) router.use(teamsTabFrameAncestors());
  router.use(
    '/assets',
    express.static(path.join(distDir, 'assets'), { immutable: true, maxAge: '365d', index: false }),
    (_req, _res, next) => next(new AppError('not_found')), // a stale chunk name must not get index.html
  );
  router.use(express.static(distDir, { index: false, maxAge: '1h' }));
  router.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.accepts('html')) return next();
    res.set('Cache-Control', 'no-cache');
    res.sendFile(indexFile);
  });
  return router;
}
