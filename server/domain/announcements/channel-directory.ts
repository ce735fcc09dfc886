import type { ChannelRef } from './bind-channel';

export type Confidentiality = 'public' | 'confidential';

/** An active binding of a chat channel to a committee. */
export interface BoundChannel extends ChannelRef {
  id: string;
  committeeId: string;
  confidentiality: Confidentiality;
  boundAt?: Date;
}

/** A channel or group chat the bot is installed in and may post to. */
export interface InstalledConversation extends ChannelRef {
  id: string;
}

/** Read side of the bindings and of the chats the bot was added to. */
export interface ChannelDirectory {
  /** Active bindings of the committee, by channel name. */
  activeBindingsOf(committeeId: string): Promise<BoundChannel[]>;
  /** The active binding with this id, or null. */
  activeBinding(bindingId: string): Promise<BoundChannel | null>;
  /** Channels and group chats (no personal chats) where the bot is installed and active. */
  installedConversations(): Promise<InstalledConversation[]>;
  installedConversation(conversationId: string): Promise<InstalledConversation | null>;
  installedConversationAt(
    channel: Pick<ChannelRef, 'platform' | 'tenantId' | 'channelId'>,
  ): Promise<InstalledConversation | null>;
}
