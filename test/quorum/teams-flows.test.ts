import type { Types } from 'mongoose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../bot/chat/message';
import { createMongoTeamsConversationStore } from '../../bot/teams/conversation-store';
import { berlin } from '../../server/domain/time/berlin';
import { processOnce } from '../../server/jobs/outbox/process-once';
import { AttendanceModel } from '../../server/store/models/attendance';
import { allText } from '../bot/chat/support/fixtures';
import { cardActionInvoke, channelConversation, channelMention } from '../bot/teams/support/activities';
import { cardsOf, createHarness, invokeResponseOf } from '../bot/teams/support/harness';
import { clearDatabase, connectTestDatabase } from '../jobs/support/connect';
import {
  AAD,
  TEAMS_CHANNEL,
  quorumConversation,
  quorumOutbox,
  seedChatWorld,
  sessionClock,
} from './support/chat-world';

const time = sessionClock();
let db: { stop: () => Promise<void> };
let world: Awaited<ReturnType<typeof seedChatWorld>>;

beforeAll(async () => {
  db = await connectTestDatabase();
});
afterAll(async () => db.stop());
beforeEach(async () => {
  await clearDatabase();
  time.set(14, 20);
  world = await seedChatWorld();
});

function teams() {
  return createHarness({
    conversations: quorumConversation(time.clock),
    store: createMongoTeamsConversationStore(),
    processOnce: (key, fn) => processOnce(key, fn),
  });
}

const from = (aadObjectId: string, name: string) => ({ from: { id: `29:${name}`, name, aadObjectId } });

async function eventsOf(person: { _id: Types.ObjectId }) {
  const doc = await AttendanceModel.findOne({ meeting: world.meeting._id, person: person._id }).lean();
  return (doc?.events ?? []).map((e) => ({ kind: e.kind, at: e.at, source: e.source }));
}

describe('quorum on Teams', () => {
  it('records "verlässt Frank 15:40" from a channel message of the office', async () => {
    const { send } = teams();
    await send(channelMention('anwesend Frank 14:00', from(AAD.office, 'Olga Marusich')));
    time.set(15, 41);
    const sent = await send(channelMention('verlässt Frank 15:40', from(AAD.office, 'Olga Marusich')));
    expect(allText(cardsOf(sent))).toContain('Herr Frank hat die Sitzung um 15:40 Uhr verlassen.');
    expect(await eventsOf(world.people.frank)).toEqual([
      { kind: 'arrive', at: berlin(2026, 3, 2, 14, 0), source: 'office' },
      { kind: 'leave', at: berlin(2026, 3, 2, 15, 40), source: 'office' },
    ]);
    const keys = (await quorumOutbox()).map((o) => o.key);
    expect(keys).toContain(`meeting:${String(world.meeting._id)}:quorum:teams:${TEAMS_CHANNEL}`);
  });

  it("checks a member in with the card's button (Action.Execute), once", async () => {
    const { send } = teams();
    await send(channelMention('anwesend Krupp 14:00', from(AAD.office, 'Olga Marusich')));
    const card = (await quorumOutbox()).find((o) => o.key.includes(':teams:'))!;
    const button = (card.message as ChatMessage).buttons![0]!;
    time.set(14, 25);
    const pressed = await send({
      ...cardActionInvoke(button.actionId, button.value, channelConversation(TEAMS_CHANNEL)),
      ...from(AAD.pohl, 'Stephan Pohl'),
    });
    expect(invokeResponseOf(pressed)?.status).toBe(200);
    expect(allText([...cardsOf(pressed), invokeResponseOf(pressed)?.body])).toContain(
      'Danke, Sie sind ab 14:25 Uhr als anwesend erfasst.',
    );
    const again = await send({
      ...cardActionInvoke(button.actionId, button.value, channelConversation(TEAMS_CHANNEL)),
      ...from(AAD.pohl, 'Stephan Pohl'),
    });
    expect(allText([...cardsOf(again), invokeResponseOf(again)?.body])).toContain(
      'Sie sind bereits seit 14:25 Uhr als anwesend erfasst.',
    );
    expect(await eventsOf(world.people.pohl)).toEqual([
      { kind: 'arrive', at: berlin(2026, 3, 2, 14, 25), source: 'self' },
    ]);
  });
});
