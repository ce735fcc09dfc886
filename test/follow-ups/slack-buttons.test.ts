import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../bot/chat/message';
import { renderMessage } from '../../bot/slack/blocks/render-message';
import { runFollowUpReminders } from '../../server/domain/follow-ups/reminders';
import { berlin } from '../../server/domain/time/berlin';
import { FollowUpModel } from '../../server/store/models/follow-up';
import { OutboxMessageModel } from '../../server/store/models/outbox-message';
import { waitFor } from '../bot/slack/support/signed';
import { clearDatabase, connectTestDatabase } from '../jobs/support/connect';
import { startFollowUpSlack } from './support/slack';
import {
  controlledClock,
  instanceDeps,
  seedFollowUpWorld,
  storedFollowUp,
  type FollowUpWorld,
} from './support/world';

const time = controlledClock(berlin(2026, 3, 3, 8, 30));
let db: { stop: () => Promise<void> };
let slack: Awaited<ReturnType<typeof startFollowUpSlack>>;
let world: FollowUpWorld;
let followUpId: string;

beforeAll(async () => {
  db = await connectTestDatabase();
  slack = await startFollowUpSlack(time.clock);
  slack.api.users.set('UOWNER', { email: 'rossbach@stadt-koeln.de' });
  slack.api.users.set('UOUTSIDER', { email: 'klein@example.org' });
});
afterAll(async () => {
  await slack.stop();
  await db.stop();
});
beforeEach(async () => {
  await clearDatabase();
  slack.api.calls.length = 0;
  slack.api.responses.length = 0;
  world = await seedFollowUpWorld();
  followUpId = (await storedFollowUp(world, { dueDate: berlin(2026, 3, 10), createdAt: berlin(2026, 2, 20) }))
    .id;
  await runFollowUpReminders(instanceDeps(time.clock), time.clock());
});

/** The reminder's buttons as Slack shows them (Block Kit from the queued message). */
async function reminderButtons() {
  const [queued] = await OutboxMessageModel.find({ key: { $regex: ':reminder:7d:' } }).lean();
  const actions = renderMessage(queued!.message as ChatMessage).blocks.find((b) => b.type === 'actions');
  return (actions as { elements: { action_id: string; value: string; text: { text: string } }[] }).elements;
}

async function press(userId: string, button: { action_id: string; value: string }, triggerId: string) {
  return slack.interaction({
    type: 'block_actions',
    team: { id: 'T1' },
    user: { id: userId },
    trigger_id: triggerId,
    response_url: slack.api.responseUrl(triggerId),
    container: { type: 'message', message_ts: '1.1', channel_id: 'D1' },
    actions: [{ type: 'button', block_id: 'b', action_ts: '1', ...button }],
  });
}

function submission(
  userId: string,
  view: Record<string, unknown>,
  values: Record<string, Record<string, unknown>>,
) {
  return {
    type: 'view_submission',
    team: { id: 'T1' },
    user: { id: userId },
    view: {
      id: 'V1',
      team_id: 'T1',
      callback_id: view.callback_id,
      private_metadata: view.private_metadata,
      state: { values },
    },
  };
}

async function openedView(triggerId: string): Promise<Record<string, unknown>> {
  const call = await waitFor(() =>
    slack.api.callsTo('views.open').find((c) => c.body.trigger_id === triggerId),
  );
  const view = call.body.view;
  return (typeof view === 'string' ? JSON.parse(view) : view) as Record<string, unknown>;
}

describe('reminder buttons on Slack', () => {
  it('"Erledigt" opens the completion form; submitting it closes the item and thanks the owner', async () => {
    const [done, newDate] = await reminderButtons();
    expect([done?.text.text, newDate?.text.text]).toEqual(['Erledigt', 'Neue Frist beantragen']);
    expect((await press('UOWNER', done!, 'trig-done')).status).toBe(200);
    const view = await openedView('trig-done');
    expect(view.callback_id).toBe('followUp.complete');
    expect(JSON.parse(String(view.private_metadata))).toEqual({ followUpId });

    const empty = await slack.interaction(
      submission('UOWNER', view, {
        completionNote: { completionNote: { type: 'plain_text_input', value: ' ' } },
      }),
    );
    expect(empty.body).toEqual({ response_action: 'errors', errors: { completionNote: 'Bitte ausfüllen.' } });
    expect((await FollowUpModel.findById(followUpId).lean())?.status).toBe('offen');

    const closed = await slack.interaction(
      submission('UOWNER', view, {
        completionNote: {
          completionNote: { type: 'plain_text_input', value: 'Alle Schulen sind angeschlossen.' },
        },
      }),
    );
    expect(closed.status).toBe(200);
    expect(closed.text).toBe('');
    const stored = await FollowUpModel.findById(followUpId).lean();
    expect(stored).toMatchObject({ status: 'erledigt', completionNote: 'Alle Schulen sind angeschlossen.' });
    const thanks = await waitFor(() =>
      slack.api.callsTo('chat.postMessage').find((c) => c.body.channel === 'UOWNER'),
    );
    expect(JSON.stringify(thanks.body)).toContain(
      'Danke! „Glasfaser in Schulen prüfen“ ist als erledigt gemeldet.',
    );
    const announced = await OutboxMessageModel.find({
      key: { $regex: `^follow-up:${followUpId}:closed:` },
    }).lean();
    expect(announced.map((a) => a.target?.channelId).sort()).toEqual(['CCONF', 'CPUB']);
    const office = await OutboxMessageModel.findOne({
      key: `dm:follow-up:${followUpId}:closed:office:slack:UOFFICE`,
    }).lean();
    expect(office?.message).toMatchObject({
      title: 'Erledigt: Prüfauftrag „Glasfaser in Schulen prüfen“',
      text: 'Alle Schulen sind angeschlossen.',
    });
  });

  it('"Neue Frist beantragen" opens a date form; a past date is refused inline, a later one is requested', async () => {
    const [, newDate] = await reminderButtons();
    await press('UOWNER', newDate!, 'trig-date');
    const view = await openedView('trig-date');
    expect(view.callback_id).toBe('followUp.dueDate');
    expect(JSON.stringify(view)).toContain('"type":"datepicker"');
    const values = (date: string) => ({
      requestedDueDate: { requestedDueDate: { type: 'datepicker', selected_date: date } },
      reason: { reason: { type: 'plain_text_input', value: 'Ausschreibung läuft' } },
    });
    const past = await slack.interaction(submission('UOWNER', view, values('2026-03-01')));
    expect(past.body).toEqual({
      response_action: 'errors',
      errors: { requestedDueDate: 'Das Datum liegt in der Vergangenheit.' },
    });
    const ok = await slack.interaction(submission('UOWNER', view, values('2026-04-15')));
    expect(ok.text).toBe('');
    const stored = await FollowUpModel.findById(followUpId).lean();
    expect(stored?.dueDateRequest).toMatchObject({
      reason: 'Ausschreibung läuft',
      dueDate: berlin(2026, 4, 15),
    });
    expect(stored?.dueDate).toEqual(berlin(2026, 3, 10));
  });

  it('refuses kindly someone who is not the owner, and opens nothing', async () => {
    const [done] = await reminderButtons();
    await press('UOUTSIDER', done!, 'trig-outsider');
    const answer = await waitFor(() => slack.api.responses.find((r) => r.path.endsWith('trig-outsider')));
    expect(JSON.stringify(answer.body)).toContain(
      'Diesen Auftrag kann nur die zuständige Stelle oder die Geschäftsführung des Ausschusses bearbeiten.',
    );
    expect(answer.body.response_type).toBe('ephemeral');
    expect(slack.api.callsTo('views.open')).toHaveLength(0);
    expect((await FollowUpModel.findById(followUpId).lean())?.status).toBe('offen');
  });
});
