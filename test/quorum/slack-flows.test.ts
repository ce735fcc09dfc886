import type { Types } from 'mongoose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../bot/chat/message';
import { renderMessage } from '../../bot/slack/blocks/render-message';
import { berlin } from '../../server/domain/time/berlin';
import { AttendanceModel } from '../../server/store/models/attendance';
import { clearDatabase, connectTestDatabase } from '../jobs/support/connect';
import { quorumOutbox, seedChatWorld, sessionClock } from './support/chat-world';
import { startQuorumSlack } from './support/slack';

const time = sessionClock();
let db: { stop: () => Promise<void> };
let slack: Awaited<ReturnType<typeof startQuorumSlack>>;
let world: Awaited<ReturnType<typeof seedChatWorld>>;

beforeAll(async () => {
  db = await connectTestDatabase();
  slack = await startQuorumSlack(time.clock);
});
afterAll(async () => {
  await slack.stop();
  await db.stop();
});
beforeEach(async () => {
  await clearDatabase();
  time.set(14, 20);
  world = await seedChatWorld();
});

async function eventsOf(person: { _id: Types.ObjectId }) {
  const doc = await AttendanceModel.findOne({ meeting: world.meeting._id, person: person._id }).lean();
  return (doc?.events ?? []).map((e) => ({ kind: e.kind, at: e.at, source: e.source }));
}

describe('quorum on Slack', () => {
  it('/gremium anwesend Pohl 14:15 records the arrival and queues the live card', async () => {
    const { status, text } = await slack.gremium('UOFFICE', 'anwesend Pohl 14:15', 'CCONF');
    expect(status).toBe(200);
    expect(text).toContain('Herr Pohl ist anwesend ab 14:15 Uhr.');
    expect(await eventsOf(world.people.pohl)).toEqual([
      { kind: 'arrive', at: berlin(2026, 3, 2, 14, 15), source: 'office' },
    ]);
    const keys = (await quorumOutbox()).map((o) => o.key);
    expect(keys).toContain(`meeting:${String(world.meeting._id)}:quorum:slack:CCONF`);
  });

  it('refuses a member recording for someone else, storing nothing', async () => {
    const { text } = await slack.gremium('UBRAUN', 'anwesend Pohl 14:15', 'CCONF');
    expect(text).toContain('Für andere darf nur die Geschäftsführung des Ausschusses erfassen.');
    expect(await eventsOf(world.people.pohl)).toEqual([]);
  });

  it('the card\'s "Ich bin da" button (block_actions) checks the presser in once', async () => {
    await slack.gremium('UOFFICE', 'anwesend Krupp 14:00', 'CCONF');
    const [card] = await quorumOutbox();
    const actions = renderMessage(card!.message as ChatMessage).blocks.find((b) => b.type === 'actions') as {
      elements: { action_id: string; value: string; text: { text: string } }[];
    };
    const button = actions.elements[0]!;
    expect(button.text.text).toBe('Ich bin da');

    time.set(14, 22);
    const first = await slack.press('UBRAUN', 'CCONF', button);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ response_type: 'ephemeral' });
    expect(first.text).toContain('Danke, Sie sind ab 14:22 Uhr als anwesend erfasst.');
    const again = await slack.press('UBRAUN', 'CCONF', button);
    expect(again.text).toContain('Sie sind bereits seit 14:22 Uhr als anwesend erfasst.');
    expect(await eventsOf(world.people.braun)).toEqual([
      { kind: 'arrive', at: berlin(2026, 3, 2, 14, 22), source: 'self' },
    ]);
    const update = (await quorumOutbox()).find((o) => o.key.endsWith('quorum:slack:CCONF:update'));
    expect(JSON.stringify(update?.message)).toContain('**Herr Braun**: anwesend seit 14:22 Uhr');
  });
});
