import type { Request, RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { Connection } from 'mongoose';
import type { Config } from '../../config/env';
import { AppError } from '../errors';
import { MongoRateLimitStore } from './rate-limit-store';

export const RATE_LIMIT_COLLECTION = 'rate_limits';

/** Failed logins per client address and user name; successful logins do not count. */
export function loginRateLimit(config: Config, connection: Connection): RequestHandler {
  const { maxFailures, windowMs } = config.auth.loginRateLimit;
  return rateLimit({
    windowMs,
    limit: maxFailures,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req) => `${ipKeyGenerator(req.ip ?? 'unknown')}|${attemptedUsername(req)}`,
    store: new MongoRateLimitStore(connection.collection(RATE_LIMIT_COLLECTION), 'login:'),
    handler: (_req, _res, next) => next(new AppError('rate_limited')),
  });
}

function attemptedUsername(req: Request): string {
  const username: unknown = (req.body as { username?: unknown } | undefined)?.username;
  return typeof username === 'string' ? username.trim().toLowerCase().slice(0, 200) : '';
}
