import { mayManageCommittee, type Actor } from '../access/principal';
import { DomainError } from '../errors';

export interface ChannelRef {
  platform: 'teams' | 'slack';
  tenantId: string;
  channelId: string;
  channelName?: string;
}

export interface BindingStore {
  /** Creates or reactivates the binding with this confidentiality. */
  bind(
    channel: ChannelRef,
    committeeId: string,
    confidentiality: 'public' | 'confidential',
    boundBy?: string,
  ): Promise<void>;
  /** Deactivates; returns the committees that were bound. */
  unbind(channel: Pick<ChannelRef, 'platform' | 'channelId'>, committeeId?: string): Promise<string[]>;
}

/** Binding a channel to a committee is the office's decision for that committee. */
export async function bindChannel(
  store: BindingStore,
  actor: Actor,
  channel: ChannelRef,
  committeeId: string,
  confidentiality: 'public' | 'confidential',
): Promise<void> {
  if (!mayManageCommittee(actor, committeeId))
    throw new DomainError('forbidden', 'Nur die Geschäftsführung darf Kanäle binden.');
  await store.bind(channel, committeeId, confidentiality, actor.kind === 'user' ? actor.userId : undefined);
}

export async function unbindChannel(
  store: BindingStore,
  actor: Actor,
  channel: Pick<ChannelRef, 'platform' | 'channelId'>,
  committeeId: string,
): Promise<void> {
  if (!mayManageCommittee(actor, committeeId))
    throw new DomainError('forbidden', 'Nur die Geschäftsführung darf Bindungen lösen.');
  await store.unbind(channel, committeeId);
}
