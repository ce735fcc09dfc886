import type { AnnouncedMeeting } from '../../../domain/announcements/ports';
import type { ForecastView } from '../../../domain/attendance/requests/ports';

/** The forecast for the dashboard: counts and the names behind them. */
export function presentForecast(meeting: AnnouncedMeeting, view: ForecastView) {
  const { forecast } = view;
  return {
    meeting: {
      id: meeting.id,
      name: meeting.name,
      start: meeting.start.toISOString(),
      committee: { id: meeting.committeeId, shortName: meeting.committeeShortName },
      cancelled: meeting.cancelled,
    },
    expectedQuorate: forecast.expectedQuorate,
    expected: forecast.expected,
    needed: forecast.needed,
    seats: forecast.seats,
    secondConvocation: forecast.secondConvocation === true,
    attending: view.attending,
    excused: view.excused,
    represented: view.represented,
    open: view.open,
    notReached: view.notReached,
  };
}
