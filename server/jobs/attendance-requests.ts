import type { Logger } from 'pino';
import type { AttendanceRequestDeps } from '../domain/attendance/requests/ports';
import { sendDueAttendanceRequests } from '../domain/attendance/requests/send-requests';
import { postDueForecasts } from '../domain/attendance/requests/post-forecasts';
import type { RunCoordinator } from './run-coordinator';
import { startScheduledJob, type ScheduledJob } from './scheduled-job';

export const ATTENDANCE_REQUESTS_JOB = 'attendance-requests';

export interface AttendanceRequestsJobOptions {
  deps: AttendanceRequestDeps;
  coordinator: RunCoordinator;
  logger: Pick<Logger, 'info' | 'error'>;
  /** Every 15 minutes by default, Berlin time. */
  schedule?: string;
}

/**
 * Attendance requests by direct message within each committee's lead time, one reminder two days
 * before, and the forecast card in the confidential channels. One instance at a time (lease);
 * every message has its own outbox key, so a repeated run sends nothing twice.
 */
export function startAttendanceRequests(options: AttendanceRequestsJobOptions): ScheduledJob {
  return startScheduledJob({
    name: ATTENDANCE_REQUESTS_JOB,
    schedule: options.schedule ?? '*/15 * * * *',
    coordinator: options.coordinator,
    logger: options.logger,
    run: async () => {
      const sent = await sendDueAttendanceRequests(options.deps);
      const forecasts = await postDueForecasts(options.deps);
      if (sent.requests + sent.reminders + forecasts > 0) {
        options.logger.info({ ...sent, forecasts }, 'attendance requests queued');
        options.deps.onQueued?.();
      }
    },
  });
}
