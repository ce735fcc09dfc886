import type { Request } from 'express';
import type { AuditWrite } from '../../../domain/audit/ports';
import type { Stores } from '../../../domain/stores';

/** Writes an audit entry for this request: the actor and the request id are filled in. */
export function auditFor(stores: Pick<Stores, 'audit'>, req: Request) {
  return (entry: Omit<AuditWrite, 'actor' | 'requestId'>): Promise<void> =>
    stores.audit.record({ ...entry, actor: req.actor, requestId: String(req.id) });
}
