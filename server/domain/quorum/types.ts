import type { QuorumRules } from '../committees/rule-settings';

/** Council member or expert citizen (Sachkundige Bürger), for the "council members must outnumber" rule. */
export type SeatKind = 'council' | 'expertCitizen' | 'other';

/** Everyone on the attendance list of a meeting, with what matters for Beschlussfähigkeit. */
export interface QuorumParticipant {
  personId: string;
  /** As printed: "Herr Pohl", "Frau Dr. Schmitz". */
  name: string;
  /** member: holds a seat; substitute: Stellvertreter; advisory: beratendes Mitglied. */
  role: 'member' | 'substitute' | 'advisory' | 'administration' | 'guest';
  votingRight: boolean;
  seatKind: SeatKind;
  fraktionId?: string;
  /** The mayor in the council (counts as a member when the rules say so). */
  isMayor?: boolean;
  /** Substitutes: the members they may represent; undefined or empty = any member of the same Fraktion. */
  mayRepresent?: string[];
}

export interface PresenceEvent {
  personId: string;
  kind: 'arrive' | 'leave';
  at: Date;
}

/** i.V.f.: the substitute sits in place of this member (one substitute may be named for two members). */
export interface Substitution {
  substituteId: string;
  forMemberId: string;
}

/** The person takes no part in this agenda item and does not count for it. */
export interface Befangenheit {
  personId: string;
  agendaItemId: string;
}

/** Everything the engine needs about one meeting; loaded by the store, evaluated purely. */
export interface QuorumSituation {
  /** Statutory number of voting members (Organization.votingMemberCount). */
  seats: number;
  rules: QuorumRules;
  participants: QuorumParticipant[];
  events: PresenceEvent[];
  substitutions: Substitution[];
  befangenheit: Befangenheit[];
  /** Convened a second time after lack of quorum, with the invitation saying so: quorate regardless. */
  secondConvocation: boolean;
  /** When the chair formally established the lack of quorum. */
  lackEstablishedAt?: Date;
}

/** Why a person counts or not, at the moment evaluated. */
export type QuorumReason =
  | { code: 'present'; since: Date }
  | { code: 'substituteFor'; forMemberId: string; since: Date }
  | { code: 'notArrived' }
  | { code: 'left'; at: Date }
  | { code: 'noVotingRight' }
  | { code: 'administration' }
  | { code: 'guest' }
  | { code: 'befangen'; agendaItemId: string }
  /** A substitute while the member they stand in for is present. */
  | { code: 'representedMemberPresent'; forMemberId: string }
  /** A substitute present without an absent member they may stand in for. */
  | { code: 'substituteWithoutMember' }
  /** A second substitute for a member someone already stands in for. */
  | { code: 'alreadyRepresented'; forMemberId: string };

export interface PersonVerdict {
  personId: string;
  name: string;
  counts: boolean;
  reason: QuorumReason;
}

export interface QuorumResult {
  /** The legal status: counted quorate, or second convocation, or deemed quorate until the lack is established. */
  quorate: boolean;
  /** By head count (and the council-members rule) alone: what the bot warns about. */
  countedQuorate: boolean;
  basis: 'count' | 'secondConvocation' | 'deemedUntilEstablished' | 'lackEstablished';
  /** Voting members counted. */
  present: number;
  /** Needed: more than half of the seats (7 seats: 4; 8 seats: 5). */
  needed: number;
  /** Seats the count is based on (incl. the mayor where the rules say so). */
  seats: number;
  /** Only when the council-members rule is on: council members present vs. expert citizens present. */
  councilVsExperts?: { council: number; experts: number; ok: boolean };
  people: PersonVerdict[];
}

/** An answer to the attendance request before the session. */
export interface AttendanceAnswer {
  personId: string;
  response?: 'attending' | 'excused' | 'substitute';
  /** With response 'substitute': who stands in; counted once confirmed. */
  substituteId?: string;
  substituteConfirmed?: boolean;
}

/** "erwartet beschlussfähig: 6 von 7, erforderlich 4". */
export interface QuorumForecast {
  expectedQuorate: boolean;
  expected: number;
  needed: number;
  seats: number;
  /** Members (with voting right) who have not answered. */
  unanswered: string[];
  excused: string[];
  /** Named substitutes not yet confirmed. */
  unconfirmedSubstitutes: string[];
  /** Convened a second time: quorate regardless of the expected head count. */
  secondConvocation?: true;
}
