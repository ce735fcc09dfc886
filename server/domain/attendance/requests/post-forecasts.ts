import type { AttendanceRequestDeps } from './ports';
import { refreshForecast } from './refresh-forecast';
import { meetingsInLeadTime } from './send-requests';

/** Posts the forecast card once for every meeting whose requests are out; answers update it later. */
export async function postDueForecasts(deps: AttendanceRequestDeps): Promise<number> {
  let posted = 0;
  for (const meeting of await meetingsInLeadTime(deps, deps.clock())) {
    const announced = await deps.announcements.store.findMeeting(meeting.id);
    if (announced) posted += await refreshForecast(deps, { meeting, announced }, { postOnly: true });
  }
  return posted;
}
