import type { Logger } from 'pino';
import type { ChatFeature } from '../../bot/chat/feature';
import type { AnnouncementDeps } from '../domain/announcements/ports';
import type { DirectMessageDeps } from '../domain/notifications/direct-messages';
import type { Stores } from '../domain/stores';
import type { MountedRouter } from '../http/api/router';
import type { RunCoordinator } from '../jobs/run-coordinator';
import type { ScheduledJob } from '../jobs/scheduled-job';

/** What every workflow (attendance and quorum, Anfragen, follow-ups and minutes) is built from. */
export interface WorkflowContext {
  clock: () => Date;
  stores: Stores;
  /** Outbox, audit, channel bindings and the agenda presenters. */
  announcements: AnnouncementDeps;
  /** Direct messages to persons on the platforms they are linked on. */
  direct: DirectMessageDeps;
  /** Call after queuing chat messages so delivery starts at once. */
  onQueued: () => void;
}

/** A workflow's parts, mounted by the composition root. */
export interface Workflow {
  name: string;
  /** Its commands, buttons and forms in the conversation layer. */
  chat?: ChatFeature;
  /** Dashboard API routers, mounted under /api/v1. */
  apiRoutes?: MountedRouter[];
  /** Its schedules (started after the server is up; each runs under a RunCoordinator lease). */
  startJobs?(coordinator: RunCoordinator, logger: Pick<Logger, 'info' | 'error'>): ScheduledJob[];
}
