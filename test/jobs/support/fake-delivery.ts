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
    this.throwIfFailing(target.channelId);
    const messageId = `m${++this.counter}`;
    this.sent.push({
      operation: 'post',
      channelId: target.channelId,
      threadId: target.threadId,
      messageId,
      message,
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
    this.throwIfFailing(posted.channelId);
    this.sent.push({
      operation: 'update',
      channelId: posted.channelId,
      messageId: posted.messageId,
      message,
    });
  }

  private throwIfFailing(channelId: string): void {
    const error = this.failures.get(channelId)?.shift();
    if (error) throw error;
  }
}
