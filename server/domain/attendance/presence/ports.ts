import type { ChatMessage, Locale } from '../../../../bot/chat/message';
import type { AnnouncementDeps } from '../../announcements/ports';
import type { AttendanceAnswer, QuorumResult, QuorumSituation } from '../../quorum/types';

export interface QuorumMeetingItem {
  id: string;
  number: string;
  name: string;
  public: boolean;
}

export interface QuorumMeeting {
  id: string;
  committeeId: string;
  bodyId: string;
  name: string;
  start: Date;
  end?: Date;
  cancelled: boolean;
  agendaItems: QuorumMeetingItem[];
}

/** A meeting with everything the quorum engine needs, and the answers given before it. */
export interface LoadedQuorumSituation {
  meeting: QuorumMeeting;
  situation: QuorumSituation;
  answers: AttendanceAnswer[];
}

export type PresenceSource = 'office' | 'self' | 'api';

export interface PresenceEventInput {
  kind: 'arrive' | 'leave';
  at: Date;
  source: PresenceSource;
}

/** Attendance category of a person newly put on the list (the minutes' groups). */
export type AttendeeCategory = 'member' | 'substitute' | 'administration' | 'guest';

export interface PresenceStore {
  load(meetingId: string, now: Date): Promise<LoadedQuorumSituation | null>;
  /** False when the same kind of event within a minute is already stored (a doubled request). */
  addEvent(
    meetingId: string,
    personId: string,
    category: AttendeeCategory,
    event: PresenceEventInput,
  ): Promise<boolean>;
  /** Removes one recorded event (a typo); false when there was none at that moment. */
  removeEvent(
    meetingId: string,
    personId: string,
    event: { kind: 'arrive' | 'leave'; at: Date },
  ): Promise<boolean>;
  /** False when nothing changed (already declared, or nothing to withdraw). */
  setBiased(
    meetingId: string,
    personId: string,
    category: AttendeeCategory,
    agendaItemId: string,
    biased: boolean,
  ): Promise<boolean>;
  setLackEstablished(meetingId: string, value: { at: Date; by?: string } | null): Promise<void>;
  /** The committee's meeting on the Berlin calendar day of `now` (the one started last), not cancelled. */
  meetingOfDay(committeeId: string, now: Date): Promise<string | null>;
  /** Today's meeting, else the next one ahead (Befangenheit may be declared in advance). */
  currentOrNextMeeting(committeeId: string, now: Date): Promise<string | null>;
}

/** What the live card shows: quorum now, with reasons, and the declared Befangenheit. */
export interface QuorumCard {
  meeting: QuorumMeeting;
  result: QuorumResult;
  at: Date;
  befangen: { name: string; itemNumber: string }[];
}

/** The live quorum card and the lost/regained notes; implemented by the chat presenters. */
export interface QuorumCardRenderer {
  card(card: QuorumCard, locale: Locale): ChatMessage;
  change(
    change: {
      at: Date;
      countedQuorate: boolean;
      present: number;
      needed: number;
      seats: number;
      secondConvocation: boolean;
    },
    locale: Locale,
  ): ChatMessage;
}

export interface PresenceDeps {
  store: PresenceStore;
  announcements: AnnouncementDeps;
  cards: QuorumCardRenderer;
  clock: () => Date;
  onQueued?: () => void;
}
