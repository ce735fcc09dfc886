import { mayPickChatConversations, mayViewChannelBindings, type Actor } from '../access/principal';
import type { CommitteeRecord, CommitteeStore } from '../committees/ports';
import { DomainError } from '../errors';
import { bindChannel, unbindChannel, type BindingStore, type ChannelRef } from './bind-channel';
import type {
  BoundChannel,
  ChannelDirectory,
  Confidentiality,
  InstalledConversation,
} from './channel-directory';

/** The dashboard's side of channel binding; the rules stay in `bindChannel` and `unbindChannel`. */
export interface ChannelBindingStores {
  bindings: BindingStore;
  channels: ChannelDirectory;
  committees: Pick<CommitteeStore, 'findById'>;
}

/** A conversation picked from the installed ones, or named by platform, tenant and channel id. */
export type ConversationChoice =
  { conversationId: string } | Pick<ChannelRef, 'platform' | 'tenantId' | 'channelId'>;

export interface BindingChange {
  binding: BoundChannel;
  committee: CommitteeRecord;
}

const forbidden = (message: string) => new DomainError('forbidden', message);

async function loadCommittee(stores: ChannelBindingStores, committeeId: string): Promise<CommitteeRecord> {
  const committee = await stores.committees.findById(committeeId);
  if (!committee || committee.kind !== 'committee')
    throw new DomainError('not_found', 'Dieses Gremium gibt es nicht.', { id: committeeId });
  return committee;
}

async function installedConversation(
  channels: ChannelDirectory,
  choice: ConversationChoice,
): Promise<InstalledConversation> {
  const conversation =
    'conversationId' in choice
      ? await channels.installedConversation(choice.conversationId)
      : await channels.installedConversationAt(choice);
  if (!conversation)
    throw new DomainError(
      'conversation_not_installed',
      'Der Bot ist in diesem Kanal oder Gruppenchat nicht installiert. Bitte fügen Sie ihn dort zuerst hinzu.',
    );
  return conversation;
}

export async function listCommitteeBindings(
  stores: ChannelBindingStores,
  actor: Actor,
  committeeId: string,
): Promise<BoundChannel[]> {
  if (!mayViewChannelBindings(actor, committeeId))
    throw forbidden('Verbundene Kanäle sieht nur die Geschäftsführung des Gremiums.');
  await loadCommittee(stores, committeeId);
  return stores.channels.activeBindingsOf(committeeId);
}

export async function listInstalledConversations(
  channels: ChannelDirectory,
  actor: Actor,
): Promise<InstalledConversation[]> {
  if (!mayPickChatConversations(actor)) throw forbidden('Die Chats des Bots sieht nur die Geschäftsführung.');
  return channels.installedConversations();
}

/** Binds an installed channel or group chat to the committee (or changes its confidentiality). */
export async function bindConversation(
  stores: ChannelBindingStores,
  actor: Actor,
  committeeId: string,
  choice: ConversationChoice,
  confidentiality: Confidentiality,
): Promise<BindingChange> {
  const committee = await loadCommittee(stores, committeeId);
  const conversation = await installedConversation(stores.channels, choice);
  const { platform, tenantId, channelId, channelName } = conversation;
  await bindChannel(
    stores.bindings,
    actor,
    { platform, tenantId, channelId, channelName },
    committeeId,
    confidentiality,
  );
  const binding = (await stores.channels.activeBindingsOf(committeeId)).find(
    (bound) => bound.platform === platform && bound.channelId === channelId,
  );
  if (!binding) throw new Error(`binding of ${platform}:${channelId} to ${committeeId} was not stored`);
  return { binding, committee };
}

/** Ends one of the committee's bindings; the channel gets no more posts of this committee. */
export async function unbindCommitteeChannel(
  stores: ChannelBindingStores,
  actor: Actor,
  committeeId: string,
  bindingId: string,
): Promise<BindingChange> {
  const committee = await loadCommittee(stores, committeeId);
  const binding = await stores.channels.activeBinding(bindingId);
  if (!binding || binding.committeeId !== committeeId)
    throw new DomainError('not_found', 'Diese Kanalbindung gibt es nicht.', { id: bindingId });
  await unbindChannel(stores.bindings, actor, binding, committeeId);
  return { binding, committee };
}
