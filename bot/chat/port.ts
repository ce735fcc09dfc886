import type { ChatMessage, Locale } from './message';

export type ChatPlatform = 'teams' | 'slack';

/** Where a message goes: a bound channel, a thread in it, or a direct message to a person. */
export interface ChatTarget {
  platform: ChatPlatform;
  /** Teams tenant id or Slack workspace (team) id. */
  tenantId: string;
  /** Teams conversation id or Slack channel id (for direct messages: the DM conversation/channel). */
  channelId: string;
  /** Reply in this thread (Teams reply chain id, Slack thread_ts). */
  threadId?: string;
  kind: 'channel' | 'direct';
}

/** A message that was posted, so it can be updated in place or replied to. */
export interface PostedMessage {
  platform: ChatPlatform;
  tenantId: string;
  channelId: string;
  messageId: string;
  /** The thread replies go to (the message itself for a top-level post). */
  threadId: string;
}

/** Outbound port; implemented once per platform with the same file names. */
export interface ChatDelivery {
  readonly platform: ChatPlatform;
  post(target: ChatTarget, message: ChatMessage): Promise<PostedMessage>;
  update(posted: PostedMessage, message: ChatMessage): Promise<void>;
  /**
   * The platform said this conversation is gone (403/404): the adapter forgets its own record of it
   * (Teams: the conversation reference). Called by the outbox when it deactivates the target.
   */
  conversationGone?(target: Pick<ChatTarget, 'platform' | 'tenantId' | 'channelId'>): Promise<void>;
}

/** Who wrote to the bot, as the platform tells it. */
export interface ChatUser {
  platform: ChatPlatform;
  tenantId: string;
  userId: string;
  displayName?: string;
  email?: string;
  locale: Locale;
}

/** Where an inbound command came from. */
export interface ChatOrigin {
  platform: ChatPlatform;
  tenantId: string;
  channelId: string;
  channelName?: string;
  kind: 'channel' | 'direct' | 'group';
}

/** Delivery failures the outbox understands; adapters translate platform errors into these. */
export class ChatDeliveryError extends Error {
  constructor(
    readonly kind: 'rate_limited' | 'target_gone' | 'temporary' | 'permanent',
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ChatDeliveryError';
  }
}
