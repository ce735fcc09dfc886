import { del, get, itemsOf, post } from './client';

export type Confidentiality = 'public' | 'confidential';

/** A chat channel bound to a committee. */
export interface ChannelBinding {
  id: string;
  committeeId: string;
  platform: string;
  tenantId: string;
  channelId: string;
  channelName: string | null;
  confidentiality: Confidentiality;
}

/** A channel or group chat the bot is installed in. */
export interface ChatConversation {
  id: string;
  platform: string;
  tenantId: string;
  channelId: string;
  name: string | null;
}

const bindingsPath = (committeeId: string) =>
  `/api/v1/committees/${encodeURIComponent(committeeId)}/channel-bindings`;

export const fetchChannelBindings = async (committeeId: string) =>
  itemsOf(await get<{ items: ChannelBinding[] }>(bindingsPath(committeeId)));

export const fetchChatConversations = async () =>
  itemsOf(await get<{ items: ChatConversation[] }>('/api/v1/chat-conversations'));

export const bindConversation = (
  committeeId: string,
  conversationId: string,
  confidentiality: Confidentiality,
) => post<ChannelBinding>(bindingsPath(committeeId), { conversationId, confidentiality });

export const unbindChannel = (committeeId: string, bindingId: string) =>
  del<void>(`${bindingsPath(committeeId)}/${encodeURIComponent(bindingId)}`);
