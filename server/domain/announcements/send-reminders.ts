import { agendaPostKey, reminderKey } from './keys';
import type { AnnouncedMeeting, AnnouncementDeps } from './ports';

const DAY_MS = 86_400_000;

/**
 * Which reminder is due for a meeting now: the smallest configured offset whose moment has
 * passed. Earlier offsets missed meanwhile (server down, meeting published late) are skipped,
 * so a catch-up never sends "in 7 days" the day before.
 */
export function dueReminder(start: Date, now: Date, daysBefore: readonly number[]): number | undefined {
  if (start.getTime() <= now.getTime()) return undefined;
  const due = daysBefore.filter((days) => now.getTime() >= start.getTime() - days * DAY_MS);
  return due.length > 0 ? Math.min(...due) : undefined;
}

/**
 * Queues the reminders due now for every published, upcoming meeting. Idempotent: each
 * (meeting, offset, channel) has one outbox key, so running again (another instance, a
 * catch-up after a restart) sends nothing twice.
 */
export async function sendDueReminders(deps: AnnouncementDeps): Promise<{ queued: number }> {
  const now = deps.clock();
  const horizon = new Date(now.getTime() + 31 * DAY_MS);
  const meetings = await deps.store.upcomingPublishedMeetings(now, horizon);
  let queued = 0;
  for (const meeting of meetings) {
    if (meeting.cancelled) continue;
    const offsets = await deps.store.reminderDaysBefore(meeting.committeeId, meeting.bodyId);
    const days = dueReminder(meeting.start, now, offsets);
    if (days === undefined) continue;
    queued += await queueReminder(deps, meeting, days);
  }
  return { queued };
}

async function queueReminder(
  deps: AnnouncementDeps,
  meeting: AnnouncedMeeting,
  days: number,
): Promise<number> {
  const channels = await deps.store.activeBindings(meeting.committeeId);
  const message = deps.renderer.reminder(meeting, days, deps.channelLocale);
  return deps.outbox.enqueue(
    channels.map((channel) => ({
      key: reminderKey(meeting.id, days, channel),
      operation: 'post' as const,
      threadOf: agendaPostKey(meeting.id, channel),
      target: {
        platform: channel.platform,
        tenantId: channel.tenantId,
        channelId: channel.channelId,
        kind: 'channel' as const,
      },
      message,
      binding: channel.bindingId,
      meeting: meeting.id,
    })),
  );
}
