/**
 * The one place where Express's Request and the session data are extended.
 * `req.id` (the request id) and `req.log` come from pino-http's own typings.
 */
import type { Actor } from '../domain/access/principal';

declare module 'express-serve-static-core' {
  interface Request {
    /** Who is asking: a logged-in Principal or PUBLIC. Set for every request after the session. */
    actor: Actor;
  }
}

declare module 'express-session' {
  interface SessionData {
    userId: string;
    csrfToken: string;
    /** When the login happened (ms since epoch). */
    authenticatedAt: number;
    /** An OpenID Connect login in progress: what the callback must match. */
    oidc: { state: string; nonce: string; codeVerifier: string; returnTo: string };
  }
}

export {};
