import { Schema, model, type InferSchemaType } from 'mongoose';
import { CHAT_PLATFORMS } from './person';

/** A message the bot posted, found by the outbox key that posted it, so changes update it in place. */
const postedMessageSchema = new Schema(
  {
    key: { type: String, required: true, unique: true },
    platform: { type: String, enum: CHAT_PLATFORMS, required: true },
    tenantId: { type: String, required: true },
    channelId: { type: String, required: true },
    messageId: { type: String, required: true },
    threadId: { type: String, required: true },
    meeting: { type: Schema.Types.ObjectId, ref: 'Meeting' },
    binding: { type: Schema.Types.ObjectId, ref: 'ChannelBinding' },
  },
  { timestamps: true },
);
postedMessageSchema.index({ meeting: 1 });

export type PostedMessageDoc = InferSchemaType<typeof postedMessageSchema>;
export const PostedMessageModel = model('PostedMessage', postedMessageSchema);
