import { createFollowUpChatFeature } from '../../bot/chat/follow-ups/feature';
import { followUpMessages } from '../../bot/chat/follow-ups/presenters';
import type { FollowUpDeps } from '../domain/follow-ups/deps';
import { followUpsRouter } from '../http/api/follow-ups/router';
import { startFollowUpDigest } from '../jobs/follow-up-digest';
import { startFollowUpReminders } from '../jobs/follow-up-reminders';
import { recordAudit } from '../store/audit';
import { mongoFollowUpDirectory } from '../store/follow-ups/directory';
import { mongoFollowUpTrackingStore } from '../store/follow-ups/tracking-store';
import type { Workflow, WorkflowContext } from './workflow';

export function followUpDeps(context: WorkflowContext): FollowUpDeps {
  return {
    store: mongoFollowUpTrackingStore,
    directory: mongoFollowUpDirectory,
    messages: followUpMessages,
    outbox: context.announcements.outbox,
    direct: context.direct,
    channels: context.announcements.store,
    audit: { record: (entry) => recordAudit(entry) },
    clock: context.clock,
    locale: context.announcements.channelLocale,
    onQueued: context.onQueued,
  };
}

/** Follow-ups after the session: records, reminders, escalation, the weekly digest, closing from chat. */
export function createFollowUpsWorkflow(context: WorkflowContext): Workflow {
  const deps = followUpDeps(context);
  return {
    name: 'follow-ups',
    chat: createFollowUpChatFeature(deps),
    apiRoutes: [{ path: '/follow-ups', router: followUpsRouter(deps) }],
    startJobs: (coordinator, logger) => [
      startFollowUpReminders({ deps, coordinator, logger }),
      startFollowUpDigest({ deps, coordinator, logger }),
    ],
  };
}
