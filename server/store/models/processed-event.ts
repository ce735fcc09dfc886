import { Schema, model } from 'mongoose';

/** Inbound events already acted on (Slack event_id, Teams activity.id); the unique key makes redeliveries no-ops. */
const processedEventSchema = new Schema(
  {
    key: { type: String, required: true, unique: true },
    at: { type: Date, required: true },
    /** Removed by MongoDB after this moment (redeliveries stop long before). */
    expiresAt: { type: Date, required: true },
  },
  { versionKey: false },
);
processedEventSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 });

export const ProcessedEventModel = model('ProcessedEvent', processedEventSchema);
