import type { ChatMessage } from '../chat/message';
import { ChatDeliveryError, type ChatDelivery, type ChatTarget, type PostedMessage } from '../chat/port';
import { renderMessage } from './blocks/render-message';
import { SlackChatApi, type ChatWriteAnswer } from './chat-api';
import type { TokenSource } from './tokens';

/** Slack answers that mean the channel is gone for the bot: stop posting there. */
const TARGET_GONE = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'account_inactive',
  'team_not_found',
  'message_not_found',
  'cant_update_message',
  'token_revoked',
]);

export interface SlackDeliveryOptions {
  tokens: TokenSource;
  /** Fake Slack API in tests. */
  slackApiUrl?: string;
}

/** ChatDelivery for Slack: chat.postMessage and chat.update; the outbox does the retrying and pacing. */
export class SlackDelivery implements ChatDelivery {
  readonly platform = 'slack' as const;
  /** chat.postMessage and chat.update allow about one message per second per channel. */
  readonly channelIntervalMs = 1_000;
  private readonly api: SlackChatApi;

  constructor(private readonly options: SlackDeliveryOptions) {
    this.api = new SlackChatApi(options.slackApiUrl);
  }

  async post(target: ChatTarget, message: ChatMessage): Promise<PostedMessage> {
    const { botToken } = await this.options.tokens(target.tenantId);
    const answer = await this.write(botToken, 'chat.postMessage', {
      channel: target.channelId,
      ...renderMessage(message),
      ...(target.threadId ? { thread_ts: target.threadId } : {}),
      unfurl_links: false,
    });
    if (!answer.ts) throw new ChatDeliveryError('permanent', 'chat.postMessage returned no ts');
    return {
      platform: 'slack',
      tenantId: target.tenantId,
      channelId: answer.channel ?? target.channelId,
      messageId: answer.ts,
      threadId: target.threadId ?? answer.ts,
    };
  }

  async update(posted: PostedMessage, message: ChatMessage): Promise<void> {
    const { botToken } = await this.options.tokens(posted.tenantId);
    await this.write(botToken, 'chat.update', {
      channel: posted.channelId,
      ts: posted.messageId,
      ...renderMessage(message),
    });
  }

  private async write(
    token: string,
    method: 'chat.postMessage' | 'chat.update',
    body: Record<string, unknown>,
  ): Promise<Extract<ChatWriteAnswer, { ok: true }>> {
    let answer: ChatWriteAnswer;
    try {
      answer = await this.api.write(token, method, body);
    } catch (err) {
      throw new ChatDeliveryError('temporary', `Slack unreachable: ${(err as Error).message}`);
    }
    if (!answer.ok) throw toDeliveryError(answer);
    return answer;
  }
}

export function toDeliveryError(answer: Extract<ChatWriteAnswer, { ok: false }>): ChatDeliveryError {
  const { status, error } = answer;
  if (status === 429)
    return new ChatDeliveryError('rate_limited', 'Slack rate limit', answer.retryAfterSeconds);
  if (status === 200) {
    const code = error ?? 'unknown_error';
    return new ChatDeliveryError(TARGET_GONE.has(code) ? 'target_gone' : 'permanent', `Slack: ${code}`);
  }
  if (status === 404 || status === 403) return new ChatDeliveryError('target_gone', `Slack HTTP ${status}`);
  return new ChatDeliveryError(
    status >= 500 || status === 408 ? 'temporary' : 'permanent',
    `Slack HTTP ${status}`,
  );
}
