import type { AgendaEntry } from '../../../server/domain/agenda/agenda-entry';

/** What the presenters need of a meeting: resolved names, no ids to look up. */
export interface MeetingView {
  id: string;
  committeeId: string;
  committeeName: string;
  committeeShortName: string;
  name: string;
  start: Date;
  end?: Date;
  /** "Rathaus, Raum 27" */
  locationText?: string;
  cancelled: boolean;
  agendaItems: AgendaEntry[];
  publishedAt?: Date;
}

/** Who reads a message: a public channel, or a confidential channel / a person with rights. */
export type Audience = 'public' | 'confidential';
