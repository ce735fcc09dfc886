import type { Activity } from 'botbuilder';

/** Teams activities shaped like the real ones (trimmed to what the bot reads). */
export const TENANT = '72f988bf-0000-4000-8000-000000000001';
export const BOT = { id: '28:00000000-0000-4000-8000-00000000b07', name: 'Gremienbot' };
export const USER = {
  id: '29:1abc',
  name: 'Ute Muster',
  aadObjectId: '6b2d0000-0000-4000-8000-0000000000aa',
};
export const TEAM_ID = '19:team-general@thread.tacv2';
export const CHANNEL_ID = '19:digitalausschuss@thread.tacv2';
export const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';

let counter = 0;
const nextId = () => `act-${++counter}-${Math.random().toString(36).slice(2, 8)}`;

function base(
  conversation: Activity['conversation'],
  channelData: Record<string, unknown>,
): Partial<Activity> {
  return {
    id: nextId(),
    channelId: 'msteams',
    serviceUrl: SERVICE_URL,
    from: USER,
    recipient: BOT,
    conversation,
    channelData: { tenant: { id: TENANT }, ...channelData },
    locale: 'de-DE',
  };
}

export const personalConversation = (): Activity['conversation'] =>
  ({
    id: 'a:1personal-chat',
    conversationType: 'personal',
    tenantId: TENANT,
    isGroup: false,
  }) as Activity['conversation'];

export const channelConversation = (id = CHANNEL_ID): Activity['conversation'] =>
  ({ id, conversationType: 'channel', tenantId: TENANT, isGroup: true }) as Activity['conversation'];

/** Team-level events name the team; the General channel (id = team id) comes without a name. */
const teamChannelData = (channelId = CHANNEL_ID) => ({
  team: { id: TEAM_ID, name: 'Digitalausschuss' },
  channel: channelId === TEAM_ID ? { id: channelId } : { id: channelId, name: 'Sitzungen' },
});

export function personalMessage(text: string, overrides: Partial<Activity> = {}): Partial<Activity> {
  return { ...base(personalConversation(), {}), type: 'message', text, ...overrides };
}

export function channelMention(command: string, overrides: Partial<Activity> = {}): Partial<Activity> {
  return {
    ...base(channelConversation(`${CHANNEL_ID};messageid=1700000000000`), teamChannelData()),
    type: 'message',
    text: `<at>Gremienbot</at> ${command}`,
    entities: [{ type: 'mention', mentioned: BOT, text: '<at>Gremienbot</at>' }],
    ...overrides,
  };
}

export function channelMessageWithoutMention(text: string): Partial<Activity> {
  return { ...base(channelConversation(), teamChannelData()), type: 'message', text };
}

export function botAddedToTeam(): Partial<Activity> {
  return {
    ...base(channelConversation(TEAM_ID), { ...teamChannelData(TEAM_ID), eventType: 'teamMemberAdded' }),
    type: 'conversationUpdate',
    membersAdded: [BOT],
  };
}

export function botRemovedFromTeam(): Partial<Activity> {
  return {
    ...base(channelConversation(TEAM_ID), { ...teamChannelData(TEAM_ID), eventType: 'teamMemberRemoved' }),
    type: 'conversationUpdate',
    membersRemoved: [BOT],
  };
}

export function installationUpdate(
  action: 'add' | 'remove',
  conversation = personalConversation(),
): Partial<Activity> {
  return { ...base(conversation, {}), type: 'installationUpdate', action };
}

export function channelDeleted(channelId = CHANNEL_ID): Partial<Activity> {
  return {
    ...base(channelConversation(TEAM_ID), { ...teamChannelData(channelId), eventType: 'channelDeleted' }),
    type: 'conversationUpdate',
  };
}

export function cardActionInvoke(
  verb: string,
  data: Record<string, unknown>,
  conversation = personalConversation(),
): Partial<Activity> {
  return {
    ...base(conversation, {}),
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}

export function taskInvoke(
  name: 'task/fetch' | 'task/submit',
  data: Record<string, unknown>,
): Partial<Activity> {
  return {
    ...base(personalConversation(), {}),
    type: 'invoke',
    name,
    value: { data, context: { theme: 'default' } },
  };
}

export function submitMessage(value: Record<string, unknown>, replyToId = 'card-1'): Partial<Activity> {
  return { ...base(personalConversation(), {}), type: 'message', value, replyToId };
}
