import type { MeetingSummary } from '../api/types';
import type { CommitteeStyle } from './committee-colors';

const FALLBACK_STYLE: CommitteeStyle = { background: '#4a4a4a', text: '#ffffff' };
const DEFAULT_DURATION_MS = 2 * 60 * 60_000;

export interface MeetingEvent {
  id: string;
  title: string;
  start: string;
  end: string;
  url: string;
  backgroundColor: string;
  borderColor: string;
  textColor: string;
  classNames: string[];
  extendedProps: { committeeId: string; cancelled: boolean };
}

export function isCancelled(meeting: Pick<MeetingSummary, 'cancelled' | 'state'>): boolean {
  return meeting.cancelled === true || meeting.state === 'abgesagt';
}

/** Meetings as FullCalendar events, without those of hidden committees; cancelled ones marked in the title. */
export function meetingEvents(
  meetings: readonly MeetingSummary[],
  styles: ReadonlyMap<string, CommitteeStyle>,
  hiddenCommittees: ReadonlySet<string>,
  labels: { cancelled: string },
): MeetingEvent[] {
  return meetings
    .filter((meeting) => !hiddenCommittees.has(meeting.organization.id))
    .map((meeting) => {
      const style = styles.get(meeting.organization.id) ?? FALLBACK_STYLE;
      const cancelled = isCancelled(meeting);
      const end =
        meeting.end ?? new Date(new Date(meeting.start).getTime() + DEFAULT_DURATION_MS).toISOString();
      return {
        id: meeting.id,
        title: cancelled ? `${labels.cancelled}: ${meeting.name}` : meeting.name,
        start: meeting.start,
        end,
        url: `/meetings/${meeting.id}`,
        backgroundColor: style.background,
        borderColor: style.background,
        textColor: style.text,
        classNames: cancelled ? ['meeting-cancelled'] : [],
        extendedProps: { committeeId: meeting.organization.id, cancelled },
      };
    });
}

export function toggleCommittee(hidden: ReadonlySet<string>, committeeId: string): Set<string> {
  const next = new Set(hidden);
  if (next.has(committeeId)) next.delete(committeeId);
  else next.add(committeeId);
  return next;
}
