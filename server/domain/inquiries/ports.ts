import type { InquiryRules } from '../committees/rule-settings';
import type { AnnouncementStore, OutboxPort } from '../announcements/ports';
import type { DirectMessageDeps } from '../notifications/direct-messages';
import type { Locale } from '../../../bot/chat/message';
import type { Actor } from '../access/principal';
import type { AuditWrite } from '../audit/ports';

export const INQUIRY_STATES = [
  'eingereicht',
  'angenommen',
  'zurueckgewiesen',
  'zugewiesen',
  'beantwortet',
  'veroeffentlicht',
  'zurueckgezogen',
] as const;
export type InquiryState = (typeof INQUIRY_STATES)[number];
export type InquiryKind = 'schriftlich' | 'muendlich';

/** A committee with what filing needs: its effective Anfragen rules and the body's settings. */
export interface InquiryCommittee {
  id: string;
  bodyId: string;
  name: string;
  shortName: string;
  rules: InquiryRules;
  /** Federal state code for public holidays (NW, BE, ...). */
  holidayState: string;
  /** e.g. `AN/{seq:4}/{year}`. */
  numberPattern: string;
}

export interface InquiryMeeting {
  id: string;
  committeeId: string;
  name: string;
  start: Date;
  cancelled: boolean;
}

export interface HistoryEntry {
  state: InquiryState;
  at: Date;
  byUserId?: string;
  note?: string;
}

export interface Inquiry {
  id: string;
  bodyId: string;
  committeeId: string;
  meetingId?: string;
  number?: string;
  subject: string;
  text: string;
  kind: InquiryKind;
  authorPersonId: string;
  onBehalfOf?: string;
  attachmentUrl?: string;
  public: boolean;
  state: InquiryState;
  history: HistoryEntry[];
  department?: string;
  dueDate?: Date;
  answer?: { text: string; fileUrl?: string; answeredAt: Date };
  addenda: { text: string; fileUrl?: string; at: Date }[];
  supplementTo?: string;
  late: boolean;
  movedFrom?: string;
  requestId?: string;
  reason?: string;
  agendaPlacedIn?: string[];
  createdAt: Date;
}

export interface NewInquiry {
  bodyId: string;
  committeeId: string;
  meetingId?: string;
  subject: string;
  text: string;
  kind: InquiryKind;
  authorPersonId: string;
  onBehalfOf?: string;
  attachmentUrl?: string;
  public: boolean;
  late: boolean;
  movedFrom?: string;
  requestId?: string;
  supplementTo?: string;
  history: HistoryEntry[];
  /** Set directly for oral questions recorded by the office. */
  state?: InquiryState;
  department?: string;
  dueDate?: Date;
}

export interface InquiryFilter {
  states?: InquiryState[];
  committeeIds?: string[];
  dueBefore?: Date;
  dueAfter?: Date;
  authorPersonId?: string;
  department?: string;
  /** What the reader may see: any of these matches (see access.ts). */
  scope?: { committeeIds: string[]; department?: string; authorPersonId?: string; published: boolean };
}

export interface InquiryChange {
  state?: InquiryState;
  history: HistoryEntry;
  department?: string;
  dueDate?: Date;
  answer?: Inquiry['answer'];
  addendum?: Inquiry['addenda'][number];
  reason?: string;
  meetingId?: string;
}

/** Storage of Anfragen and what they are checked against. */
export interface InquiryStore {
  committee(committeeId: string): Promise<InquiryCommittee | null>;
  /** Committees the person may file in: own current memberships, or a seat of one of their Fraktionen. */
  fileableCommittees(personId: string, now: Date): Promise<{ id: string; shortName: string }[]>;
  /** Fraktionen the person currently belongs to. */
  fraktionenOf(personId: string, now: Date): Promise<{ id: string; name: string }[]>;
  /**
   * Why the person may file in the committee: an own current seat, and which of their Fraktionen
   * currently hold a seat in it (a member without own seat files only on behalf of one of those).
   */
  filingRights(
    personId: string,
    committeeId: string,
    now: Date,
  ): Promise<{ ownSeat: boolean; seatedFraktionen: string[] }>;
  /** Not cancelled meetings of the committee starting after `after`, earliest first. */
  upcomingMeetings(committeeId: string, after: Date, limit: number): Promise<InquiryMeeting[]>;
  meeting(meetingId: string): Promise<InquiryMeeting | null>;
  /**
   * Anfragen filed for the meeting by the author, or on behalf of the Fraktion (withdrawn and
   * rejected ones aside); with `before`, only those stored before that Anfrage.
   */
  countForMeeting(
    meetingId: string,
    by: { authorPersonId?: string; onBehalfOf?: string },
    before?: string,
  ): Promise<number>;
  /** Removes an Anfrage that never got a number (it lost the race for the last place of the limit). */
  discardUnnumbered(inquiryId: string): Promise<void>;
  findByRequest(authorPersonId: string, requestId: string): Promise<Inquiry | null>;
  /** Inserts without number; a duplicate requestId returns the existing one with `created: false`. */
  insert(inquiry: NewInquiry): Promise<{ created: boolean; inquiry: Inquiry }>;
  /** Next sequence of the body's counter for the year (atomic, starting at 1). */
  nextSequence(bodyId: string, year: number): Promise<number>;
  /** True for the one caller allowed to draw the number: unnumbered, unclaimed or claimed before `staleBefore`. */
  claimNumbering(inquiryId: string, now: Date, staleBefore: Date): Promise<boolean>;
  /** False when another Anfrage of the body already has this number (e.g. imported ones). */
  setNumber(inquiryId: string, number: string): Promise<boolean>;
  find(inquiryId: string): Promise<Inquiry | null>;
  list(filter: InquiryFilter, limit: number): Promise<Inquiry[]>;
  /** Applies the change only if the inquiry is still in `from`; null when it moved meanwhile. */
  transition(inquiryId: string, from: InquiryState[], change: InquiryChange): Promise<Inquiry | null>;
  /** Of these meetings, the ids of those that started before `before` (the carry-over job). */
  meetingsStartedBefore(ids: string[], before: Date): Promise<string[]>;
  /** Remembers that the Anfrage was placed on a later meeting's agenda. */
  markCarried(inquiryId: string, meetingId: string, agendaItemId: string): Promise<void>;
  /** A Zusage follow-up for an oral question answered later with the minutes. */
  createZusage(followUp: {
    bodyId: string;
    committeeId: string;
    meetingId: string;
    agendaItemId?: string;
    inquiryId: string;
    title: string;
    department?: string;
    dueDate?: Date;
    public: boolean;
  }): Promise<string>;
  /** Persons of a department (Person.department, or a user with the department role). */
  departmentPersons(department: string): Promise<string[]>;
  personName(personId: string): Promise<string>;
}

/** An audit entry of the Anfragen; the scheduled carry-over writes as the system. */
export type InquiryAuditEntry = Omit<AuditWrite, 'actor'> & {
  actor: Actor | { kind: 'system'; displayName: string };
};

/** Everything the Anfragen use cases need. */
export interface InquiryDeps {
  store: InquiryStore;
  audit: { record(entry: InquiryAuditEntry): Promise<void> };
  /** Channel bindings of committees (public and confidential). */
  channels: Pick<AnnouncementStore, 'activeBindings'>;
  outbox: OutboxPort;
  direct: DirectMessageDeps;
  channelLocale: Locale;
  onQueued?(): void;
}
