import { Types } from 'mongoose';
import type {
  BoundChannel,
  ChannelDirectory,
  InstalledConversation,
} from '../../domain/announcements/channel-directory';
import { ChannelBindingModel, type ChannelBindingDoc } from '../models/channel-binding';
import { ChatConversationModel, type ChatConversationDoc } from '../models/chat-conversation';

type Lean<T> = T & { _id: Types.ObjectId; createdAt?: Date; updatedAt?: Date };

function toBoundChannel(doc: Lean<ChannelBindingDoc>): BoundChannel {
  return {
    id: doc._id.toHexString(),
    committeeId: doc.organization.toString(),
    platform: doc.platform,
    tenantId: doc.tenantId,
    channelId: doc.channelId,
    channelName: doc.channelName ?? undefined,
    confidentiality: doc.confidentiality,
    boundAt: doc.updatedAt,
  };
}

function toInstalledConversation(doc: Lean<ChatConversationDoc>): InstalledConversation {
  return {
    id: doc._id.toHexString(),
    platform: doc.platform,
    tenantId: doc.tenantId,
    channelId: doc.channelId,
    channelName: doc.name ?? undefined,
  };
}

/** Personal chats are never bound: only channels and group chats count as installed conversations. */
const installed = { active: true, kind: 'channel' as const };

const validId = (id: string) => Types.ObjectId.isValid(id) && /^[0-9a-f]{24}$/i.test(id);

export const mongoChannelDirectory: ChannelDirectory = {
  async activeBindingsOf(committeeId) {
    const docs = await ChannelBindingModel.find({
      organization: new Types.ObjectId(committeeId),
      active: true,
    })
      .sort({ channelName: 1, channelId: 1 })
      .lean<Lean<ChannelBindingDoc>[]>();
    return docs.map(toBoundChannel);
  },

  async activeBinding(bindingId) {
    if (!validId(bindingId)) return null;
    const doc = await ChannelBindingModel.findOne({ _id: bindingId, active: true }).lean<
      Lean<ChannelBindingDoc>
    >();
    return doc ? toBoundChannel(doc) : null;
  },

  async installedConversations() {
    const docs = await ChatConversationModel.find(installed)
      .sort({ platform: 1, name: 1, channelId: 1 })
      .lean<Lean<ChatConversationDoc>[]>();
    return docs.map(toInstalledConversation);
  },

  async installedConversation(conversationId) {
    if (!validId(conversationId)) return null;
    const doc = await ChatConversationModel.findOne({ _id: conversationId, ...installed }).lean<
      Lean<ChatConversationDoc>
    >();
    return doc ? toInstalledConversation(doc) : null;
  },

  async installedConversationAt({ platform, tenantId, channelId }) {
    const doc = await ChatConversationModel.findOne({ platform, tenantId, channelId, ...installed }).lean<
      Lean<ChatConversationDoc>
    >();
    return doc ? toInstalledConversation(doc) : null;
  },
};
