import { randomInt } from 'node:crypto';
import type { ChatUser } from '../../../bot/chat/port';
import { DomainError } from '../../domain/errors';
import { LinkCodeModel } from '../models/link-code';
import { PersonModel } from '../models/person';
import { UserModel } from '../models/user';
import { linkChatIdentity } from './chat-principal';

/** No 0/O, 1/I/L: the code is read off a screen and typed into a chat. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 8;
export const LINK_CODE_TTL_MS = 15 * 60_000;

export function newLinkCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}

/** A short-lived one-time code for the logged-in user's Person. */
export async function createChatLinkCode(
  userId: string,
  now: Date,
): Promise<{ code: string; expiresAt: Date }> {
  const user = await UserModel.findById(userId).lean();
  if (!user?.person) {
    throw new DomainError(
      'no_person',
      'Ihr Zugang ist mit keiner Person verknüpft; bitte wenden Sie sich an die Geschäftsstelle.',
    );
  }
  const expiresAt = new Date(now.getTime() + LINK_CODE_TTL_MS);
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = newLinkCode();
    try {
      await LinkCodeModel.create({ code, person: user.person, user: user._id, expiresAt });
      return { code, expiresAt };
    } catch (err) {
      if ((err as { code?: unknown }).code !== 11000) throw err;
    }
  }
  throw new Error('could not find a free link code');
}

/** Redeems a code once: links the chat user to the code's Person. Null when invalid, used or expired. */
export async function redeemChatLinkCode(
  code: string,
  user: ChatUser,
  now: Date,
): Promise<{ personName: string } | null> {
  const normalized = code.trim().toUpperCase();
  const redeemed = await LinkCodeModel.findOneAndUpdate(
    { code: normalized, usedAt: null, expiresAt: { $gt: now } },
    { $set: { usedAt: now } },
  ).lean();
  if (!redeemed) return null;
  await linkChatIdentity(redeemed.person, user, now);
  const person = await PersonModel.findById(redeemed.person).lean();
  return { personName: person?.name ?? '' };
}
