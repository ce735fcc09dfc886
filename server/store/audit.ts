import type { Actor } from '../domain/access/principal';
import { AuditEventModel, type AUDIT_ACTIONS } from './models/audit-event';

export interface AuditEntry {
  actor: Actor | { kind: 'system' | 'chat'; displayName: string; personId?: string };
  action: (typeof AUDIT_ACTIONS)[number];
  entityType: string;
  entityId?: string;
  organization?: string;
  summary?: string;
  requestId?: string;
  details?: Record<string, unknown>;
}

/** Writes one audit event. Awaited by callers: a change or confidential read is not complete without it. */
export async function recordAudit(entry: AuditEntry): Promise<void> {
  const actor =
    entry.actor.kind === 'user'
      ? {
          kind: 'user' as const,
          userId: entry.actor.userId,
          personId: entry.actor.personId,
          displayName: entry.actor.displayName,
        }
      : entry.actor.kind === 'public'
        ? { kind: 'public' as const }
        : { kind: entry.actor.kind, displayName: entry.actor.displayName, personId: entry.actor.personId };
  await AuditEventModel.create({
    actor,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    organization: entry.organization,
    summary: entry.summary,
    requestId: entry.requestId,
    details: entry.details,
  });
}
