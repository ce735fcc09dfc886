import type { BoundChannel, InstalledConversation } from '../../../domain/announcements/channel-directory';

export function presentBinding(binding: BoundChannel) {
  return {
    id: binding.id,
    committeeId: binding.committeeId,
    platform: binding.platform,
    tenantId: binding.tenantId,
    channelId: binding.channelId,
    channelName: binding.channelName ?? null,
    confidentiality: binding.confidentiality,
    boundAt: binding.boundAt ?? null,
  };
}

export function presentConversation(conversation: InstalledConversation) {
  return {
    id: conversation.id,
    platform: conversation.platform,
    tenantId: conversation.tenantId,
    channelId: conversation.channelId,
    name: conversation.channelName ?? null,
  };
}
