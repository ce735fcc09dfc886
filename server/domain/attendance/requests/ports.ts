import type { ChatMessage, Locale } from '../../../../bot/chat/message';
import type { AnnouncedMeeting, AnnouncementDeps } from '../../announcements/ports';
import type { MembershipRecord } from '../../memberships/ports';
import type { DirectMessageDeps } from '../../notifications/direct-messages';
import type { QuorumForecast } from '../../quorum/types';

/** A meeting the attendance requests are about, with the committee's (else body's, else 5) lead time. */
export interface RequestMeeting {
  id: string;
  committeeId: string;
  start: Date;
  cancelled: boolean;
  requestDaysBefore: number;
}

/** A current seat in the committee with the holder's printed name ("Herr Pohl"). */
export interface Seat {
  personId: string;
  name: string;
  role: MembershipRecord['role'];
  votingRight: boolean;
  onBehalfOf?: string;
  mayRepresent?: string[];
}

/** One person's Attendance before the session. */
export interface AnswerRecord {
  personId: string;
  category: 'member' | 'substitute' | 'administration' | 'guest';
  response?: 'attending' | 'excused' | 'substitute';
  /** On a substitute's record: the member they stand in for. */
  substituteFor?: string;
  substituteConfirmed?: boolean;
  requestedAt?: Date;
  remindedAt?: Date;
}

export interface AnswerChange {
  category: AnswerRecord['category'];
  /** null removes the field. */
  response: AnswerRecord['response'] | null;
  substituteFor?: string | null;
  substituteConfirmed?: boolean | null;
}

export interface AttendanceRequestStore {
  /** Not cancelled meetings starting in (from, until]. */
  meetingsStartingBetween(from: Date, until: Date): Promise<RequestMeeting[]>;
  findMeeting(meetingId: string): Promise<RequestMeeting | null>;
  /** Memberships in the committee current at `at`, with names. */
  seats(committeeId: string, at: Date): Promise<Seat[]>;
  answers(meetingId: string): Promise<AnswerRecord[]>;
  saveAnswer(meetingId: string, personId: string, change: AnswerChange, at: Date): Promise<void>;
  /** Keeps the first moment; creates the member's record when missing. */
  markRequested(meetingId: string, personId: string, at: Date): Promise<void>;
  markReminded(meetingId: string, personId: string, at: Date): Promise<void>;
}

/** The state of one member's answer, as the request message shows it. */
export interface RequestState {
  response?: AnswerRecord['response'];
  substituteName?: string;
  substituteConfirmed?: boolean;
}

/** The forecast's lists of names, for the office. */
export interface ForecastView {
  forecast: QuorumForecast;
  attending: string[];
  excused: string[];
  /** "Herr Pohl durch Frau Lang" (unconfirmed ones are marked by the presenter). */
  represented: { member: string; substitute: string; confirmed: boolean }[];
  open: string[];
  /** Of `open`: members the request could not reach (no linked chat account): the office asks them otherwise. */
  notReached: string[];
}

/** What the attendance requests say; implemented in `bot/chat/attendance-requests/presenters`. */
export interface RequestRenderer {
  request(
    meeting: AnnouncedMeeting,
    member: { personId: string },
    state: RequestState,
    kind: 'request' | 'reminder',
    locale: Locale,
  ): ChatMessage;
  substituteAsk(
    meeting: AnnouncedMeeting,
    member: { personId: string; name: string },
    substitute: { personId: string },
    locale: Locale,
  ): ChatMessage;
  substituteDeclined(
    meeting: AnnouncedMeeting,
    member: { personId: string },
    substituteName: string,
    locale: Locale,
  ): ChatMessage;
  /** The member answered otherwise or named someone else: the substitute is no longer needed. */
  substituteReleased(meeting: AnnouncedMeeting, member: { name: string }, locale: Locale): ChatMessage;
  forecast(meeting: AnnouncedMeeting, view: ForecastView, locale: Locale): ChatMessage;
}

export interface AttendanceRequestDeps {
  store: AttendanceRequestStore;
  /** Agenda renderer, outbox, audit, bound channels and the resolved meeting. */
  announcements: AnnouncementDeps;
  direct: DirectMessageDeps;
  renderer: RequestRenderer;
  /** The quorum engine's forecast for the meeting's current answers; null for an unknown meeting. */
  forecast(meetingId: string, now: Date): Promise<QuorumForecast | null>;
  clock: () => Date;
  /** Language of direct messages and channel posts (a person's language is not stored). */
  locale: Locale;
  /** Called after messages were queued, so delivery starts at once. */
  onQueued?: () => void;
}
