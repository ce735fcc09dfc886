import { Router } from 'express';
import type { Connection } from 'mongoose';
import { AppError } from './errors';

const PING_TIMEOUT_MS = 2_000;

/** `/healthz`: the process answers. `/readyz`: it can also reach its database. */
export function healthRouter(connection: Connection): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok' });
  });
  router.get('/readyz', async (req, res) => {
    try {
      await pingDatabase(connection);
    } catch (err) {
      req.log.warn({ err }, 'readiness check: database not reachable');
      throw new AppError('unavailable', 'Die Datenbank ist nicht erreichbar.');
    }
    res.set('Cache-Control', 'no-store').json({ status: 'ready' });
  });
  return router;
}

async function pingDatabase(connection: Connection): Promise<void> {
  const db = connection.readyState === 1 ? connection.db : undefined;
  if (!db) throw new Error(`connection state ${connection.readyState}`);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('ping timed out')), PING_TIMEOUT_MS);
  });
  try {
    await Promise.race([db.admin().ping(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
