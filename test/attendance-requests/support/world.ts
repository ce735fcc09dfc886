import { makeKoelnDiko } from '../../support/factories';
import { createWorkflowContext } from '../../../server/composition/workflow-context';
import type { Types } from 'mongoose';
import { createConversationHandler } from '../../../server/composition/chat';
import { createAttendanceRequestsWorkflow } from '../../../server/composition/attendance-requests';
import { ChannelBindingModel } from '../../../server/store/models/channel-binding';
import { MeetingModel } from '../../../server/store/models/meeting';
import { MEMBERSHIP_ROLES, MembershipModel } from '../../../server/store/models/membership';
import { OrganizationModel } from '../../../server/store/models/organization';
import { PersonModel } from '../../../server/store/models/person';
import { OutboxMessageModel } from '../../../server/store/models/outbox-message';
import type { ChatOrigin, ChatUser } from '../../../bot/chat/port';

export const DAY = 86_400_000;
export const NOW = new Date('2026-03-02T08:00:00Z');
export const SECRET_ITEM = 'Grundstücksvergabe Vertraulich';

/**
 * A committee of four voting members (seats 4, needed 3) with two Fraktionen and their substitutes,
 * all reachable on Slack, a meeting in four days and a public and a confidential Slack channel.
 */
export async function seedWorld(now: Date = NOW) {
  const { body, committee } = await makeKoelnDiko({ votingMemberCount: 4 });
  const spd = await OrganizationModel.create({
    body: body._id,
    kind: 'fraktion',
    name: 'SPD-Fraktion',
    shortName: 'SPD',
  });
  const cdu = await OrganizationModel.create({
    body: body._id,
    kind: 'fraktion',
    name: 'CDU-Fraktion',
    shortName: 'CDU',
  });
  const person = (familyName: string, formOfAddress: 'Herr' | 'Frau') =>
    PersonModel.create({
      body: body._id,
      name: `${formOfAddress} ${familyName}`,
      familyName,
      formOfAddress,
      chatIdentities: [{ platform: 'slack', userId: `U${familyName.toUpperCase()}`, tenantId: 'T1' }],
    });
  const seat = (
    who: { _id: Types.ObjectId },
    role: (typeof MEMBERSHIP_ROLES)[number],
    fraktion: { _id: Types.ObjectId } | undefined,
    extra: Record<string, unknown> = {},
  ) =>
    MembershipModel.create({
      person: who._id,
      organization: committee._id,
      role,
      votingRight: true,
      ...(fraktion ? { onBehalfOf: fraktion._id } : {}),
      ...extra,
    });
  const weber = await person('Weber', 'Herr');
  const pohl = await person('Pohl', 'Herr');
  const frank = await person('Frank', 'Frau');
  const schulz = await person('Schulz', 'Frau');
  const lang = await person('Lang', 'Frau');
  const berg = await person('Berg', 'Herr');
  const neu = await person('Neu', 'Herr');
  const klein = await person('Klein', 'Frau');
  const alt = await person('Alt', 'Herr');
  const start = new Date(now.getTime() + 4 * DAY);
  await seat(weber, 'Vorsitz', spd);
  await seat(pohl, 'Mitglied', spd);
  await seat(frank, 'Mitglied', cdu);
  await seat(schulz, 'Mitglied', cdu);
  // Same Fraktion as Pohl and Weber, names nobody: may stand in for SPD members.
  await seat(lang, 'Stellvertretendes Mitglied', spd);
  // Named for Frank only.
  await seat(berg, 'Stellvertretendes Mitglied', cdu, { mayRepresent: [frank._id] });
  // Substitute from the meeting day on: allowed, but not yet entitled to the non-public part.
  await seat(neu, 'Stellvertretendes Mitglied', spd, { startDate: new Date(now.getTime() + 2 * DAY) });
  await seat(klein, 'Sachkundiger Bürger', cdu, { votingRight: false });
  await seat(alt, 'Mitglied', spd, { endDate: new Date(now.getTime() + DAY) });
  const meeting = await MeetingModel.create({
    body: body._id,
    organization: committee._id,
    name: '5. Sitzung des Unterausschusses',
    start,
    agendaItems: [
      { number: '1', order: 1, name: 'Digitalstrategie der Stadt', public: true },
      { number: '1', order: 2, name: SECRET_ITEM, public: false },
    ],
  });
  for (const [channelId, confidentiality] of [
    ['CPUB', 'public'],
    ['CCONF', 'confidential'],
  ] as const) {
    await ChannelBindingModel.create({
      platform: 'slack',
      tenantId: 'T1',
      channelId,
      organization: committee._id,
      confidentiality,
    });
  }
  return {
    body,
    committee,
    spd,
    cdu,
    weber,
    pohl,
    frank,
    schulz,
    lang,
    berg,
    neu,
    klein,
    alt,
    meeting,
    start,
  };
}

export type World = Awaited<ReturnType<typeof seedWorld>>;

/** The workflow and a conversation with it, on the real store and outbox. */
export function workflowAt(clock: () => Date) {
  const context = createWorkflowContext({ clock });
  const workflow = createAttendanceRequestsWorkflow(context);
  const conversation = createConversationHandler({ clock, features: workflow.chat ? [workflow.chat] : [] });
  return { workflow, conversation, context };
}

export function slackUserOf(familyName: string, locale: 'de' | 'en' = 'de'): ChatUser {
  return { platform: 'slack', tenantId: 'T1', userId: `U${familyName.toUpperCase()}`, locale };
}

export function dmOf(familyName: string): ChatOrigin {
  return { platform: 'slack', tenantId: 'T1', channelId: `D${familyName.toUpperCase()}`, kind: 'direct' };
}

export async function outboxKeys(): Promise<string[]> {
  return (await OutboxMessageModel.find().sort({ key: 1 }).lean()).map((m) => m.key);
}

export async function outboxEntry(key: string) {
  return OutboxMessageModel.findOne({ key }).lean();
}
