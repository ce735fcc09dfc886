import type { Logger } from 'pino';
import { sendDueReminders } from '../domain/announcements/send-reminders';
import type { AnnouncementDeps } from '../domain/announcements/ports';
import type { RunCoordinator } from './run-coordinator';
import { startScheduledJob, type ScheduledJob } from './scheduled-job';

export const AGENDA_REMINDERS_JOB = 'agenda-reminders';

export interface AgendaRemindersOptions {
  deps: AnnouncementDeps;
  coordinator: RunCoordinator;
  logger: Pick<Logger, 'info' | 'error'>;
  /** Every 15 minutes by default, Berlin time. */
  schedule?: string;
  onQueued?: () => void;
}

/**
 * Reminders before sessions (7 and 1 days by default, per body or committee). Runs on one
 * instance at a time (RunCoordinator lease); runs once at start to catch up what was missed
 * while no instance ran. Sending is idempotent per meeting, offset and channel.
 */
export function startAgendaReminders(options: AgendaRemindersOptions): ScheduledJob {
  return startScheduledJob({
    name: AGENDA_REMINDERS_JOB,
    schedule: options.schedule ?? '*/15 * * * *',
    coordinator: options.coordinator,
    logger: options.logger,
    run: async () => {
      const { queued } = await sendDueReminders(options.deps);
      if (queued > 0) {
        options.logger.info({ queued }, 'agenda reminders queued');
        options.onQueued?.();
      }
    },
  });
}
