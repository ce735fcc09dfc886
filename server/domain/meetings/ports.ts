import type { StoredVote } from '../results/ports';
import type { AgendaEntry } from '../agenda/agenda-entry';
import type { AgendaResult } from '../agenda/results';
import type { Page } from '../persons/ports';
import type { MeetingState } from './lifecycle';

/** A stored Tagesordnungspunkt: always has its id. */
export interface AgendaItemRecord extends AgendaEntry {
  id: string;
  supplement?: boolean;
  result?: AgendaResult;
  resolutionText?: string;
  /** The structured vote behind `result` (kept through every agenda write). */
  vote?: StoredVote;
  start?: Date;
  end?: Date;
}

export interface MeetingRecord {
  id: string;
  body: string;
  organization: string;
  legislativeTerm?: string;
  name: string;
  state: MeetingState;
  cancelled: boolean;
  start: Date;
  end?: Date;
  location?: string;
  invitationDate?: Date;
  secondConvocation: boolean;
  publishedAt?: Date;
  agendaItems: AgendaItemRecord[];
  /** Optimistic concurrency: every stored change increments it. */
  version: number;
}

export type MeetingSummary = Omit<MeetingRecord, 'agendaItems'>;

export interface MeetingQuery {
  organizations?: readonly string[];
  from?: Date;
  /** Exclusive upper bound of the start. */
  to?: Date;
  states?: readonly MeetingState[];
  page: number;
  pageSize: number;
}

export type NewMeeting = Omit<
  MeetingRecord,
  'id' | 'version' | 'cancelled' | 'state' | 'publishedAt' | 'invitationDate'
>;

/** Fields a stored meeting may change; null clears an optional field. */
export interface MeetingChanges {
  name?: string;
  start?: Date;
  end?: Date | null;
  location?: string | null;
  secondConvocation?: boolean;
  state?: MeetingState;
  cancelled?: boolean;
  invitationDate?: Date | null;
  agendaItems?: AgendaItemRecord[];
}

export interface MeetingStore {
  list(query: MeetingQuery): Promise<Page<MeetingSummary>>;
  findById(id: string): Promise<MeetingRecord | null>;
  create(meeting: NewMeeting): Promise<MeetingRecord>;
  /** Stores the changes only if the meeting still has `version`; null when it does not (or is gone). */
  saveIfVersion(id: string, version: number, changes: MeetingChanges): Promise<MeetingRecord | null>;
  /** Deletes only if the meeting still has `version`. */
  deleteIfVersion(id: string, version: number): Promise<boolean>;
  newAgendaItemId(): string;
}
