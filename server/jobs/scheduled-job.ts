import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from 'pino';
import type { RunContext, RunCoordinator } from './run-coordinator';

export interface ScheduledJobOptions {
  /** Unique job name: the lease document's name. */
  name: string;
  /** node-cron expression, Berlin time. */
  schedule: string;
  coordinator: RunCoordinator;
  logger: Pick<Logger, 'info' | 'error'>;
  /** Must be idempotent: record what was sent (outbox keys), so a repeated run sends nothing twice. */
  run: (context: RunContext) => Promise<void>;
  leaseMs?: number;
}

export interface ScheduledJob {
  /** The catch-up run at start (what was missed while no instance ran). */
  caughtUp: Promise<boolean>;
  /** Runs now under the lease; false when another instance holds it. */
  runNow: () => Promise<boolean>;
  stop: () => Promise<void>;
}

/**
 * A node-cron task in Europe/Berlin that runs on one instance at a time (RunCoordinator lease)
 * and once at start to catch up. Failures are logged with the job's name, never thrown into cron.
 */
export function startScheduledJob(options: ScheduledJobOptions): ScheduledJob {
  const runNow = () => options.coordinator.runExclusive(options.name, options.run, options.leaseMs);
  const guarded = () =>
    runNow().catch((err: unknown) => {
      options.logger.error({ err, job: options.name }, 'scheduled job failed');
      return false;
    });
  const task: ScheduledTask = cron.schedule(options.schedule, guarded, {
    timezone: 'Europe/Berlin',
    name: options.name,
    noOverlap: true,
  });
  return {
    caughtUp: guarded(),
    runNow,
    stop: async () => {
      await task.stop();
    },
  };
}
