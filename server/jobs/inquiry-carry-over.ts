import type { Logger } from 'pino';
import { carryOverUnanswered } from '../domain/inquiries/carry-over';
import type { InquiryDeps } from '../domain/inquiries/ports';
import { remindDepartments } from '../domain/inquiries/reminders';
import type { AgendaDeps } from '../domain/meetings/agenda-use-cases';
import type { RunCoordinator } from './run-coordinator';
import { startScheduledJob, type ScheduledJob } from './scheduled-job';

export const INQUIRY_CARRY_OVER_JOB = 'inquiry-carry-over';

export interface InquiryJobOptions {
  deps: InquiryDeps;
  agenda: AgendaDeps;
  clock: () => Date;
  coordinator: RunCoordinator;
  logger: Pick<Logger, 'info' | 'error'>;
  /** Daily at 06:15 Berlin time by default. */
  schedule?: string;
}

/**
 * Daily (and at start, to catch up): unanswered Anfragen of past meetings onto the next agenda,
 * and the departments' reminders before the answer due date. Both are idempotent.
 */
export function startInquiryCarryOver(options: InquiryJobOptions): ScheduledJob {
  return startScheduledJob({
    name: INQUIRY_CARRY_OVER_JOB,
    schedule: options.schedule ?? '15 6 * * *',
    coordinator: options.coordinator,
    logger: options.logger,
    run: async () => {
      const now = options.clock();
      const carried = await carryOverUnanswered(options.deps, options.agenda, now);
      const reminded = await remindDepartments(options.deps, now);
      if (carried.placed + carried.skipped + reminded > 0) {
        options.logger.info({ ...carried, reminded }, 'inquiries carried over and reminders queued');
      }
    },
  });
}
