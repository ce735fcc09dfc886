import { createQuorumChatFeature } from '../../../bot/chat/quorum/feature';
import { chatQuorumCards } from '../../../bot/chat/quorum/presenters';
import { createAnnouncementDeps, createConversationHandler } from '../../../server/composition/chat';
import type { PresenceDeps } from '../../../server/domain/attendance/presence/ports';
import { berlin } from '../../../server/domain/time/berlin';
import { mongoPresenceStore } from '../../../server/store/attendance/presence-store';
import { ChannelBindingModel } from '../../../server/store/models/channel-binding';
import { OutboxMessageModel } from '../../../server/store/models/outbox-message';
import { PersonModel } from '../../../server/store/models/person';
import { makeUser } from '../../support/factories';
import { seedCommittee } from './committee';

export const TEAMS_TENANT = '72f988bf-0000-4000-8000-000000000001';
export const TEAMS_CHANNEL = '19:digitalausschuss@thread.tacv2';
export const AAD = {
  office: '6b2d0000-0000-4000-8000-0000000000bb',
  pohl: '6b2d0000-0000-4000-8000-0000000000aa',
};

/** A clock the test moves: the session of 02.03.2026, 14:00 to 17:00 (Berlin). */
export function sessionClock() {
  let now = berlin(2026, 3, 2, 14, 20);
  return {
    clock: () => now,
    set: (hour: number, minute: number) => {
      now = berlin(2026, 3, 2, hour, minute);
    },
  };
}

export const SESSION = { start: berlin(2026, 3, 2, 14, 0), end: berlin(2026, 3, 2, 17, 0) };

/**
 * The UA DiKO committee with today's session, chat identities on both platforms, an office login
 * for Frau Marusich, confidential channels on Slack (CCONF) and Teams, and a public Slack channel.
 */
export async function seedChatWorld() {
  const seeded = await seedCommittee(SESSION);
  const { people, committee } = seeded;
  const identities = (slack: string, aad?: string) => [
    { platform: 'slack', userId: slack, tenantId: 'T1' },
    ...(aad ? [{ platform: 'teams', userId: aad, tenantId: TEAMS_TENANT }] : []),
  ];
  await PersonModel.updateOne(
    { _id: people.marusich._id },
    { chatIdentities: identities('UOFFICE', AAD.office) },
  );
  await PersonModel.updateOne({ _id: people.pohl._id }, { chatIdentities: identities('UPOHL', AAD.pohl) });
  await PersonModel.updateOne({ _id: people.braun._id }, { chatIdentities: identities('UBRAUN') });
  await PersonModel.updateOne({ _id: people.former._id }, { chatIdentities: identities('UFORMER') });
  const office = await makeUser(`office-${String(committee._id)}`, ['office'], {
    officeCommitteeIds: [committee._id],
    person: people.marusich._id,
  });
  const bind = (
    platform: 'slack' | 'teams',
    tenantId: string,
    channelId: string,
    confidentiality: 'public' | 'confidential',
  ) =>
    ChannelBindingModel.create({
      platform,
      tenantId,
      channelId,
      organization: committee._id,
      confidentiality,
    });
  await bind('slack', 'T1', 'CCONF', 'confidential');
  await bind('slack', 'T1', 'CPUB', 'public');
  await bind('teams', TEAMS_TENANT, TEAMS_CHANNEL, 'confidential');
  return { ...seeded, office };
}

export function presenceDepsFor(clock: () => Date): PresenceDeps {
  return {
    store: mongoPresenceStore,
    announcements: createAnnouncementDeps({ clock }),
    cards: chatQuorumCards,
    clock,
  };
}

export function quorumConversation(clock: () => Date) {
  return createConversationHandler({ clock, features: [createQuorumChatFeature(presenceDepsFor(clock))] });
}

/** Outbox entries of the quorum card and its thread, oldest first. */
export async function quorumOutbox() {
  return OutboxMessageModel.find({ key: { $regex: ':quorum:' } })
    .sort({ createdAt: 1, _id: 1 })
    .lean();
}
