import type { ChatDelivery, ChatTarget } from '../../../bot/chat/port';
import { ChannelBindingModel } from '../../store/models/channel-binding';
import { ChatConversationModel } from '../../store/models/chat-conversation';
import { OutboxMessageModel } from '../../store/models/outbox-message';

/**
 * The platform said the channel is gone or the bot was removed (403/404): stop posting there.
 * The one place for it: bindings and the neutral conversation are deactivated, waiting messages
 * to it are dropped, and the platform's adapter forgets its own record (`conversationGone`).
 */
export async function deactivateTarget(
  target: Pick<ChatTarget, 'platform' | 'tenantId' | 'channelId'>,
  now: Date,
  delivery?: Pick<ChatDelivery, 'conversationGone'>,
): Promise<void> {
  const where = { platform: target.platform, channelId: target.channelId };
  await delivery?.conversationGone?.(target);
  await ChannelBindingModel.updateMany(where, { $set: { active: false } });
  await ChatConversationModel.updateMany(where, { $set: { active: false, deactivatedAt: now } });
  await OutboxMessageModel.updateMany(
    { 'target.platform': target.platform, 'target.channelId': target.channelId, status: 'pending' },
    { $set: { status: 'dropped', lastError: 'target gone' } },
  );
}

/** The app was removed from a whole workspace or tenant. */
export async function deactivateWorkspace(platform: ChatTarget['platform'], tenantId: string): Promise<void> {
  const where = { platform, tenantId };
  await ChannelBindingModel.updateMany(where, { $set: { active: false } });
  await ChatConversationModel.updateMany(where, { $set: { active: false, deactivatedAt: new Date() } });
  await OutboxMessageModel.updateMany(
    { 'target.platform': platform, 'target.tenantId': tenantId, status: 'pending' },
    { $set: { status: 'dropped', lastError: 'workspace gone' } },
  );
}
