import { attendanceRequestsFeature } from '../../bot/chat/attendance-requests/feature';
import { requestRenderer } from '../../bot/chat/attendance-requests/presenters';
import type { AttendanceRequestDeps } from '../domain/attendance/requests/ports';
import { forecastQuorum } from '../domain/quorum/forecast';
import { attendanceForecastRouter } from '../http/api/attendance-forecast/router';
import { startAttendanceRequests } from '../jobs/attendance-requests';
import { mongoAttendanceRequestStore } from '../store/attendance/answers-store';
import { loadQuorumSituation } from '../store/attendance/quorum-situation';
import type { Workflow, WorkflowContext } from './workflow';

/** The quorum forecast before the session: the engine on the answers so far, without presence events. */
export async function meetingForecast(meetingId: string, now: Date) {
  const loaded = await loadQuorumSituation(meetingId, now);
  if (!loaded) return null;
  const { events: _events, lackEstablishedAt: _lack, ...situation } = loaded.situation;
  return forecastQuorum(situation, loaded.answers);
}

export function attendanceRequestDeps(context: WorkflowContext): AttendanceRequestDeps {
  return {
    store: mongoAttendanceRequestStore,
    announcements: context.announcements,
    direct: context.direct,
    renderer: requestRenderer,
    forecast: meetingForecast,
    clock: context.clock,
    locale: context.announcements.channelLocale,
    onQueued: context.onQueued,
  };
}

/** Attendance requests before the session: direct messages, answers, substitutes, the forecast. */
export function createAttendanceRequestsWorkflow(context: WorkflowContext): Workflow {
  const deps = attendanceRequestDeps(context);
  return {
    name: 'attendance-requests',
    chat: attendanceRequestsFeature(deps),
    apiRoutes: [{ path: '/meetings', router: attendanceForecastRouter(deps, context.stores) }],
    startJobs: (coordinator, logger) => [startAttendanceRequests({ deps, coordinator, logger })],
  };
}
