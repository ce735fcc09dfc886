/** What the dashboard reads from /api/v1 (dates arrive as ISO strings). */
export interface SessionUser {
  id?: string;
  userId?: string;
  displayName: string;
  roles: string[];
  officeCommitteeIds?: string[];
  memberCommitteeIds?: string[];
  personId?: string | null;
  department?: string | null;
}

export interface SessionInfo {
  user: SessionUser | null;
  csrfToken: string;
  loginMethods?: { local: boolean; oidc: boolean };
}

export interface Committee {
  id: string;
  name: string;
  shortName?: string;
  kind?: string;
  color?: string | null;
  agendaTemplate?: { name: string; public: boolean; level: 1 | 2 }[] | null;
}

/** How meetings and open items name their committee. */
export interface CommitteeRef {
  id: string;
  name: string | null;
  shortName?: string | null;
  color?: string | null;
}

export interface LocationInfo {
  id?: string;
  description?: string;
  room?: string;
  streetAddress?: string;
  locality?: string;
}

export interface MeetingSummary {
  id: string;
  name: string;
  organization: CommitteeRef;
  start: string;
  end?: string | null;
  state: string;
  cancelled?: boolean;
  version?: number;
}

export interface PaperRef {
  id: string;
  reference: string;
  name?: string;
  paperType?: string;
}

/** A Tagesordnungspunkt; main items carry their sub-items. */
export interface AgendaItem {
  id: string;
  number: string;
  order: number;
  level: 1 | 2;
  name: string;
  public: boolean;
  supplement?: boolean;
  paper?: PaperRef | null;
  result?: string | null;
  resolutionText?: string | null;
  children?: AgendaItem[];
}

export interface Agenda {
  publicPart: AgendaItem[];
  nonPublicPart: AgendaItem[];
  nonPublicItemCount: number;
  /** False: the nichtöffentlicher Teil is withheld from this reader (only the count is given). */
  nonPublicIncluded: boolean;
}

export interface AttendanceSummary {
  present?: number;
  required?: number;
  quorate?: boolean;
  entries?: { name: string; status: string }[];
}

export interface MeetingDetail extends MeetingSummary {
  location?: LocationInfo | null;
  /** States the meeting may move to next (eingeladen, abgesagt, …). */
  allowedTransitions?: string[];
  agenda: Agenda;
  /** Shown when the API provides it (quorum issue). */
  attendance?: AttendanceSummary | null;
}

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export interface OpenItem {
  kind: 'inquiry' | 'followUp';
  id: string;
  organization: CommitteeRef;
  title: string;
  state: string;
  number?: string | null;
  public: boolean;
  department?: string | null;
  dueDate?: string | null;
  meeting?: string | null;
  overdue: boolean;
}

export interface CommitteeCount {
  organization: CommitteeRef;
  inquiries: number;
  followUps: number;
  overdue: number;
}

/** One page of open items; `counts` cover everything the reader may see, whatever the filter. */
export interface OpenItemsReport {
  items: OpenItem[];
  page: number;
  pageSize: number;
  total: number;
  counts: CommitteeCount[];
}
