import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFollowUpChatFeature } from '../../bot/chat/follow-ups/feature';
import { createConversationHandler } from '../../server/composition/chat';
import { berlin } from '../../server/domain/time/berlin';
import { mongoFollowUpTrackingStore } from '../../server/store/follow-ups/tracking-store';
import { AuditEventModel } from '../../server/store/models/audit-event';
import { FollowUpModel } from '../../server/store/models/follow-up';
import { allText, channel, slackUser } from '../bot/chat/support/fixtures';
import { clearDatabase, connectTestDatabase } from '../jobs/support/connect';
import {
  controlledClock,
  instanceDeps,
  seedFollowUpWorld,
  storedFollowUp,
  type FollowUpWorld,
} from './support/world';

const time = controlledClock(berlin(2026, 3, 12, 10, 0));
let db: { stop: () => Promise<void> };
let world: FollowUpWorld;
const conversation = () =>
  createConversationHandler({
    clock: time.clock,
    features: [createFollowUpChatFeature(instanceDeps(time.clock))],
  });

beforeAll(async () => {
  db = await connectTestDatabase();
});
afterAll(async () => db.stop());
beforeEach(async () => {
  await clearDatabase();
  world = await seedFollowUpWorld();
  await storedFollowUp(world, { dueDate: berlin(2026, 3, 10), createdAt: berlin(2026, 2, 20) });
  await storedFollowUp(world, {
    dueDate: berlin(2026, 3, 31),
    createdAt: berlin(2026, 2, 20),
    ownerPerson: undefined,
    ownerDepartment: 'Amt 12',
    public: false,
    kind: 'zusage',
    title: 'Vertragsstrafe Rechenzentrum klären',
  });
});

describe('aufträge in chat', () => {
  it('lists the owner’s own and their department’s open items with the buttons, in the direct chat', async () => {
    const [summary, first, second] = await conversation().handleCommand(
      slackUser('UOWNER'),
      channel('DOWNER', 'direct'),
      'aufträge',
    );
    expect(summary).toMatchObject({
      title: 'Ihre offenen Aufträge',
      text: '2 offene Aufträge, davon 1 überfällig.',
    });
    expect(first).toMatchObject({
      title: 'Prüfauftrag „Glasfaser in Schulen prüfen“',
      text: 'Überfällig seit dem 11.03.2026.',
    });
    expect(first?.buttons?.map((b) => b.label)).toEqual(['Erledigt', 'Neue Frist beantragen']);
    expect(second?.title).toBe('Zusage „Vertragsstrafe Rechenzentrum klären“');
    expect(await AuditEventModel.countDocuments({ action: 'read', entityType: 'FollowUp' })).toBe(1);

    const colleague = await conversation().handleCommand(
      slackUser('UCOLLEAGUE'),
      channel('DCOLL', 'direct'),
      'aufträge',
    );
    expect(colleague.map((m) => m.title)).toEqual([
      'Ihre offenen Aufträge',
      'Zusage „Vertragsstrafe Rechenzentrum klären“',
    ]);
  });

  it('lists nothing in a channel, where non-public titles could be read by others', async () => {
    const answer = await conversation().handleCommand(slackUser('UOWNER'), channel('CPUB'), 'aufträge');
    expect(allText(answer)).toContain('Ihre Aufträge zeige ich nur im Direktchat.');
    expect(allText(answer)).not.toContain('Vertragsstrafe');
  });

  it('tells someone without items so, and names the command in the help', async () => {
    const answer = await conversation().handleCommand(
      slackUser('UOUTSIDER'),
      channel('DOUT', 'direct'),
      'tasks',
    );
    expect(answer.map((m) => m.text)).toEqual(['Sie haben keine offenen Aufträge.']);
    expect(
      allText(await conversation().handleCommand(slackUser('UOUTSIDER'), channel('DOUT', 'direct'), 'hilfe')),
    ).toContain('**aufträge**: Ihre offenen Zusagen, Prüf- und Arbeitsaufträge');
  });
});

describe('the reminder buttons when the database fails', () => {
  it('lets the failure surface instead of telling the owner the item does not exist', async () => {
    const failing = createConversationHandler({
      clock: time.clock,
      features: [
        createFollowUpChatFeature(
          instanceDeps(time.clock, {
            store: { ...mongoFollowUpTrackingStore, find: () => Promise.reject(new Error('Datenbank weg')) },
          }),
        ),
      ],
    });
    const id = String(
      (await FollowUpModel.findOne({ title: 'Vertragsstrafe Rechenzentrum klären' }).lean())!._id,
    );
    await expect(
      failing.handleAction(slackUser('UOWNER'), channel('DOWNER', 'direct'), 'followUp.close', {
        followUpId: id,
      }),
    ).rejects.toThrow('Datenbank weg');
  });
});
