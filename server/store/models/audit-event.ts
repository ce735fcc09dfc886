import { Schema, model, type InferSchemaType } from 'mongoose';

export const AUDIT_ACTIONS = [
  'read',
  'create',
  'update',
  'delete',
  'login',
  'logout',
  'login_failed',
] as const;

/** Who did what, when: every read of non-public data and every change. Append-only. */
const auditEventSchema = new Schema(
  {
    at: { type: Date, required: true, default: () => new Date() },
    actor: {
      kind: { type: String, enum: ['user', 'public', 'system', 'chat'], required: true },
      userId: String,
      personId: String,
      displayName: String,
    },
    action: { type: String, enum: AUDIT_ACTIONS, required: true },
    entityType: { type: String, required: true },
    entityId: String,
    organization: { type: Schema.Types.ObjectId, ref: 'Organization' },
    summary: String,
    requestId: String,
    details: Schema.Types.Mixed,
  },
  { versionKey: false },
);
auditEventSchema.index({ at: -1 });
auditEventSchema.index({ entityType: 1, entityId: 1, at: -1 });
auditEventSchema.index({ organization: 1, at: -1 });

export type AuditEventDoc = InferSchemaType<typeof auditEventSchema>;
export const AuditEventModel = model('AuditEvent', auditEventSchema);
