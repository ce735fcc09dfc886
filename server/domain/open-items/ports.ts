/** States of a pending Anfrage; every other state closes it. */
export const OPEN_INQUIRY_STATES = ['eingereicht', 'angenommen', 'zugewiesen'] as const;

export const CLOSED_INQUIRY_STATES = [
  'beantwortet',
  'veroeffentlicht',
  'zurueckgezogen',
  'zurueckgewiesen',
] as const;

/** A pending Anfrage or an open follow-up (Zusage, Prüf- or Arbeitsauftrag, Beschlusskontrolle). */
export interface OpenItem {
  kind: 'inquiry' | 'followUp';
  id: string;
  organization: string;
  /** Subject of the Anfrage or title of the follow-up. */
  title: string;
  /** Inquiry state, or the follow-up's kind ("pruefauftrag"). */
  state: string;
  /** Inquiry number ("AN/0819/2021"), if already numbered. */
  number?: string;
  public: boolean;
  department?: string;
  dueDate?: Date;
  meeting?: string;
}

/** Committees (or all) plus, for a Fachdienststelle, whatever is assigned to it. */
export interface OpenItemsScope {
  all: boolean;
  committeeIds: string[];
  department?: string;
}

/** Committees whose non-public items the reader may see (all of them for heads and admins). */
export interface ConfidentialReach {
  all: boolean;
  committeeIds: string[];
}

/** Open items in scope that the reader may see, narrowed by the list's filter. */
export interface OpenItemsQuery {
  scope: OpenItemsScope;
  confidential: ConfidentialReach;
  organizations?: readonly string[];
  kind?: OpenItem['kind'];
  /** Only items due before this instant (the overdue ones). */
  dueBefore?: Date;
}

/** Number of open items of one committee, kind and publicity, and how many of them are overdue. */
export interface OpenItemTally {
  organization: string;
  kind: OpenItem['kind'];
  public: boolean;
  open: number;
  overdue: number;
}

export interface OpenItemsSource {
  /**
   * The first `limit` items of the query by due date, undated last, plus every further item
   * sharing the due date of the last of them (so ties can be ordered by title afterwards).
   */
  leadingOpenItems(query: OpenItemsQuery, limit: number): Promise<OpenItem[]>;
  /** Open items in scope per committee, kind and publicity; overdue means due before `now`. */
  tallyOpenItems(scope: OpenItemsScope, now: Date): Promise<OpenItemTally[]>;
}
