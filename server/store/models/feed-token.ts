import { Schema, model, type InferSchemaType } from 'mongoose';

/** Secret address of a user's personal calendar feed; only the SHA-256 of the token is kept. */
const feedTokenSchema = new Schema(
  {
    user: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    tokenHash: { type: String, required: true, unique: true },
    revokedAt: Date,
    lastUsedAt: Date,
  },
  { timestamps: true },
);
feedTokenSchema.index({ user: 1, revokedAt: 1 });

export type FeedTokenDoc = InferSchemaType<typeof feedTokenSchema>;
export const FeedTokenModel = model('FeedToken', feedTokenSchema);
