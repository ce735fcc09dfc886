import { createQuorumChatFeature } from '../../bot/chat/quorum/feature';
import { chatQuorumCards } from '../../bot/chat/quorum/presenters';
import type { PresenceDeps } from '../domain/attendance/presence/ports';
import { attendanceRouter } from '../http/api/attendance/router';
import { attendanceListFor } from '../store/attendance/attendance-list-source';
import { mongoPresenceStore } from '../store/attendance/presence-store';
import type { Workflow, WorkflowContext } from './workflow';

export function presenceDeps(context: WorkflowContext): PresenceDeps {
  return {
    store: mongoPresenceStore,
    announcements: context.announcements,
    cards: chatQuorumCards,
    clock: context.clock,
    onQueued: context.onQueued,
  };
}

/** During the session: arrivals and departures, check-in, Befangenheit, the live quorum card and the API. */
export function createQuorumWorkflow(context: WorkflowContext): Workflow {
  const presence = presenceDeps(context);
  return {
    name: 'quorum',
    chat: createQuorumChatFeature(presence),
    apiRoutes: [
      {
        path: '/meetings',
        router: attendanceRouter({ presence, stores: context.stores, attendanceList: attendanceListFor }),
      },
    ],
  };
}
