import { get, post } from './client';

const meetingPath = (meetingId: string) => `/api/v1/meetings/${encodeURIComponent(meetingId)}`;

/** GET /api/v1/meetings/:id/forecast: the expected quorum before the session, for the office and members. */
export interface QuorumForecast {
  expectedQuorate: boolean;
  expected: number;
  needed: number;
  seats: number;
  secondConvocation: boolean;
  attending: string[];
  excused: string[];
  represented: { member: string; substitute: string; confirmed: boolean }[];
  open: string[];
  /** Of `open`: members the chat request could not reach; the office asks them otherwise. */
  notReached?: string[];
}

/** Server texts come in both languages. */
export interface Localized {
  de: string;
  en: string;
}

/** Why one person counts or not, e.g. "i.V.f. Herrn Dr. Elster, anwesend seit 14:15 Uhr". */
export interface PersonVerdict {
  personId: string;
  name: string;
  counts: boolean;
  reason: { code: string; since?: string; at?: string; forMemberId?: string };
  explanation?: Localized;
}

/** Beschlussfähigkeit at one moment, or for one agenda item. */
export interface QuorumResult {
  quorate: boolean;
  countedQuorate?: boolean;
  basis?: 'count' | 'secondConvocation' | 'deemedUntilEstablished' | 'lackEstablished';
  present: number;
  needed: number;
  seats: number;
  summary?: Localized;
  councilVsExperts?: { council: number; experts: number; ok: boolean };
  people: PersonVerdict[];
}

/** GET /api/v1/meetings/:id/quorum: now (or `?at=`), the whole meeting. */
export interface QuorumNow extends QuorumResult {
  meetingId: string;
  at: string;
}

/** One entry of GET /api/v1/meetings/:id/quorum/items, in agenda order. */
export interface ItemQuorum {
  id: string;
  number: string;
  name: string;
  public: boolean;
  quorum: QuorumResult;
}

/** The attendance list in the minutes' format (sections as printed in seeds 000 and 002). */
export interface AttendanceListSection {
  heading: string;
  level: 1 | 2;
  spacing?: 'tight' | 'spaced';
  lines: { text: string; columns: string[] }[];
}

export interface AttendanceParticipant {
  personId: string;
  name: string;
  role: 'member' | 'substitute' | 'advisory' | 'administration' | 'guest';
  votingRight: boolean;
  events: { kind: 'arrive' | 'leave'; at: string }[];
}

/** GET /api/v1/meetings/:id/attendance: everyone on the list, and the list as the minutes print it. */
export interface MeetingAttendance {
  meetingId: string;
  seats: number;
  secondConvocation: boolean;
  lackEstablishedAt: string | null;
  participants: AttendanceParticipant[];
  attendanceList: { format: string; sections: AttendanceListSection[]; text: string };
}

export interface PresenceEventInput {
  personId: string;
  kind: 'arrive' | 'leave';
  /** ISO instant; the server refuses times outside the session (field `at`). */
  at: string;
}

export const fetchForecast = (meetingId: string) => get<QuorumForecast>(`${meetingPath(meetingId)}/forecast`);

export const fetchQuorum = (meetingId: string) => get<QuorumNow>(`${meetingPath(meetingId)}/quorum`);

export async function fetchItemQuorums(meetingId: string): Promise<ItemQuorum[]> {
  return (await get<{ items: ItemQuorum[] }>(`${meetingPath(meetingId)}/quorum/items`)).items;
}

export const fetchAttendance = (meetingId: string) =>
  get<MeetingAttendance>(`${meetingPath(meetingId)}/attendance`);

export const recordPresenceEvent = (meetingId: string, event: PresenceEventInput) =>
  post<unknown>(`${meetingPath(meetingId)}/attendance/events`, event);

export const establishLackOfQuorum = (meetingId: string, at: string) =>
  post<unknown>(`${meetingPath(meetingId)}/quorum/lack-established`, { at });

/** The office records that a person is befangen for one agenda item (excluded from its quorum). */
export const declareBefangenheit = (meetingId: string, personId: string, agendaItemId: string) =>
  post<{ personId: string; agendaItemId: string; number: string; changed: boolean }>(
    `${meetingPath(meetingId)}/attendance/befangenheit`,
    { personId, agendaItemId },
  );
