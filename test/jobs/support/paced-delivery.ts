import type { ChatMessage } from '../../../bot/chat/message';
import {
  ChatDeliveryError,
  type ChatDelivery,
  type ChatTarget,
  type PostedMessage,
} from '../../../bot/chat/port';

export interface PacedSend {
  operation: 'post' | 'update';
  channelId: string;
  text?: string;
  threadId?: string;
  messageId: string;
  /** performance.now() when the call arrived. */
  at: number;
}

/**
 * A platform that allows one write per channel every `channelIntervalMs` (as Slack: about one per
 * second) and answers a faster one with a rate limit; it declares its interval, as SlackDelivery
 * does. `failNext` queues errors per channel.
 */
export class PacedDelivery implements ChatDelivery {
  readonly platform = 'slack' as const;
  readonly sent: PacedSend[] = [];
  rateLimited = 0;
  private readonly lastAccepted = new Map<string, number>();
  private readonly failures = new Map<string, ChatDeliveryError[]>();
  private counter = 0;

  constructor(readonly channelIntervalMs: number) {}

  failNext(channelId: string, ...errors: ChatDeliveryError[]): void {
    this.failures.set(channelId, [...(this.failures.get(channelId) ?? []), ...errors]);
  }

  async post(target: ChatTarget, message: ChatMessage): Promise<PostedMessage> {
    this.accept(target.channelId);
    const messageId = `m${++this.counter}`;
    this.sent.push({
      operation: 'post',
      channelId: target.channelId,
      text: message.text,
      threadId: target.threadId,
      messageId,
      at: performance.now(),
    });
    return {
      platform: 'slack',
      tenantId: target.tenantId,
      channelId: target.channelId,
      messageId,
      threadId: target.threadId ?? messageId,
    };
  }

  async update(posted: PostedMessage, message: ChatMessage): Promise<void> {
    this.accept(posted.channelId);
    this.sent.push({
      operation: 'update',
      channelId: posted.channelId,
      text: message.text,
      messageId: posted.messageId,
      at: performance.now(),
    });
  }

  sentTo(channelId: string): PacedSend[] {
    return this.sent.filter((send) => send.channelId === channelId);
  }

  private accept(channelId: string): void {
    const failure = this.failures.get(channelId)?.shift();
    if (failure) throw failure;
    const now = performance.now();
    const last = this.lastAccepted.get(channelId);
    if (last !== undefined && now - last < this.channelIntervalMs) {
      this.rateLimited++;
      throw new ChatDeliveryError('rate_limited', 'too fast', 1);
    }
    this.lastAccepted.set(channelId, now);
  }
}
