import { describe, expect, it } from 'vitest';
import type { Principal } from '../../../server/domain/access/principal';
import type { BindingStore, ChannelRef } from '../../../server/domain/announcements/bind-channel';
import {
  bindConversation,
  listCommitteeBindings,
  listInstalledConversations,
  unbindCommitteeChannel,
} from '../../../server/domain/announcements/channel-bindings';
import type { BoundChannel, ChannelDirectory } from '../../../server/domain/announcements/channel-directory';
import type { CommitteeRecord } from '../../../server/domain/committees/ports';

const committee: CommitteeRecord = {
  id: 'c1',
  body: 'b1',
  kind: 'committee',
  name: 'Unterausschuss Digitale Kommunikation und Organisation',
  shortName: 'UA DiKO',
  restartNumberingInNonPublic: false,
};
const user = (fields: Partial<Principal>): Principal => ({
  kind: 'user',
  userId: 'u1',
  displayName: 'Nutzer',
  roles: [],
  officeCommitteeIds: [],
  memberCommitteeIds: [],
  ...fields,
});
const office = user({ roles: ['office'], officeCommitteeIds: ['c1'] });
const otherOffice = user({ roles: ['office'], officeCommitteeIds: ['c2'] });
const head = user({ roles: ['head'] });
const member = user({ roles: ['member'], memberCommitteeIds: ['c1'] });
const installed = {
  id: 'k1',
  platform: 'teams' as const,
  tenantId: 't',
  channelId: '19:a',
  channelName: 'Allgemein',
};

/** Bindings in memory, read and written through both ports. */
function world() {
  const bindings: BoundChannel[] = [];
  const store: BindingStore = {
    async bind(channel: ChannelRef, committeeId, confidentiality) {
      const found = bindings.find((b) => b.channelId === channel.channelId && b.committeeId === committeeId);
      if (found) found.confidentiality = confidentiality;
      else bindings.push({ ...channel, id: `b${bindings.length + 1}`, committeeId, confidentiality });
    },
    async unbind(channel, committeeId) {
      const index = bindings.findIndex(
        (b) => b.channelId === channel.channelId && b.committeeId === committeeId,
      );
      return index < 0 ? [] : bindings.splice(index, 1).map((b) => b.committeeId);
    },
  };
  const channels: ChannelDirectory = {
    activeBindingsOf: async (committeeId) => bindings.filter((b) => b.committeeId === committeeId),
    activeBinding: async (id) => bindings.find((b) => b.id === id) ?? null,
    installedConversations: async () => [installed],
    installedConversation: async (id) => (id === installed.id ? installed : null),
    installedConversationAt: async ({ channelId, tenantId }) =>
      channelId === installed.channelId && tenantId === installed.tenantId ? installed : null,
  };
  const committees = { findById: async (id: string) => (id === committee.id ? committee : null) };
  return { bindings, stores: { bindings: store, channels, committees } };
}

describe('binding channels from the dashboard', () => {
  it('binds an installed conversation under its name and returns the stored binding', async () => {
    const { stores } = world();
    const { binding } = await bindConversation(
      stores,
      office,
      'c1',
      { conversationId: 'k1' },
      'confidential',
    );
    expect(binding).toMatchObject({
      channelId: '19:a',
      channelName: 'Allgemein',
      confidentiality: 'confidential',
    });
  });

  it('keeps the chat command’s rule: only the office of the committee binds and unbinds', async () => {
    const { stores, bindings } = world();
    for (const actor of [otherOffice, head, member])
      await expect(
        bindConversation(stores, actor, 'c1', { conversationId: 'k1' }, 'public'),
      ).rejects.toMatchObject({
        code: 'forbidden',
      });
    expect(bindings).toEqual([]);
    const { binding } = await bindConversation(stores, office, 'c1', { conversationId: 'k1' }, 'public');
    await expect(unbindCommitteeChannel(stores, otherOffice, 'c1', binding.id)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await unbindCommitteeChannel(stores, office, 'c1', binding.id);
    expect(bindings).toEqual([]);
  });

  it('refuses conversations the bot is not installed in, and unknown committees and bindings', async () => {
    const { stores } = world();
    const elsewhere = { platform: 'teams' as const, tenantId: 'other', channelId: '19:a' };
    await expect(bindConversation(stores, office, 'c1', elsewhere, 'public')).rejects.toMatchObject({
      code: 'conversation_not_installed',
    });
    await expect(
      bindConversation(stores, office, 'c9', { conversationId: 'k1' }, 'public'),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(unbindCommitteeChannel(stores, office, 'c1', 'b9')).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('shows bindings to the committee’s office and heads, and installed chats to office staff', async () => {
    const { stores } = world();
    await bindConversation(stores, office, 'c1', { conversationId: 'k1' }, 'public');
    expect(await listCommitteeBindings(stores, head, 'c1')).toHaveLength(1);
    await expect(listCommitteeBindings(stores, member, 'c1')).rejects.toMatchObject({ code: 'forbidden' });
    expect(await listInstalledConversations(stores.channels, otherOffice)).toEqual([installed]);
    await expect(listInstalledConversations(stores.channels, head)).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});
