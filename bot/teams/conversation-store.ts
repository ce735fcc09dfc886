import {
  TeamsConversationModel,
  type TeamsConversationType,
} from '../../server/store/models/teams-conversation';

/** What the bot remembers about a conversation it is installed in (a conversation reference). */
export interface TeamsConversationRecord {
  conversationId: string;
  type: TeamsConversationType;
  tenantId: string;
  teamId?: string;
  name?: string;
  serviceUrl: string;
  botId: string;
  userAadObjectId?: string;
}

export interface StoredTeamsConversation extends TeamsConversationRecord {
  active: boolean;
}

export interface TeamsConversationStore {
  /** Creates or refreshes the record and marks it active; tells whether it was active before. */
  activate(record: TeamsConversationRecord): Promise<{ wasActive: boolean }>;
  deactivate(conversationId: string): Promise<{ wasActive: boolean }>;
  /** Deactivates every conversation of a team; returns those that were active. */
  deactivateTeam(teamId: string): Promise<StoredTeamsConversation[]>;
  find(conversationId: string): Promise<StoredTeamsConversation | undefined>;
}

export function createMongoTeamsConversationStore(): TeamsConversationStore {
  return {
    async activate(record) {
      const before = await TeamsConversationModel.findOneAndUpdate(
        { conversationId: record.conversationId },
        {
          $set: { ...record, active: true },
          $unset: { removedAt: 1 },
        },
        { upsert: true, returnDocument: 'before', lean: true },
      );
      if (before && !before.active) {
        await TeamsConversationModel.updateOne(
          { conversationId: record.conversationId },
          { $set: { installedAt: new Date() } },
        );
      }
      return { wasActive: before?.active === true };
    },
    async deactivate(conversationId) {
      const before = await TeamsConversationModel.findOneAndUpdate(
        { conversationId },
        { $set: { active: false, removedAt: new Date() } },
        { returnDocument: 'before', lean: true },
      );
      return { wasActive: before?.active === true };
    },
    async deactivateTeam(teamId) {
      const active = await TeamsConversationModel.find({
        $or: [{ teamId }, { conversationId: teamId }],
        active: true,
      }).lean();
      await TeamsConversationModel.updateMany(
        { conversationId: { $in: active.map((doc) => doc.conversationId) } },
        { $set: { active: false, removedAt: new Date() } },
      );
      return active.map(toStored);
    },
    async find(conversationId) {
      const doc = await TeamsConversationModel.findOne({ conversationId }).lean();
      return doc ? toStored(doc) : undefined;
    },
  };
}

type LeanConversation = {
  conversationId: string;
  type: TeamsConversationType;
  tenantId: string;
  teamId?: string | null;
  name?: string | null;
  serviceUrl: string;
  botId: string;
  userAadObjectId?: string | null;
  active?: boolean | null;
};

function toStored(doc: LeanConversation): StoredTeamsConversation {
  return {
    conversationId: doc.conversationId,
    type: doc.type,
    tenantId: doc.tenantId,
    ...(doc.teamId ? { teamId: doc.teamId } : {}),
    ...(doc.name ? { name: doc.name } : {}),
    serviceUrl: doc.serviceUrl,
    botId: doc.botId,
    ...(doc.userAadObjectId ? { userAadObjectId: doc.userAadObjectId } : {}),
    active: doc.active === true,
  };
}
