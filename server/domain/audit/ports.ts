import type { Actor } from '../access/principal';
import type { Page } from '../persons/ports';

export type AuditAction = 'read' | 'create' | 'update' | 'delete';

/** One audit entry to write: who (the actor), what, which committee, and the request it came with. */
export interface AuditWrite {
  actor: Actor;
  action: AuditAction;
  entityType: string;
  entityId?: string;
  organization?: string;
  summary?: string;
  requestId?: string;
  details?: Record<string, unknown>;
}

export interface AuditEventRecord {
  id: string;
  at: Date;
  actor: { kind: string; userId?: string; personId?: string; displayName?: string };
  action: string;
  entityType: string;
  entityId?: string;
  organization?: string;
  summary?: string;
  requestId?: string;
  details?: unknown;
}

export interface AuditQuery {
  entityType?: string;
  entityId?: string;
  organization?: string;
  from?: Date;
  /** Exclusive. */
  to?: Date;
  page: number;
  pageSize: number;
}

export interface AuditLog {
  /** Awaited by every caller: a change or a confidential read is not complete without its entry. */
  record(entry: AuditWrite): Promise<void>;
  list(query: AuditQuery): Promise<Page<AuditEventRecord>>;
}
