import type { BindingStore } from '../../domain/announcements/bind-channel';
import { ChannelBindingModel } from '../models/channel-binding';

export const mongoBindingStore: BindingStore = {
  async bind(channel, committeeId, confidentiality, boundBy) {
    const where = { platform: channel.platform, channelId: channel.channelId, organization: committeeId };
    const set = {
      tenantId: channel.tenantId,
      channelName: channel.channelName,
      confidentiality,
      active: true,
      boundBy,
    };
    const updated = await ChannelBindingModel.findOneAndUpdate(where, { $set: set });
    if (!updated) await ChannelBindingModel.create({ ...where, ...set });
  },

  async unbind(channel, committeeId) {
    const where = {
      platform: channel.platform,
      channelId: channel.channelId,
      active: true,
      ...(committeeId ? { organization: committeeId } : {}),
    };
    const bound = await ChannelBindingModel.find(where).lean();
    await ChannelBindingModel.updateMany(where, { $set: { active: false } });
    return bound.map((b) => b.organization.toString());
  },
};
