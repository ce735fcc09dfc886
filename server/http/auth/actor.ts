import type { RequestHandler } from 'express';
import { PUBLIC, type Role } from '../../domain/access/principal';
import { AppError } from '../errors';
import { loadPrincipal } from './principal-loader';

/** Puts `req.actor` on every request: the session's Principal, or PUBLIC. */
export function attachActor(clock: () => Date): RequestHandler {
  return async (req, _res, next) => {
    const userId = req.session?.userId;
    const principal = userId ? await loadPrincipal(userId, clock()) : null;
    if (userId && !principal) delete req.session.userId; // user removed or disabled meanwhile
    req.actor = principal ?? PUBLIC;
    next();
  };
}

export function requireUser(): RequestHandler {
  return (req, _res, next) => next(req.actor.kind === 'user' ? undefined : new AppError('unauthenticated'));
}

/** Passes users holding at least one of the roles. */
export function requireRole(...roles: Role[]): RequestHandler {
  return (req, _res, next) => {
    const actor = req.actor;
    if (actor.kind !== 'user') return next(new AppError('unauthenticated'));
    next(roles.some((role) => actor.roles.includes(role)) ? undefined : new AppError('forbidden'));
  };
}
