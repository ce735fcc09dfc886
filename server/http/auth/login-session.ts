import type { Request } from 'express';
import type { Actor, Principal } from '../../domain/access/principal';
import { recordAudit } from '../../store/audit';
import { UserModel } from '../../store/models/user';
import { csrfTokenFor } from './csrf';
import { loadPrincipal } from './principal-loader';
import { destroySession, regenerateSession, saveSession } from './session';

export type LoginMethod = 'local' | 'oidc';

/**
 * Turns the request's session into a logged-in one: a new session id (against fixation), a new
 * CSRF token, `req.actor` set for the rest of this request, and an audit entry.
 */
export async function completeLogin(
  req: Request,
  userId: string,
  method: LoginMethod,
  now: Date,
): Promise<{ principal: Principal; csrfToken: string }> {
  const principal = await loadPrincipal(userId, now);
  if (!principal) throw new Error(`User ${userId} cannot log in (missing or disabled)`);
  await regenerateSession(req);
  req.session.userId = userId;
  req.session.authenticatedAt = now.getTime();
  const csrfToken = csrfTokenFor(req);
  await saveSession(req);
  req.actor = principal;
  await UserModel.updateOne({ _id: userId }, { $set: { lastLoginAt: now } });
  await recordAudit({
    actor: principal,
    action: 'login',
    entityType: 'User',
    entityId: userId,
    requestId: String(req.id),
    details: { method },
  });
  return { principal, csrfToken };
}

export async function recordFailedLogin(
  req: Request,
  method: LoginMethod,
  reason: string,
  details = {},
): Promise<void> {
  await recordAudit({
    actor: req.actor,
    action: 'login_failed',
    entityType: 'User',
    requestId: String(req.id),
    summary: reason,
    details: { method, ...details },
  });
}

export async function logOut(req: Request): Promise<void> {
  const actor: Actor = req.actor;
  await destroySession(req);
  if (actor.kind === 'user') {
    await recordAudit({
      actor,
      action: 'logout',
      entityType: 'User',
      entityId: actor.userId,
      requestId: String(req.id),
    });
  }
}

/** What the dashboard learns about the logged-in user. */
export function presentPrincipal(principal: Principal) {
  return {
    id: principal.userId,
    displayName: principal.displayName,
    roles: principal.roles,
    personId: principal.personId ?? null,
    officeCommitteeIds: principal.officeCommitteeIds,
    memberCommitteeIds: principal.memberCommitteeIds,
    department: principal.department ?? null,
  };
}
