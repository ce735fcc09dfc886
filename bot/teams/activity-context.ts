import { TurnContext, type Activity } from 'botbuilder';
import type { ChatOrigin, ChatTarget, ChatUser } from '../chat/port';
import type { TeamsConversationType } from '../../server/store/models/teams-conversation';
import type { TeamsConversationRecord } from './conversation-store';
import { localeFrom } from './texts';

/** Reads who wrote and where from a Teams activity. Pure. */

interface TeamsChannelData {
  tenant?: { id?: string };
  team?: { id?: string; name?: string };
  channel?: { id?: string; name?: string };
  eventType?: string;
}

export function channelDataOf(activity: Partial<Activity>): TeamsChannelData {
  return (activity.channelData ?? {}) as TeamsChannelData;
}

export function tenantIdOf(activity: Partial<Activity>): string {
  return activity.conversation?.tenantId ?? channelDataOf(activity).tenant?.id ?? '';
}

/** Replies in a channel thread arrive as `19:…@thread.tacv2;messageid=…`; the channel is the part before. */
export function baseConversationId(conversationId: string): string {
  return conversationId.split(';messageid=')[0] ?? conversationId;
}

export function conversationTypeOf(activity: Partial<Activity>): TeamsConversationType {
  const type = activity.conversation?.conversationType;
  return type === 'channel' || type === 'groupChat' ? type : 'personal';
}

export function chatUserFrom(activity: Partial<Activity>): ChatUser {
  const from = activity.from;
  return {
    platform: 'teams',
    tenantId: tenantIdOf(activity),
    userId: from?.aadObjectId ?? from?.id ?? '',
    ...(from?.name ? { displayName: from.name } : {}),
    locale: localeFrom(activity.locale),
  };
}

export function chatOriginFrom(activity: Partial<Activity>): ChatOrigin {
  const type = conversationTypeOf(activity);
  const channelName = channelDataOf(activity).channel?.name ?? activity.conversation?.name;
  return {
    platform: 'teams',
    tenantId: tenantIdOf(activity),
    channelId: baseConversationId(activity.conversation?.id ?? ''),
    ...(channelName ? { channelName } : {}),
    kind: type === 'channel' ? 'channel' : type === 'groupChat' ? 'group' : 'direct',
  };
}

export function conversationRecordFrom(activity: Partial<Activity>): TeamsConversationRecord {
  const channelData = channelDataOf(activity);
  const type = conversationTypeOf(activity);
  const name = channelData.channel?.name ?? channelData.team?.name ?? activity.conversation?.name;
  return {
    conversationId: baseConversationId(activity.conversation?.id ?? ''),
    type,
    tenantId: tenantIdOf(activity),
    ...(channelData.team?.id ? { teamId: channelData.team.id } : {}),
    ...(name ? { name } : {}),
    serviceUrl: activity.serviceUrl ?? '',
    botId: activity.recipient?.id ?? '',
    ...(type === 'personal' && activity.from?.aadObjectId
      ? { userAadObjectId: activity.from.aadObjectId }
      : {}),
  };
}

export function chatTargetOf(record: TeamsConversationRecord): ChatTarget {
  return {
    platform: 'teams',
    tenantId: record.tenantId,
    channelId: record.conversationId,
    kind: record.type === 'personal' ? 'direct' : 'channel',
  };
}

/**
 * The command text: in channels and group chats the bot only reacts when @mentioned, and the
 * mention (`<at>Gremienbot</at>`) is removed; in a personal chat every message is a command.
 * Undefined when the message is not meant for the bot.
 */
export function commandTextOf(activity: Activity): string | undefined {
  const type = conversationTypeOf(activity);
  if (type !== 'personal') {
    const mentioned = TurnContext.getMentions(activity).some(
      (mention) => mention.mentioned?.id === activity.recipient?.id,
    );
    if (!mentioned) return undefined;
  }
  const text = type === 'personal' ? (activity.text ?? '') : TurnContext.removeRecipientMention(activity);
  return text
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
