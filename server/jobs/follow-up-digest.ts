import { runFollowUpDigest } from '../domain/follow-ups/digest';
import type { FollowUpJobOptions } from './follow-up-reminders';
import { startScheduledJob, type ScheduledJob } from './scheduled-job';

export const FOLLOW_UP_DIGEST_JOB = 'follow-up-digest';

/** The weekly digest of open items, Monday 08:00 Berlin; at start it catches up the current week's. */
export function startFollowUpDigest(options: FollowUpJobOptions): ScheduledJob {
  return startScheduledJob({
    name: FOLLOW_UP_DIGEST_JOB,
    schedule: options.schedule ?? '0 8 * * 1',
    coordinator: options.coordinator,
    logger: options.logger,
    run: async ({ now }) => {
      const sent = await runFollowUpDigest(options.deps, now);
      if (sent.owners + sent.channels > 0) options.logger.info(sent, 'follow-up digest queued');
    },
  });
}
