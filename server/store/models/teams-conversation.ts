import { Schema, model, type InferSchemaType } from 'mongoose';

export const TEAMS_CONVERSATION_TYPES = ['channel', 'groupChat', 'personal'] as const;
export type TeamsConversationType = (typeof TEAMS_CONVERSATION_TYPES)[number];

/**
 * Where the Teams bot is installed: what it needs to post proactively (Bot Framework conversation
 * reference). Deactivated, not deleted, when the bot is removed, so a reinstall reuses the record.
 */
const teamsConversationSchema = new Schema(
  {
    /** Channel id (`19:…@thread.tacv2`), group chat id or personal chat id; without `;messageid=`. */
    conversationId: { type: String, required: true, unique: true },
    type: { type: String, enum: TEAMS_CONVERSATION_TYPES, required: true },
    tenantId: { type: String, required: true },
    /** The team (its General channel id) for channels. */
    teamId: String,
    name: String,
    /** Bot Connector endpoint for this conversation's region; refreshed on every inbound activity. */
    serviceUrl: { type: String, required: true },
    botId: { type: String, required: true },
    /** The user in a personal chat (AAD object id). */
    userAadObjectId: String,
    active: { type: Boolean, default: true },
    installedAt: { type: Date, default: () => new Date() },
    removedAt: Date,
  },
  { timestamps: true },
);
teamsConversationSchema.index({ teamId: 1, active: 1 });
teamsConversationSchema.index({ userAadObjectId: 1, type: 1 });

export type TeamsConversationDoc = InferSchemaType<typeof teamsConversationSchema>;
export const TeamsConversationModel = model('TeamsConversation', teamsConversationSchema);
