export type FollowUpKind = 'zusage' | 'pruefauftrag' | 'arbeitsauftrag' | 'beschlusskontrolle';
export type FollowUpStatus = 'offen' | 'erledigt' | 'aufgehoben';

/** A Zusage, Prüf- or Arbeitsauftrag or Beschlusskontrolle recorded in a meeting. */
export interface FollowUpRecord {
  id: string;
  organization: string;
  meeting?: string;
  /** The Tagesordnungspunkt it was recorded under. */
  agendaItem?: string;
  kind: FollowUpKind;
  title: string;
  /** False: it stems from the nichtöffentlicher Teil. */
  public: boolean;
  ownerDepartment?: string;
  ownerPerson?: string;
  dueDate?: Date;
  status: FollowUpStatus;
  completedAt?: Date;
}

export interface FollowUpStore {
  /** Every follow-up recorded in the meeting, whatever its status. */
  ofMeeting(meetingId: string): Promise<FollowUpRecord[]>;
}
