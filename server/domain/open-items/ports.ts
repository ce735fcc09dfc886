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

export interface OpenItemsSource {
  openInquiries(scope: OpenItemsScope): Promise<OpenItem[]>;
  openFollowUps(scope: OpenItemsScope): Promise<OpenItem[]>;
}
