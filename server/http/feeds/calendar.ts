import ical, { ICalCalendarMethod, ICalEventStatus, type ICalCalendar } from 'ical-generator';
import { BERLIN, BerlinTime, berlinTimezoneBlock } from './europe-berlin';

/** A meeting as a feed may show it: public agenda titles only, never the nichtöffentlicher Teil. */
export interface FeedMeeting {
  id: string;
  name: string;
  committeeName: string;
  start: Date;
  end?: Date;
  location?: string;
  cancelled: boolean;
  /** Increments with every stored change; becomes the event's SEQUENCE. */
  version: number;
  updatedAt?: Date;
  publicItemTitles: string[];
}

export interface FeedDeadline {
  meetingId: string;
  meetingName: string;
  committeeName: string;
  deadline: Date;
}

export interface FeedFollowUp {
  id: string;
  title: string;
  committeeName: string;
  dueDate: Date;
  updatedAt?: Date;
}

export interface FeedContent {
  name: string;
  meetings: FeedMeeting[];
  deadlines?: FeedDeadline[];
  followUps?: FeedFollowUp[];
}

const DEFAULT_MEETING_MINUTES = 120;
const DEADLINE_BLOCK_MINUTES = 30;

/** Builds an iCalendar feed (Europe/Berlin with VTIMEZONE; UIDs stable per object and host). */
export function buildCalendar(
  content: FeedContent,
  options: { host: string; dashboardUrl: string },
): ICalCalendar {
  const calendar = ical({
    name: content.name,
    prodId: { company: options.host, product: 'Gremien-Dashboard', language: 'DE' },
    method: ICalCalendarMethod.PUBLISH,
    // No calendar-wide zone name: ical-generator would then write DTSTAMP in local time instead of
    // UTC. Each event carries TZID=Europe/Berlin and the generator adds the VTIMEZONE for it.
    timezone: { name: null, generator: berlinTimezoneBlock },
    x: [{ key: 'X-WR-TIMEZONE', value: BERLIN }],
    ttl: 60 * 60,
  });
  for (const meeting of content.meetings) addMeeting(calendar, meeting, options);
  for (const deadline of content.deadlines ?? []) {
    calendar.createEvent({
      id: `deadline-${deadline.meetingId}@${options.host}`,
      timezone: BERLIN,
      start: new BerlinTime(new Date(deadline.deadline.getTime() - DEADLINE_BLOCK_MINUTES * 60_000)),
      end: new BerlinTime(deadline.deadline),
      summary: `Anfragefrist: ${deadline.meetingName}`,
      description: `Schriftliche Anfragen für die Sitzung „${deadline.meetingName}“ (${deadline.committeeName}) müssen bis zu diesem Zeitpunkt eingereicht sein.`,
      url: `${options.dashboardUrl}/meetings/${deadline.meetingId}`,
      stamp: deadline.deadline,
    });
  }
  for (const followUp of content.followUps ?? []) {
    calendar.createEvent({
      id: `followup-${followUp.id}@${options.host}`,
      timezone: BERLIN,
      start: new BerlinTime(followUp.dueDate),
      allDay: true,
      summary: `Fällig: ${followUp.title}`,
      description: `Auftrag aus ${followUp.committeeName}`,
      url: `${options.dashboardUrl}/open-items`,
      stamp: followUp.updatedAt ?? followUp.dueDate,
    });
  }
  return calendar;
}

function addMeeting(
  calendar: ICalCalendar,
  meeting: FeedMeeting,
  options: { host: string; dashboardUrl: string },
): void {
  const agenda = meeting.publicItemTitles.length
    ? `\n\nÖffentliche Tagesordnung:\n${meeting.publicItemTitles.map((title) => `- ${title}`).join('\n')}`
    : '';
  calendar.createEvent({
    id: `meeting-${meeting.id}@${options.host}`,
    sequence: meeting.version,
    status: meeting.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    timezone: BERLIN,
    start: new BerlinTime(meeting.start),
    end: new BerlinTime(meeting.end ?? new Date(meeting.start.getTime() + DEFAULT_MEETING_MINUTES * 60_000)),
    summary: meeting.cancelled ? `Abgesagt: ${meeting.name}` : meeting.name,
    location: meeting.location ?? null,
    description: `${meeting.committeeName}${agenda}`,
    url: `${options.dashboardUrl}/meetings/${meeting.id}`,
    stamp: meeting.updatedAt ?? meeting.start,
    lastModified: meeting.updatedAt ?? null,
  });
}
