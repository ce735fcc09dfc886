import type { ChatTarget } from '../../../bot/chat/port';
import { ChannelBindingModel } from '../models/channel-binding';
import { ChatConversationModel } from '../models/chat-conversation';

/** Where the bot was added and removed (Teams installation updates, Slack channel joins). */
export const chatConversations = {
  async installed(target: ChatTarget, details: { name?: string; serviceUrl?: string }): Promise<void> {
    const where = { platform: target.platform, channelId: target.channelId };
    const set = {
      tenantId: target.tenantId,
      kind: target.kind,
      name: details.name,
      serviceUrl: details.serviceUrl,
      active: true,
    };
    const updated = await ChatConversationModel.findOneAndUpdate(where, {
      $set: set,
      $unset: { deactivatedAt: 1 },
    });
    if (!updated) {
      try {
        await ChatConversationModel.create({ ...where, ...set });
      } catch (err) {
        if ((err as { code?: unknown }).code !== 11000) throw err;
        await ChatConversationModel.updateOne(where, { $set: set });
      }
    }
  },

  /** The bot left: no more posts there; its bindings end too. */
  async removed(target: ChatTarget): Promise<void> {
    const where = { platform: target.platform, channelId: target.channelId };
    await ChatConversationModel.updateOne(where, { $set: { active: false, deactivatedAt: new Date() } });
    await ChannelBindingModel.updateMany(where, { $set: { active: false } });
  },
};
