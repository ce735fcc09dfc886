import type { ChatMessage } from '../../../bot/chat/message';
import {
  ChatDeliveryError,
  type ChatDelivery,
  type ChatPlatform,
  type ChatTarget,
  type PostedMessage,
} from '../../../bot/chat/port';

export interface Sent {
  operation: 'post' | 'update';
  channelId: string;
  threadId?: string;
  messageId: string;
  message: ChatMessage;
  /** The message's text, for short assertions. */
  text?: string;
  /** performance.now() when the call arrived. */
  at: number;
}

/** Records what would reach the platform; `failNext` queues errors per channel. */
export class FakeDelivery implements ChatDelivery {
  readonly sent: Sent[] = [];
  private readonly failures = new Map<string, ChatDeliveryError[]>();
  private counter = 0;

  constructor(readonly platform: ChatPlatform = 'slack') {}

  failNext(channelId: string, ...errors: ChatDeliveryError[]): void {
    this.failures.set(channelId, [...(this.failures.get(channelId) ?? []), ...errors]);
  }

  async post(target: ChatTarget, message: ChatMessage): Promise<PostedMessage> {
    this.beforeSend(target.channelId);
    const messageId = `m${++this.counter}`;
    this.sent.push({
      operation: 'post',
      channelId: target.channelId,
      threadId: target.threadId,
      messageId,
      message,
      text: message.text,
      at: performance.now(),
    });
    return {
      platform: this.platform,
      tenantId: target.tenantId,
      channelId: target.channelId,
      messageId,
      threadId: target.threadId ?? messageId,
    };
  }

  async update(posted: PostedMessage, message: ChatMessage): Promise<void> {
    this.beforeSend(posted.channelId);
    this.sent.push({
      operation: 'update',
      channelId: posted.channelId,
      messageId: posted.messageId,
      message,
      text: message.text,
      at: performance.now(),
    });
  }

  sentTo(channelId: string): Sent[] {
    return this.sent.filter((send) => send.channelId === channelId);
  }

  /** Runs before every call reaches the "platform": throws the next queued failure of the channel. */
  protected beforeSend(channelId: string): void {
    const error = this.failures.get(channelId)?.shift();
    if (error) throw error;
  }
}
