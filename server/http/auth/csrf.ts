import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import { AppError } from '../errors';

export const CSRF_HEADER = 'x-csrf-token';
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const PROTECTED_PREFIXES = ['/api/', '/auth/'];
/** Browsers send these for requests from our own pages (or typed URLs / bookmarks). */
const TRUSTED_FETCH_SITES = new Set(['same-origin', 'none']);

export function newCsrfToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The session's token, created on first use (also for anonymous sessions: login needs it). */
export function csrfTokenFor(req: Request): string {
  req.session.csrfToken ??= newCsrfToken();
  return req.session.csrfToken;
}

export interface CsrfOptions {
  /** The origin browsers use for the app (PUBLIC_URL). */
  publicOrigin: string;
  /**
   * Path prefixes that authenticate by signature or bearer token instead of a cookie (chat
   * platform webhooks). They are mounted before the session as well; listing them here keeps
   * the exemption explicit.
   */
  exemptPaths: readonly string[];
}

/**
 * Synchronizer-token CSRF check for state-changing requests under /api and /auth: the
 * `X-CSRF-Token` header must equal the session's token. `Origin` and `Sec-Fetch-Site` are checked
 * as well when the browser sends them.
 */
export function csrfProtection({ publicOrigin, exemptPaths }: CsrfOptions): RequestHandler {
  const isExempt = (path: string) =>
    exemptPaths.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
  return (req, _res, next) => {
    if (!STATE_CHANGING.has(req.method) || isExempt(req.path)) return next();
    if (!PROTECTED_PREFIXES.some((prefix) => req.path.startsWith(prefix))) return next();

    const fetchSite = req.get('sec-fetch-site');
    const origin = req.get('origin');
    const ownOrigins = [publicOrigin, `${req.protocol}://${req.get('host')}`];
    const sent = req.get(CSRF_HEADER);
    const expected = req.session?.csrfToken;
    const ok =
      (fetchSite === undefined || TRUSTED_FETCH_SITES.has(fetchSite)) &&
      (origin === undefined || ownOrigins.includes(origin)) &&
      sent !== undefined &&
      expected !== undefined &&
      sameToken(sent, expected);
    next(ok ? undefined : new AppError('csrf_failed'));
  };
}

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
