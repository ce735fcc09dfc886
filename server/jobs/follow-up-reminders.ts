import type { Logger } from 'pino';
import type { FollowUpDeps } from '../domain/follow-ups/deps';
import { runFollowUpReminders } from '../domain/follow-ups/reminders';
import type { RunCoordinator } from './run-coordinator';
import { startScheduledJob, type ScheduledJob } from './scheduled-job';

export const FOLLOW_UP_REMINDERS_JOB = 'follow-up-reminders';

export interface FollowUpJobOptions {
  deps: FollowUpDeps;
  coordinator: RunCoordinator;
  logger: Pick<Logger, 'info' | 'error'>;
  schedule?: string;
}

/**
 * Reminders to owners before the due date and the escalation of overdue items to the office head,
 * every 15 minutes (Berlin time) under the lease, and once at start to catch up.
 */
export function startFollowUpReminders(options: FollowUpJobOptions): ScheduledJob {
  return startScheduledJob({
    name: FOLLOW_UP_REMINDERS_JOB,
    schedule: options.schedule ?? '*/15 * * * *',
    coordinator: options.coordinator,
    logger: options.logger,
    run: async ({ now }) => {
      const sent = await runFollowUpReminders(options.deps, now);
      if (sent.reminders + sent.escalations > 0) options.logger.info(sent, 'follow-up reminders queued');
    },
  });
}
