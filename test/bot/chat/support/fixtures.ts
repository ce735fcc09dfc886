import { makeKoelnDiko } from '../../../support/factories';
import { MeetingModel } from '../../../../server/store/models/meeting';
import { MembershipModel } from '../../../../server/store/models/membership';
import { PersonModel } from '../../../../server/store/models/person';
import { UserModel } from '../../../../server/store/models/user';
import type { ChatOrigin, ChatUser } from '../../../../bot/chat/port';

/** Names that must never appear in anything sent to a public channel. */
export const SECRET_ITEM = 'Grundstücksangelegenheit Vertragsverhandlung Geheim';
export const SECRET_SUPPLEMENT = 'Personalangelegenheit Nachtrag Vertraulich';
export const SECRET_WORDS = [
  'Grundstücksangelegenheit',
  'Vertragsverhandlung',
  'Personalangelegenheit',
  'Vertraulich',
];

export async function seedCommittee(now: Date) {
  const { body, committee } = await makeKoelnDiko();
  const office = await PersonModel.create({
    body: body._id,
    name: 'Frau Schmitz',
    familyName: 'Schmitz',
    email: ['schmitz@stadt-koeln.de'],
    isAdministration: true,
  });
  const member = await PersonModel.create({
    body: body._id,
    name: 'Herr Weber',
    familyName: 'Weber',
    email: ['weber@example.org'],
  });
  const outsider = await PersonModel.create({
    body: body._id,
    name: 'Frau Klein',
    familyName: 'Klein',
    email: ['klein@example.org'],
  });
  await MembershipModel.create({
    person: member._id,
    organization: committee._id,
    role: 'Mitglied',
    votingRight: true,
  });
  const officeUser = await UserModel.create({
    username: `office-${committee._id.toString()}`,
    displayName: 'Frau Schmitz',
    roles: ['office'],
    officeCommitteeIds: [committee._id],
    person: office._id,
  });
  const memberUser = await UserModel.create({
    username: `member-${committee._id.toString()}`,
    displayName: 'Herr Weber',
    roles: ['member'],
    person: member._id,
  });
  const start = new Date(now.getTime() + 10 * 86_400_000);
  const meeting = await MeetingModel.create({
    body: body._id,
    organization: committee._id,
    name: '5. Sitzung des Unterausschusses',
    start,
    agendaItems: [
      { number: '1', order: 1, name: 'Anerkennung der Tagesordnung', public: true },
      { number: '2', order: 2, name: 'Digitalstrategie der Stadt', public: true },
      { number: '1', order: 3, name: SECRET_ITEM, public: false },
    ],
  });
  return { body, committee, office, member, outsider, officeUser, memberUser, meeting };
}

export function slackUser(userId: string, email?: string): ChatUser {
  return { platform: 'slack', tenantId: 'T1', userId, email, locale: 'de' };
}

export function channel(channelId: string, kind: ChatOrigin['kind'] = 'channel'): ChatOrigin {
  return { platform: 'slack', tenantId: 'T1', channelId, channelName: channelId.toLowerCase(), kind };
}

/** Every text of a neutral message (or platform payload) as one string, for leak checks. */
export function allText(value: unknown): string {
  return JSON.stringify(value);
}
