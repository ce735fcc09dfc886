import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFollowUpChatFeature } from '../../bot/chat/follow-ups/feature';
import type { ChatMessage } from '../../bot/chat/message';
import { FORM_SUBMIT_VERB } from '../../bot/teams/cards/card-data';
import { createMongoTeamsConversationStore } from '../../bot/teams/conversation-store';
import { createConversationHandler } from '../../server/composition/chat';
import { runFollowUpReminders } from '../../server/domain/follow-ups/reminders';
import { berlin } from '../../server/domain/time/berlin';
import { processOnce } from '../../server/jobs/outbox/process-once';
import { FollowUpModel } from '../../server/store/models/follow-up';
import { OutboxMessageModel } from '../../server/store/models/outbox-message';
import { allText } from '../bot/chat/support/fixtures';
import { cardActionInvoke } from '../bot/teams/support/activities';
import { cardsOf, createHarness, invokeResponseOf } from '../bot/teams/support/harness';
import { clearDatabase, connectTestDatabase } from '../jobs/support/connect';
import {
  controlledClock,
  instanceDeps,
  seedFollowUpWorld,
  storedFollowUp,
  type FollowUpWorld,
} from './support/world';

const time = controlledClock(berlin(2026, 3, 3, 8, 30));
let db: { stop: () => Promise<void> };
let world: FollowUpWorld;
let followUpId: string;

beforeAll(async () => {
  db = await connectTestDatabase();
});
afterAll(async () => db.stop());
beforeEach(async () => {
  await clearDatabase();
  world = await seedFollowUpWorld();
  followUpId = (await storedFollowUp(world, { dueDate: berlin(2026, 3, 10), createdAt: berlin(2026, 2, 20) }))
    .id;
  await runFollowUpReminders(instanceDeps(time.clock), time.clock());
});

function teamsAs(email: string) {
  return createHarness({
    conversations: createConversationHandler({
      clock: time.clock,
      features: [createFollowUpChatFeature(instanceDeps(time.clock))],
    }),
    store: createMongoTeamsConversationStore(),
    processOnce: (key, fn) => processOnce(key, fn),
    lookupEmail: async () => email,
  });
}

/** The submit data a Teams form card carries (form id, state and the form itself), wherever the action sits. */
function submitData(node: unknown): Record<string, unknown> {
  const found = findFormData(node);
  if (!found) throw new Error('no form submit data in the card');
  return found;
}

function findFormData(node: unknown): Record<string, unknown> | undefined {
  if (Array.isArray(node)) return node.map(findFormData).find(Boolean);
  if (typeof node !== 'object' || node === null) return undefined;
  const record = node as Record<string, unknown>;
  if ('_form' in record) return record;
  return Object.values(record).map(findFormData).find(Boolean);
}

async function reminderButton(actionId: string) {
  const [queued] = await OutboxMessageModel.find({ key: { $regex: ':reminder:7d:' } }).lean();
  return (queued!.message as ChatMessage).buttons!.find((b) => b.actionId === actionId)!;
}

describe('reminder buttons on Teams', () => {
  it('"Erledigt" (Action.Execute) opens the form; its submit closes the item', async () => {
    const { send } = teamsAs('rossbach@stadt-koeln.de');
    const button = await reminderButton('followUp.close');
    const opened = await send(cardActionInvoke(button.actionId, button.value));
    expect(invokeResponseOf(opened)?.body).toMatchObject({
      type: 'application/vnd.microsoft.activity.message',
    });
    const [form] = cardsOf(opened);
    expect(allText(form)).toContain('Erledigungsvermerk');
    const data = submitData(form!);
    expect(data._state).toEqual({ followUpId });

    const rejected = await send(cardActionInvoke(FORM_SUBMIT_VERB, { ...data, completionNote: '' }));
    expect(allText(invokeResponseOf(rejected)?.body)).toContain('Bitte ausfüllen.');
    expect((await FollowUpModel.findById(followUpId).lean())?.status).toBe('offen');

    const accepted = await send(
      cardActionInvoke(FORM_SUBMIT_VERB, { ...data, completionNote: 'Alle Schulen sind angeschlossen.' }),
    );
    expect(allText(invokeResponseOf(accepted)?.body)).toContain(
      'Danke! „Glasfaser in Schulen prüfen“ ist als erledigt gemeldet.',
    );
    expect(await FollowUpModel.findById(followUpId).lean()).toMatchObject({
      status: 'erledigt',
      completionNote: 'Alle Schulen sind angeschlossen.',
      completedByName: 'Herr Rossbach',
    });

    const again = await send(cardActionInvoke(button.actionId, button.value));
    expect(allText(cardsOf(again))).toContain('Dieser Auftrag ist bereits erledigt oder aufgehoben.');
  });

  it('"Neue Frist beantragen" opens the date form; an earlier date is refused, a later one requested', async () => {
    const { send } = teamsAs('rossbach@stadt-koeln.de');
    const button = await reminderButton('followUp.requestDueDate');
    const [form] = cardsOf(await send(cardActionInvoke(button.actionId, button.value)));
    expect(allText(form)).toContain('Input.Date');
    const data = submitData(form!);
    const earlier = await send(
      cardActionInvoke(FORM_SUBMIT_VERB, { ...data, requestedDueDate: '2026-03-09', reason: 'Urlaub' }),
    );
    expect(allText(invokeResponseOf(earlier)?.body)).toContain(
      'Die neue Frist muss nach der bisherigen (10.03.2026) liegen.',
    );
    const ok = await send(
      cardActionInvoke(FORM_SUBMIT_VERB, {
        ...data,
        requestedDueDate: '2026-04-15',
        reason: 'Ausschreibung läuft',
      }),
    );
    expect(allText(invokeResponseOf(ok)?.body)).toContain(
      'Ihre Bitte um eine neue Frist bis 15.04.2026 ist bei der Geschäftsführung.',
    );
    const office = await OutboxMessageModel.find({ key: { $regex: ':due-date-request:' } }).lean();
    expect(office.map((o) => o.target?.channelId)).toEqual(['UOFFICE']);
    expect((office[0]?.message as ChatMessage | undefined)?.buttons?.map((b) => b.label)).toEqual([
      'Frist genehmigen',
      'Ablehnen',
    ]);
  });

  it('lets the office approve the requested due date from its message; the owner is told', async () => {
    const owner = teamsAs('rossbach@stadt-koeln.de');
    const [form] = cardsOf(await owner.send(cardActionInvoke('followUp.requestDueDate', { followUpId })));
    await owner.send(
      cardActionInvoke(FORM_SUBMIT_VERB, {
        ...submitData(form!),
        requestedDueDate: '2026-04-15',
        reason: 'Ausschreibung',
      }),
    );
    const [request] = await OutboxMessageModel.find({ key: { $regex: ':due-date-request:' } }).lean();
    const approve = (request!.message as ChatMessage).buttons!.find(
      (b) => b.actionId === 'followUp.approveDueDate',
    )!;

    const refused = await owner.send(cardActionInvoke(approve.actionId, approve.value));
    expect(allText(cardsOf(refused))).toContain(
      'Über eine neue Frist entscheidet die Geschäftsführung des Ausschusses.',
    );

    const office = teamsAs('schmitz@stadt-koeln.de');
    const approved = await office.send({
      ...cardActionInvoke(approve.actionId, approve.value),
      from: { id: '29:office', name: 'Frau Schmitz', aadObjectId: '6b2d0000-0000-4000-8000-0000000000bb' },
    });
    expect(allText(invokeResponseOf(approved)?.body)).toContain(
      'Die neue Frist für „Glasfaser in Schulen prüfen“ ist genehmigt: 15.04.2026.',
    );
    expect((await FollowUpModel.findById(followUpId).lean())?.dueDate).toEqual(berlin(2026, 4, 15));
    const told = await OutboxMessageModel.find({ key: { $regex: ':due-date-decision:' } }).lean();
    expect(told.map((t) => t.target?.channelId)).toEqual(['UOWNER']);
    expect(told[0]?.message).toMatchObject({
      title: 'Neue Frist genehmigt',
      text: '„Glasfaser in Schulen prüfen“ ist jetzt am 15.04.2026 fällig.',
    });
  });

  it('refuses kindly someone who is not the owner', async () => {
    const { send } = teamsAs('klein@example.org');
    const button = await reminderButton('followUp.close');
    const sent = await send(cardActionInvoke(button.actionId, button.value));
    expect(allText(cardsOf(sent))).toContain(
      'Diesen Auftrag kann nur die zuständige Stelle oder die Geschäftsführung des Ausschusses bearbeiten.',
    );
    expect(allText(cardsOf(sent))).not.toContain('Erledigungsvermerk');
    expect((await FollowUpModel.findById(followUpId).lean())?.status).toBe('offen');
  });
});
