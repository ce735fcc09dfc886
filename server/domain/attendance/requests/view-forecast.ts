import type { AnnouncedMeeting } from '../../announcements/ports';
import type { AttendanceRequestDeps, ForecastView, RequestMeeting } from './ports';
import { forecastView } from './refresh-forecast';

/** The forecast with its names, as the office sees it in the confidential channel. */
export async function viewForecast(
  deps: AttendanceRequestDeps,
  meeting: RequestMeeting,
): Promise<{ announced: AnnouncedMeeting; view: ForecastView } | null> {
  const announced = await deps.announcements.store.findMeeting(meeting.id);
  const forecast = await deps.forecast(meeting.id, deps.clock());
  if (!announced || !forecast) return null;
  const seats = await deps.store.seats(meeting.committeeId, meeting.start);
  return { announced, view: forecastView(forecast, seats, await deps.store.answers(meeting.id)) };
}
