import type { AuditEventRecord } from '../../../domain/audit/ports';

export function presentAuditEvent(event: AuditEventRecord) {
  return {
    id: event.id,
    at: event.at,
    actor: {
      kind: event.actor.kind,
      userId: event.actor.userId ?? null,
      personId: event.actor.personId ?? null,
      displayName: event.actor.displayName ?? null,
    },
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId ?? null,
    organization: event.organization ?? null,
    summary: event.summary ?? null,
    requestId: event.requestId ?? null,
    details: event.details ?? null,
  };
}
