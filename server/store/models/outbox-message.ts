import { Schema, model, type InferSchemaType } from 'mongoose';
import { CHAT_PLATFORMS } from './person';

export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'failed', 'dropped'] as const;

/**
 * One message to one chat target, delivered by the outbox dispatcher. The idempotency key makes
 * enqueueing the same message twice a no-op (e.g. `meeting:<id>:agenda:slack:C123`).
 */
const outboxMessageSchema = new Schema(
  {
    key: { type: String, required: true, unique: true },
    /** `post` a new message (optionally into the thread of `threadOf`), or `update` the post `updates`. */
    operation: { type: String, enum: ['post', 'update'], required: true },
    target: {
      platform: { type: String, enum: CHAT_PLATFORMS, required: true },
      tenantId: { type: String, required: true },
      channelId: { type: String, required: true },
      kind: { type: String, enum: ['channel', 'direct'], required: true },
    },
    /** Key of the post whose thread this message replies in. */
    threadOf: String,
    /** Key of the post this message replaces. */
    updates: String,
    /** The neutral ChatMessage, rendered by the platform's delivery at send time. */
    message: { type: Schema.Types.Mixed, required: true },
    binding: { type: Schema.Types.ObjectId, ref: 'ChannelBinding' },
    meeting: { type: Schema.Types.ObjectId, ref: 'Meeting' },
    status: { type: String, enum: OUTBOX_STATUSES, default: 'pending' },
    attempts: { type: Number, default: 0 },
    availableAt: { type: Date, required: true },
    /** While `sending`: until when the claim holds; afterwards another dispatcher may take it. */
    leaseUntil: Date,
    claimedBy: String,
    lastError: String,
    sentAt: Date,
  },
  { timestamps: true, minimize: false },
);
outboxMessageSchema.index({ status: 1, availableAt: 1 });
outboxMessageSchema.index({ status: 1, leaseUntil: 1 });

export type OutboxMessageDoc = InferSchemaType<typeof outboxMessageSchema>;
export const OutboxMessageModel = model('OutboxMessage', outboxMessageSchema);
