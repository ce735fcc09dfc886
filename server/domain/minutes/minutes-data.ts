import type { AgendaResult } from '../agenda/results';
import type { AttendanceListSection } from '../attendance-list/types';
import type { VoteResult } from '../results/vote-result';

/** What the minutes print under an item after its resolution. */
export interface MinutesAddition {
  text: string;
  /** From a non-public Anfrage or follow-up: only in the full minutes. */
  public: boolean;
}

export interface MinutesItem {
  id: string;
  number: string;
  name: string;
  public: boolean;
  level: 1 | 2;
  order: number;
  paperReference?: string;
  /** A non-public paper's reference is printed only in the full minutes. */
  paperPublic?: boolean;
  resolutionText?: string;
  result?: AgendaResult;
  vote?: VoteResult;
  additions: MinutesAddition[];
}

/** Everything the draft Niederschrift is made of, as recorded. */
export interface MinutesData {
  meetingId: string;
  committeeId: string;
  bodyName: string;
  committeeName: string;
  committeeShortName: string;
  meetingName: string;
  termName?: string;
  start: Date;
  end?: Date;
  locationText?: string;
  /** The attendance lists as laid out by `formatAttendanceList`. */
  attendance: AttendanceListSection[];
  items: MinutesItem[];
  chair?: { name: string; role: string };
  secretary?: { name: string };
}
