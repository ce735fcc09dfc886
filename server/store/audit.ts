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

/**
 * Writes one audit event; resolves once it is stored. Awaited by callers: a change or confidential
 * read is not complete without it. Events recorded while a write is on its way go together in the
 * next one (one insert for many requests under load), each caller still waiting for its own.
 */
export async function recordAudit(entry: AuditEntry): Promise<void> {
  const event = new AuditEventModel(toEvent(entry));
  await event.validate();
  await new Promise<void>((resolve, reject) => {
    queued.push({ event: event.toObject(), resolve, reject });
    if (!writing) void writeQueued();
  });
}

interface QueuedEvent {
  event: Record<string, unknown>;
  resolve: () => void;
  reject: (error: unknown) => void;
}

let queued: QueuedEvent[] = [];
let writing = false;

async function writeQueued(): Promise<void> {
  writing = true;
  while (queued.length) {
    const batch = queued;
    queued = [];
    try {
      // Validated above. An explicit (empty) session: the batch never joins a caller's transaction.
      await AuditEventModel.insertMany(
        batch.map((each) => each.event),
        { lean: true, session: undefined },
      );
      for (const each of batch) each.resolve();
    } catch (error) {
      for (const each of batch) each.reject(error);
    }
  }
  writing = false;
}

function toEvent(entry: AuditEntry) {
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
  return {
    actor,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    organization: entry.organization,
    summary: entry.summary,
    requestId: entry.requestId,
    details: entry.details,
  };
}
