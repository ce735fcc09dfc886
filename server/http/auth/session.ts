import MongoStore from 'connect-mongo';
import session from 'express-session';
import type { Request, RequestHandler } from 'express';
import type { MongoClient } from 'mongodb';
import type { Connection } from 'mongoose';
import type { Config } from '../../config/env';

export const SESSION_COLLECTION = 'sessions';

export function sessionCookieName(config: Config): string {
  // `__Host-` binds the cookie to this exact origin; browsers accept it only when Secure.
  return config.session.secureCookie ? '__Host-gremien.sid' : 'gremien.sid';
}

/** Longest time a stored session's expiry may lag behind its cookie's. */
const MAX_TOUCH_AFTER_SECONDS = 60;

/**
 * How long after the last write a read-only request leaves the stored session alone: a tenth of
 * the TTL, at most a minute. Without it every request would write (and fsync) the session.
 */
export function sessionTouchAfterSeconds(ttlMs: number): number {
  return Math.min(MAX_TOUCH_AFTER_SECONDS, ttlMs / 10_000);
}

/**
 * Cookie sessions stored in MongoDB. Rolling: every response extends the cookie's expiry by the
 * TTL, and the stored expiry follows at most `sessionTouchAfterSeconds` later; expired sessions
 * are ignored on read and removed by a TTL index. Sessions nothing was stored in are not saved.
 */
export function sessionMiddleware(config: Config, connection: Connection): RequestHandler {
  const ttlMs = config.session.ttlMs;
  const store = MongoStore.create({
    clientPromise: connectedClient(connection),
    collectionName: SESSION_COLLECTION,
    ttl: Math.ceil(ttlMs / 1000),
    autoRemove: 'native',
    stringify: false,
    touchAfter: sessionTouchAfterSeconds(ttlMs),
  });
  return session({
    name: sessionCookieName(config),
    secret: config.session.secret,
    store,
    resave: false,
    saveUninitialized: false,
    rolling: true,
    cookie: {
      httpOnly: true,
      // Over HTTPS the dashboard also runs as a Teams tab, a cross-site frame: only a
      // SameSite=None cookie reaches it there, partitioned per top-level site (CHIPS) so browsers
      // that block third-party cookies keep it. CSRF tokens and the Origin check guard the writes.
      sameSite: config.session.secureCookie ? 'none' : 'lax',
      partitioned: config.session.secureCookie,
      secure: config.session.secureCookie,
      maxAge: ttlMs,
      path: '/',
    },
  });
}

/** The connection's driver client, once it is connected (the app may be built before). */
function connectedClient(connection: Connection): Promise<MongoClient> {
  // Mongoose bundles its own (newer 7.x) driver; its client is API-compatible with connect-mongo's.
  const client = () => connection.getClient() as unknown as MongoClient;
  if (connection.readyState === 1) return Promise.resolve(client());
  return new Promise((resolve) => connection.once('connected', () => resolve(client())));
}

/** Replaces the session id (against session fixation) and keeps nothing from the anonymous session. */
export function regenerateSession(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.regenerate((err) => (err ? reject(err) : resolve())));
}

export function saveSession(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.save((err) => (err ? reject(err) : resolve())));
}

export function destroySession(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.destroy((err) => (err ? reject(err) : resolve())));
}
