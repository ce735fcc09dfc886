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

/**
 * Cookie sessions stored in MongoDB. Rolling: every response extends the expiry by the TTL;
 * expired sessions are ignored on read and removed by a TTL index.
 */
export function sessionMiddleware(config: Config, connection: Connection): RequestHandler {
  const ttlMs = config.session.ttlMs;
  const store = MongoStore.create({
    clientPromise: connectedClient(connection),
    collectionName: SESSION_COLLECTION,
    ttl: Math.ceil(ttlMs / 1000),
    autoRemove: 'native',
    stringify: false,
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
