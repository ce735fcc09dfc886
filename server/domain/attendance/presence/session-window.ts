import { DomainError } from '../../errors';
import { berlin, berlinParts } from '../../time/berlin';
import type { QuorumMeeting } from './ports';

const EARLY_ARRIVAL_MS = 60 * 60_000;

/** From an hour before the start to the end of the meeting (or the end of its day when no end is set). */
export function sessionWindow(meeting: Pick<QuorumMeeting, 'start' | 'end'>): { from: Date; until: Date } {
  const from = new Date(meeting.start.getTime() - EARLY_ARRIVAL_MS);
  if (meeting.end) return { from, until: meeting.end };
  const day = berlinParts(meeting.start);
  return { from, until: berlin(day.year, day.month, day.day + 1) };
}

/**
 * The moment quorum is shown for when none is asked: now, or for a session that is over its last
 * moment (after the end everyone has left, which says nothing about the session).
 */
export function quorumMomentOf(meeting: Pick<QuorumMeeting, 'start' | 'end'>, now: Date): Date {
  const { until } = sessionWindow(meeting);
  return now.getTime() >= until.getTime() ? new Date(until.getTime() - 1) : now;
}

export function assertWithinSession(meeting: Pick<QuorumMeeting, 'start' | 'end'>, at: Date): void {
  const { from, until } = sessionWindow(meeting);
  if (Number.isNaN(at.getTime()) || at < from || at > until) {
    throw new DomainError('attendance_time_outside_session', 'Der Zeitpunkt liegt außerhalb der Sitzung.', {
      field: 'at',
      from: from.toISOString(),
      until: until.toISOString(),
    });
  }
}

/** A few minutes of clock difference between the office's watch and the server. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

/**
 * Arrivals, departures and the chair's finding are recorded when they happen: a later time would
 * change quorum at a moment nothing announces it (most likely a typo, e.g. 16:40 for 15:40).
 */
export function assertNotInFuture(at: Date, now: Date): void {
  if (at.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    throw new DomainError('attendance_time_in_future', 'Der Zeitpunkt liegt in der Zukunft.', {
      field: 'at',
      now: now.toISOString(),
    });
  }
}

/** "14:15" as Berlin wall-clock time on the meeting's day; undefined when not a time. */
export function timeOnMeetingDay(meeting: Pick<QuorumMeeting, 'start'>, text: string): Date | undefined {
  const match = /^(\d{1,2})[:.](\d{2})(?:\s*uhr)?$/i.exec(text.trim());
  if (!match) return undefined;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  if (hour > 23 || minute > 59) return undefined;
  const day = berlinParts(meeting.start);
  return berlin(day.year, day.month, day.day, hour, minute);
}
