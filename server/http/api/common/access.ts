import type { Request } from 'express';
import { mayManageCommittee, type Actor, type Principal, type Role } from '../../../domain/access/principal';
import { AppError } from '../../errors';

/** Not logged in: 401; logged in without the right: 403. */
export function refuse(actor: Actor): AppError {
  return new AppError(actor.kind === 'user' ? 'forbidden' : 'unauthenticated');
}

export function requirePrincipal(req: Request): Principal {
  if (req.actor.kind !== 'user') throw new AppError('unauthenticated');
  return req.actor;
}

export function requireAnyRole(req: Request, ...roles: Role[]): Principal {
  const principal = requirePrincipal(req);
  if (!roles.some((role) => principal.roles.includes(role))) throw new AppError('forbidden');
  return principal;
}

/** Office of the committee (or admin). */
export function requireCommitteeManager(req: Request, committeeId: string): void {
  if (!mayManageCommittee(req.actor, committeeId)) throw refuse(req.actor);
}
