import type { ChatMessage, Locale } from '../../../bot/chat/message';
import type { ChatPlatform } from '../../../bot/chat/port';
import type { OutboxPort } from '../announcements/ports';

/** Where the bot can write to a person directly (a Slack DM, a Teams personal chat). */
export interface DirectAddress {
  platform: ChatPlatform;
  tenantId: string;
  channelId: string;
  /** The language the person last wrote to the bot in on this platform (German when unknown). */
  locale?: Locale;
}

/** A message, or how to write it in the reader's language. */
export type DirectContent = ChatMessage | ((locale: Locale) => ChatMessage);

function contentFor(content: DirectContent, address: DirectAddress): ChatMessage {
  return typeof content === 'function' ? content(address.locale ?? 'de') : content;
}

function targetOf(address: DirectAddress) {
  return {
    platform: address.platform,
    tenantId: address.tenantId,
    channelId: address.channelId,
    kind: 'direct' as const,
  };
}

export interface DirectAddressBook {
  /** Every platform on which the person can be reached; empty when not linked or not installed. */
  addressesOf(personId: string): Promise<DirectAddress[]>;
}

export interface DirectMessageDeps {
  addresses: DirectAddressBook;
  outbox: OutboxPort;
}

/** The outbox key of a direct message to one address; `key` names the message (e.g. `attendance:<m>:<p>:request`). */
export function directKey(key: string, address: DirectAddress): string {
  return `dm:${key}:${address.platform}:${address.channelId}`;
}

/**
 * Queues `message` to every address of the person, once per key (a retry or a second instance
 * sends nothing twice). Returns how many addresses the person has: 0 means they cannot be reached
 * in chat, which callers report rather than ignore.
 */
export async function sendDirect(
  deps: DirectMessageDeps,
  personId: string,
  key: string,
  message: DirectContent,
): Promise<number> {
  const addresses = await deps.addresses.addressesOf(personId);
  if (addresses.length === 0) return 0;
  await deps.outbox.enqueue(
    addresses.map((address) => ({
      key: directKey(key, address),
      operation: 'post' as const,
      target: targetOf(address),
      message: contentFor(message, address),
    })),
  );
  return addresses.length;
}

/** Replaces a direct message sent with `sendDirect` under `key` (e.g. the request card after an answer). */
export async function updateDirect(
  deps: DirectMessageDeps,
  personId: string,
  key: string,
  message: DirectContent,
): Promise<void> {
  const addresses = await deps.addresses.addressesOf(personId);
  for (const address of addresses) {
    await deps.outbox.enqueueUpdate({
      key: `${directKey(key, address)}:update`,
      operation: 'update',
      updates: directKey(key, address),
      target: targetOf(address),
      message: contentFor(message, address),
    });
  }
}
