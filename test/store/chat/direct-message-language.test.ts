import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChatMessage, Locale } from '../../../bot/chat/message';
import type { ChatUser } from '../../../bot/chat/port';
import type { OutboxItem } from '../../../server/domain/announcements/ports';
import { sendDirect } from '../../../server/domain/notifications/direct-messages';
import { resolveChatPrincipal } from '../../../server/store/chat/chat-principal';
import { mongoDirectAddressBook } from '../../../server/store/chat/direct-addresses';
import { TeamsConversationModel } from '../../../server/store/models/teams-conversation';
import { makeBody, makePerson } from '../../support/factories';
import { clearDatabase, connectTestDatabase } from '../../jobs/support/connect';

let db: { stop: () => Promise<void> };
const now = new Date('2026-11-20T09:00:00Z');

beforeAll(async () => {
  db = await connectTestDatabase();
});
afterAll(async () => db.stop());
beforeEach(clearDatabase);

const greeting = (locale: Locale): ChatMessage => ({
  text: locale === 'de' ? 'Guten Tag' : 'Good morning',
  fallbackText: locale,
});

function user(platform: ChatUser['platform'], userId: string, locale: Locale): ChatUser {
  return { platform, tenantId: 'T1', userId, email: 'frank@example.org', locale };
}

async function sent(personId: string, key: string): Promise<OutboxItem[]> {
  const queued: OutboxItem[] = [];
  const outbox = {
    enqueue: async (items: OutboxItem[]) => {
      queued.push(...items);
      return items.length;
    },
    enqueueUpdate: async () => undefined,
  };
  await sendDirect({ addresses: mongoDirectAddressBook, outbox }, personId, key, greeting);
  return queued;
}

describe('the language of direct messages', () => {
  it('follows the language the person last wrote to the bot in, per platform', async () => {
    const body = await makeBody();
    const person = await makePerson(body._id, { email: ['frank@example.org'], chatIdentities: [] });
    const personId = person._id.toString();
    await resolveChatPrincipal(user('slack', 'UFRANK', 'en'), now);
    await resolveChatPrincipal(user('teams', 'aad-frank', 'de'), now);
    await TeamsConversationModel.create({
      conversationId: 'a:personal-frank',
      type: 'personal',
      tenantId: 'T1',
      serviceUrl: 'https://smba.example/',
      botId: '28:bot',
      userAadObjectId: 'aad-frank',
    });

    const first = await sent(personId, 'greeting:1');
    expect(first.map((item) => [item.target.channelId, item.message.text])).toEqual([
      ['UFRANK', 'Good morning'],
      ['a:personal-frank', 'Guten Tag'],
    ]);

    await resolveChatPrincipal(user('slack', 'UFRANK', 'de'), now);
    const second = await sent(personId, 'greeting:2');
    expect(second.map((item) => item.message.text)).toEqual(['Guten Tag', 'Guten Tag']);
  });

  it('is German for a person who never wrote in a known language', async () => {
    const body = await makeBody();
    const person = await makePerson(body._id, {
      chatIdentities: [{ platform: 'slack', userId: 'UOLD', tenantId: 'T1' }],
    });
    const queued = await sent(person._id.toString(), 'greeting:3');
    expect(queued.map((item) => item.message.text)).toEqual(['Guten Tag']);
  });
});
