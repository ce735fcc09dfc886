import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createConversationHandler } from '../../../server/composition/chat';
import { createMongoTeamsConversationStore } from '../../../bot/teams/conversation-store';
import { processOnce } from '../../../server/jobs/outbox/process-once';
import { clearDatabase, connectTestDatabase } from '../../jobs/support/connect';
import { allText, seedCommittee } from '../chat/support/fixtures';
import { botAddedToTeam, personalMessage, TEAM_ID } from './support/activities';
import { cardsOf, createHarness } from './support/harness';

const now = new Date('2026-03-01T09:00:00Z');
let db: { stop: () => Promise<void> };

beforeAll(async () => {
  db = await connectTestDatabase();
});
afterAll(async () => db.stop());
beforeEach(async () => {
  await clearDatabase();
  await seedCommittee(now);
});

function teamsBotWithRealLayer(email?: string) {
  return createHarness({
    conversations: createConversationHandler({ clock: () => now }),
    store: createMongoTeamsConversationStore(),
    processOnce: (key, fn) => processOnce(key, fn),
    lookupEmail: async () => email,
  });
}

describe('Teams bot with the real conversation layer', () => {
  it('answers hilfe with the help card as an Adaptive Card 1.5', async () => {
    const { send } = teamsBotWithRealLayer();
    const [card] = cardsOf(await send(personalMessage('hilfe')));
    expect(card).toMatchObject({ version: '1.5' });
    expect(allText(card)).toContain('So arbeiten Sie mit dem Gremienbot');
  });

  it('recognises a member by the e-mail address Teams reports and lists their meetings, once per activity', async () => {
    const { send } = teamsBotWithRealLayer('weber@example.org');
    const activity = personalMessage('sitzungen');
    const first = await send(activity);
    expect(allText(cardsOf(first))).toContain('5. Sitzung des Unterausschusses');
    expect(await send(activity)).toHaveLength(0);
  });

  it('explains kindly to an unknown Teams user', async () => {
    const { send } = teamsBotWithRealLayer();
    expect(allText(cardsOf(await send(personalMessage('sitzungen'))))).toContain('verknüpfen');
  });

  it('remembers a team it was added to', async () => {
    const { send, store } = teamsBotWithRealLayer();
    await send(botAddedToTeam());
    expect(await store.find(TEAM_ID)).toMatchObject({ active: true, type: 'channel' });
  });
});
