import { ErrorCode, WebClient, type WebAPICallError } from '@slack/web-api';
import type { ChatMessage } from '../chat/message';
import { ChatDeliveryError, type ChatDelivery, type ChatTarget, type PostedMessage } from '../chat/port';
import { renderMessage } from './blocks/render-message';
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

/** ChatDelivery for Slack: chat.postMessage and chat.update; the outbox does the retrying. */
export class SlackDelivery implements ChatDelivery {
  readonly platform = 'slack' as const;
  private readonly clients = new Map<string, WebClient>();

  constructor(private readonly options: SlackDeliveryOptions) {}

  async post(target: ChatTarget, message: ChatMessage): Promise<PostedMessage> {
    const client = await this.client(target.tenantId);
    const payload = renderMessage(message);
    const result = await translateErrors(() =>
      client.chat.postMessage({
        channel: target.channelId,
        ...payload,
        ...(target.threadId ? { thread_ts: target.threadId } : {}),
        unfurl_links: false,
      }),
    );
    const ts = result.ts;
    if (!ts) throw new ChatDeliveryError('permanent', 'chat.postMessage returned no ts');
    return {
      platform: 'slack',
      tenantId: target.tenantId,
      channelId: result.channel ?? target.channelId,
      messageId: ts,
      threadId: target.threadId ?? ts,
    };
  }

  async update(posted: PostedMessage, message: ChatMessage): Promise<void> {
    const client = await this.client(posted.tenantId);
    await translateErrors(() =>
      client.chat.update({ channel: posted.channelId, ts: posted.messageId, ...renderMessage(message) }),
    );
  }

  private async client(teamId: string): Promise<WebClient> {
    const { botToken } = await this.options.tokens(teamId);
    let client = this.clients.get(botToken);
    if (!client) {
      client = new WebClient(botToken, {
        slackApiUrl: this.options.slackApiUrl,
        rejectRateLimitedCalls: true,
        retryConfig: { retries: 0 },
      });
      this.clients.set(botToken, client);
    }
    return client;
  }
}

async function translateErrors<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    throw toDeliveryError(err as WebAPICallError);
  }
}

export function toDeliveryError(err: WebAPICallError | Error): ChatDeliveryError | Error {
  if (!('code' in err)) return err;
  switch (err.code) {
    case ErrorCode.RateLimitedError:
      return new ChatDeliveryError('rate_limited', 'Slack rate limit', err.retryAfter);
    case ErrorCode.PlatformError: {
      const code = String(err.data.error);
      return new ChatDeliveryError(TARGET_GONE.has(code) ? 'target_gone' : 'permanent', `Slack: ${code}`);
    }
    case ErrorCode.HTTPError:
      if (err.statusCode === 404 || err.statusCode === 403)
        return new ChatDeliveryError('target_gone', `Slack HTTP ${err.statusCode}`);
      return new ChatDeliveryError(
        err.statusCode >= 500 || err.statusCode === 408 ? 'temporary' : 'permanent',
        `Slack HTTP ${err.statusCode}`,
      );
    case ErrorCode.RequestError:
      return new ChatDeliveryError('temporary', `Slack unreachable: ${err.message}`);
    default:
      return err;
  }
}
