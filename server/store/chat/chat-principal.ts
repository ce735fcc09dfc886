import type { Types } from 'mongoose';
import type { ChatUser } from '../../../bot/chat/port';
import type { Principal, Role } from '../../domain/access/principal';
import { PersonModel } from '../models/person';
import { UserModel } from '../models/user';
import { currentCommitteeIds } from '../current-committees';

/**
 * Who a chat user is: the Person linked to the chat identity; else the Person (or dashboard
 * login) with the e-mail address the platform reports, which is then linked. Null when unknown.
 */
export async function resolveChatPrincipal(user: ChatUser, now: Date): Promise<Principal | null> {
  const person = (await linkedPerson(user)) ?? (await personByEmail(user, now));
  if (!person) return null;
  const login = await UserModel.findOne({ person: person._id, disabled: { $ne: true } }).lean();
  return {
    kind: 'user',
    userId: login?._id.toString() ?? `person:${person._id.toString()}`,
    displayName: login?.displayName ?? person.name,
    roles: login ? (login.roles as Role[]) : ['member'],
    personId: person._id.toString(),
    officeCommitteeIds: login?.officeCommitteeIds.map(String) ?? [],
    memberCommitteeIds: await currentCommitteeIds(person._id, now),
    department: login?.department ?? undefined,
  };
}

interface PersonLite {
  _id: Types.ObjectId;
  name: string;
  chatIdentities?: { platform: string; userId: string; locale?: string | null }[];
}

async function linkedPerson(user: ChatUser): Promise<PersonLite | null> {
  const person = await PersonModel.findOne({
    chatIdentities: { $elemMatch: { platform: user.platform, userId: user.userId } },
  }).lean<PersonLite>();
  if (person) await rememberLocale(person, user);
  return person;
}

/** Direct messages go out in the language the user's chat client last reported. */
async function rememberLocale(person: PersonLite, user: ChatUser): Promise<void> {
  const identity = person.chatIdentities?.find(
    (i) => i.platform === user.platform && i.userId === user.userId,
  );
  if (!identity || identity.locale === user.locale) return;
  await PersonModel.updateOne(
    { _id: person._id, chatIdentities: { $elemMatch: { platform: user.platform, userId: user.userId } } },
    { $set: { 'chatIdentities.$.locale': user.locale } },
  );
}

async function personByEmail(user: ChatUser, now: Date): Promise<PersonLite | null> {
  const email = user.email?.trim().toLowerCase();
  if (!email) return null;
  let person = await PersonModel.findOne({ email: { $in: [email, user.email ?? email] } }).lean<PersonLite>();
  if (!person) {
    const login = await UserModel.findOne({ email, disabled: { $ne: true }, person: { $ne: null } }).lean();
    if (login?.person) person = await PersonModel.findById(login.person).lean<PersonLite>();
  }
  if (!person) return null;
  await linkChatIdentity(person._id, user, now);
  return person;
}

/** Attaches the chat identity to this person (and to no other). */
export async function linkChatIdentity(
  personId: Types.ObjectId | string,
  user: ChatUser,
  now: Date,
): Promise<void> {
  await PersonModel.updateMany(
    {
      _id: { $ne: personId },
      chatIdentities: { $elemMatch: { platform: user.platform, userId: user.userId } },
    },
    { $pull: { chatIdentities: { platform: user.platform, userId: user.userId } } },
  );
  await PersonModel.updateOne(
    {
      _id: personId,
      chatIdentities: { $not: { $elemMatch: { platform: user.platform, userId: user.userId } } },
    },
    {
      $push: {
        chatIdentities: {
          platform: user.platform,
          userId: user.userId,
          tenantId: user.tenantId,
          locale: user.locale,
          linkedAt: now,
        },
      },
    },
  );
}
