import type { AuditLog } from '../../domain/audit/ports';
import { recordAudit } from '../audit';
import { AuditEventModel } from '../models/audit-event';
import { idString, objectId, optional, optionalId, paginate } from './mapping';

export const mongoAuditLog: AuditLog = {
  record: (entry) => recordAudit(entry),

  async list(query) {
    const filter: Record<string, unknown> = {};
    if (query.entityType) filter.entityType = query.entityType;
    if (query.entityId) filter.entityId = query.entityId;
    if (query.organization) filter.organization = objectId(query.organization);
    if (query.from || query.to) {
      filter.at = { ...(query.from ? { $gte: query.from } : {}), ...(query.to ? { $lt: query.to } : {}) };
    }
    return paginate(
      query.page,
      query.pageSize,
      () => AuditEventModel.countDocuments(filter),
      async (skip, limit) => {
        const docs = await AuditEventModel.find(filter)
          .sort({ at: -1, _id: -1 })
          .skip(skip)
          .limit(limit)
          .lean();
        return docs.map((doc) => ({
          id: idString(doc._id),
          at: doc.at,
          actor: {
            kind: doc.actor?.kind ?? 'system',
            userId: optional(doc.actor?.userId),
            personId: optional(doc.actor?.personId),
            displayName: optional(doc.actor?.displayName),
          },
          action: doc.action,
          entityType: doc.entityType,
          entityId: optional(doc.entityId),
          organization: optionalId(doc.organization),
          summary: optional(doc.summary),
          requestId: optional(doc.requestId),
          details: optional(doc.details),
        }));
      },
    );
  },
};
