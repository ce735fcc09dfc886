import type { Locale } from '../../../bot/chat/message';
import { DAY_MS } from '../time/berlin';
import { FOLLOW_UP_REMINDER_DAYS, type FollowUpDeps } from './deps';
import { berlinDay, daysUntil, dueReminderOffset, escalationMoment } from './due-days';
import { ownerPersons, sendToPersons } from './notify';
import type { TrackedFollowUp } from './tracking';

/** The outbox key (before the address) of a reminder; the due day keeps reminders for a new due date apart. */
export function reminderKey(followUpId: string, dueDate: Date, days: number): string {
  return `follow-up:${followUpId}:reminder:${days}d:${berlinDay(dueDate)}`;
}

export function escalationKey(followUpId: string, dueDate: Date): string {
  return `follow-up:${followUpId}:escalation:${berlinDay(dueDate)}`;
}

/**
 * One run of the reminder schedule at `now`: owners hear of items due soon (7 and 1 days before by
 * default), office heads of items overdue since yesterday (once; the item is marked escalated).
 * Idempotent: every message has its outbox key, so a rerun, a catch-up or a second instance sends
 * nothing twice, and a run broken off halfway is completed by the next.
 */
export async function runFollowUpReminders(
  deps: FollowUpDeps,
  now: Date,
): Promise<{ reminders: number; escalations: number }> {
  const offsets = deps.reminderDaysBefore ?? FOLLOW_UP_REMINDER_DAYS;
  // Nothing due later than the earliest reminder (plus a day for the Berlin day boundary) needs a look.
  const horizon = new Date(now.getTime() + (Math.max(0, ...offsets) + 2) * DAY_MS);
  const open = await deps.store.list({ statuses: ['offen'], dueBefore: horizon });
  let reminders = 0;
  let escalations = 0;
  for (const followUp of open) {
    const dueDate = followUp.dueDate;
    if (!dueDate) continue;
    const days = dueReminderOffset(dueDate, followUp.createdAt, now, offsets);
    if (days !== undefined) {
      const message = (locale: Locale) => deps.messages.reminder(followUp, daysUntil(dueDate, now), locale);
      reminders += await sendToPersons(
        deps,
        await ownerPersons(deps, followUp),
        reminderKey(followUp.id, dueDate, days),
        message,
      );
    }
    if (!followUp.escalatedAt && now >= escalationMoment(dueDate)) {
      await escalate(deps, followUp, dueDate, now);
      escalations += 1;
    }
  }
  if (reminders + escalations > 0) deps.onQueued?.();
  return { reminders, escalations };
}

/** Queue first, then mark: a crash between the two re-queues under the same key (sent once) and marks then. */
async function escalate(
  deps: FollowUpDeps,
  followUp: TrackedFollowUp,
  dueDate: Date,
  now: Date,
): Promise<void> {
  const heads = await deps.directory.headPersons(followUp.organization);
  const message = (locale: Locale) => deps.messages.escalation(followUp, -daysUntil(dueDate, now), locale);
  const reached = await sendToPersons(deps, heads, escalationKey(followUp.id, dueDate), message);
  if (!(await deps.store.markEscalated(followUp.id, now))) return;
  await deps.audit.record({
    actor: { kind: 'system', displayName: 'Fristenüberwachung' },
    action: 'update',
    entityType: 'FollowUp',
    entityId: followUp.id,
    organization: followUp.organization,
    summary: `Überfälliger Auftrag „${followUp.title}“ an die Amtsleitung gemeldet (${reached} erreicht)`,
    details: { heads: heads.length, reached },
  });
}
