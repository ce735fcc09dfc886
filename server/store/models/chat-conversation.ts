import { Schema, model, type InferSchemaType } from 'mongoose';
import { CHAT_PLATFORMS } from './person';

/** A channel, group chat or personal chat the bot was added to: where it may post proactively. */
const chatConversationSchema = new Schema(
  {
    platform: { type: String, enum: CHAT_PLATFORMS, required: true },
    tenantId: { type: String, required: true },
    channelId: { type: String, required: true },
    kind: { type: String, enum: ['channel', 'direct'], required: true },
    name: String,
    /** Teams: the Bot Connector endpoint of this conversation. */
    serviceUrl: String,
    active: { type: Boolean, default: true },
    deactivatedAt: Date,
  },
  { timestamps: true },
);
chatConversationSchema.index({ platform: 1, channelId: 1 }, { unique: true });

export type ChatConversationDoc = InferSchemaType<typeof chatConversationSchema>;
export const ChatConversationModel = model('ChatConversation', chatConversationSchema);
