import { TurnContext, type Activity, type CloudAdapter, type ConversationReference } from 'botbuilder';
import type { ConnectorClient } from 'botframework-connector';
import type { ChatMessage } from '../chat/message';
import { ChatDeliveryError, type ChatDelivery, type ChatTarget, type PostedMessage } from '../chat/port';
import type { StoredTeamsConversation, TeamsConversationStore } from './conversation-store';
import { messageActivity } from './replies';

export interface TeamsDeliveryDeps {
  adapter: CloudAdapter;
  appId: string;
  store: TeamsConversationStore;
}

/** Proactive posts and in-place updates through the Bot Connector of each conversation. */
export function createTeamsDelivery({ adapter, appId, store }: TeamsDeliveryDeps): ChatDelivery {
  async function activeConversation(channelId: string): Promise<StoredTeamsConversation> {
    const record = await store.find(channelId);
    if (!record?.active)
      throw new ChatDeliveryError('target_gone', `Teams conversation ${channelId} is not installed`);
    return record;
  }

  /** Runs `send` in a proactive turn; failures come back here instead of ending in the adapter's onTurnError. */
  async function inConversation<T>(
    reference: Partial<ConversationReference>,
    operation: 'post' | 'update',
    send: (context: TurnContext) => Promise<T>,
  ): Promise<T> {
    type Outcome = { ok: true; value: T } | { ok: false; error: unknown };
    let outcome = { ok: false, error: new Error('turn did not run') } as Outcome;
    try {
      await adapter.continueConversationAsync(appId, reference, async (context) => {
        try {
          outcome = { ok: true, value: await send(context) };
        } catch (error) {
          outcome = { ok: false, error };
        }
      });
    } catch (error) {
      outcome = { ok: false, error };
    }
    if (!outcome.ok) throw toDeliveryError(outcome.error, operation);
    return outcome.value;
  }

  return {
    platform: 'teams',

    async post(target: ChatTarget, message: ChatMessage): Promise<PostedMessage> {
      const record = await activeConversation(target.channelId);
      const reference = referenceFor(record, target.threadId);
      const messageId = await inConversation(reference, 'post', async (context) => {
        // sendToConversation, not sendActivity: the latter would reply to the synthetic continuation activity.
        const activity = TurnContext.applyConversationReference({ ...messageActivity(message) }, reference);
        delete activity.replyToId;
        const response = await connectorOf(context).conversations.sendToConversation(
          reference.conversation!.id,
          activity as Activity,
        );
        return response.id;
      });
      if (!messageId) throw new ChatDeliveryError('temporary', 'Teams returned no message id');
      return {
        platform: 'teams',
        tenantId: record.tenantId,
        channelId: record.conversationId,
        messageId,
        threadId: target.threadId ?? messageId,
      };
    },

    async update(posted: PostedMessage, message: ChatMessage): Promise<void> {
      const record = await activeConversation(posted.channelId);
      const thread = posted.threadId !== posted.messageId ? posted.threadId : undefined;
      const reference = referenceFor(record, thread);
      await inConversation(reference, 'update', async (context) => {
        const activity = TurnContext.applyConversationReference(
          { ...messageActivity(message), id: posted.messageId },
          reference,
        );
        delete activity.replyToId;
        await connectorOf(context).conversations.updateActivity(
          reference.conversation!.id,
          posted.messageId,
          activity as Activity,
        );
      });
    },

    async conversationGone(target) {
      await store.deactivate(target.channelId);
    },
  };
}

type RetryingPipeline = { removePolicy(options: { phase: 'Retry' }): unknown };

function connectorOf(context: TurnContext): ConnectorClient {
  const client = context.turnState.get<ConnectorClient>(context.adapter.ConnectorClientKey);
  if (!client) throw new Error('The Teams turn has no connector client');
  // The outbox owns retries (Retry-After, backoff for 5xx); the HTTP pipeline's own three retries
  // would multiply them and hold a worker for minutes on a rate-limited channel.
  (client as unknown as { client?: { pipeline?: RetryingPipeline } }).client?.pipeline?.removePolicy({
    phase: 'Retry',
  });
  return client;
}

/** A reply in a channel thread goes to `<channel>;messageid=<root message>`. */
export function referenceFor(
  record: StoredTeamsConversation,
  threadId?: string,
): Partial<ConversationReference> {
  return {
    channelId: 'msteams',
    serviceUrl: record.serviceUrl,
    bot: { id: record.botId, name: '' },
    conversation: {
      id: threadId ? `${record.conversationId};messageid=${threadId}` : record.conversationId,
      conversationType: record.type,
      tenantId: record.tenantId,
      isGroup: record.type !== 'personal',
      name: record.name ?? '',
    },
  };
}

interface HttpFailure {
  statusCode?: number;
  code?: string;
  response?: {
    headers?: { get?(name: string): string | undefined } & Record<string, unknown>;
    bodyAsText?: string;
  };
}

/** Translates Bot Connector failures into what the outbox understands. */
export function toDeliveryError(error: unknown, operation: 'post' | 'update'): ChatDeliveryError {
  if (error instanceof ChatDeliveryError) return error;
  const failure = (error ?? {}) as HttpFailure;
  const status = failure.statusCode;
  const detail = `Teams ${operation} failed${status ? ` (${status})` : ''}: ${error instanceof Error ? error.message : String(error)}`;
  if (status === 429) return new ChatDeliveryError('rate_limited', detail, retryAfterSeconds(failure));
  if (status === 403) return new ChatDeliveryError('target_gone', detail);
  if (status === 404) {
    // For an update, 404 usually means the message was deleted, not that the conversation is gone.
    const conversationGone =
      operation === 'post' || /ConversationNotFound/i.test(failure.response?.bodyAsText ?? '');
    return new ChatDeliveryError(conversationGone ? 'target_gone' : 'permanent', detail);
  }
  if (status === undefined || status >= 500 || status === 401 || status === 408)
    return new ChatDeliveryError('temporary', detail);
  return new ChatDeliveryError('permanent', detail);
}

function retryAfterSeconds(failure: HttpFailure): number | undefined {
  const headers = failure.response?.headers;
  const raw =
    typeof headers?.get === 'function'
      ? headers.get('retry-after')
      : (headers?.['retry-after'] as string | undefined);
  if (!raw) return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}
