import type { FollowUpKind, FollowUpRecord, FollowUpStatus } from './ports';

/** An owner's request for a later due date, pending until the office decides. */
export interface DueDateRequest {
  dueDate: Date;
  reason: string;
  requestedBy?: string;
  requestedByName?: string;
  requestedAt: Date;
}

/** Where a follow-up was recorded, resolved for messages (no ids only). */
export interface FollowUpOrigin {
  meetingName?: string;
  meetingStart?: Date;
  itemNumber?: string;
  itemName?: string;
}

/** A follow-up as tracking sees it: names resolved, confidentiality decided. */
export interface TrackedFollowUp extends FollowUpRecord {
  body: string;
  committeeName: string;
  committeeShortName: string;
  paper?: string;
  inquiry?: string;
  description?: string;
  /** Person name or department name. */
  ownerName: string;
  /** Marked non-public, or recorded under a non-public agenda item. */
  confidential: boolean;
  origin: FollowUpOrigin;
  completionNote?: string;
  completedByName?: string;
  dueDateRequest?: DueDateRequest;
  escalatedAt?: Date;
  createdAt: Date;
}

export interface NewFollowUp {
  body: string;
  organization: string;
  kind: FollowUpKind;
  title: string;
  description?: string;
  public: boolean;
  meeting?: string;
  agendaItem?: string;
  paper?: string;
  inquiry?: string;
  ownerDepartment?: string;
  ownerPerson?: string;
  dueDate: Date;
}

/** Undefined: untouched; null: cleared. */
export interface FollowUpChanges {
  dueDate?: Date;
  ownerDepartment?: string | null;
  ownerPerson?: string | null;
  description?: string | null;
  status?: Exclude<FollowUpStatus, 'offen'>;
  completedAt?: Date;
  completionNote?: string;
  completedByName?: string;
  dueDateRequest?: DueDateRequest | null;
  escalatedAt?: Date | null;
}

export interface FollowUpFilter {
  organizations?: string[];
  statuses?: FollowUpStatus[];
  ownerDepartment?: string;
  ownerPerson?: string;
  /** Open ones due before this instant. */
  overdueAt?: Date;
  /** Any status, due before this instant (the schedules look only at what is near). */
  dueBefore?: Date;
}

export interface FollowUpTrackingStore {
  create(input: NewFollowUp): Promise<TrackedFollowUp>;
  find(id: string): Promise<TrackedFollowUp | null>;
  /** Due date first (none last), then title. */
  list(filter: FollowUpFilter): Promise<TrackedFollowUp[]>;
  /** Applies the changes only while the item is still open; null when it is not (closed meanwhile). */
  updateOpen(id: string, changes: FollowUpChanges): Promise<TrackedFollowUp | null>;
  /** Sets `escalatedAt` unless already set for the current due date; false when it was already set. */
  markEscalated(id: string, at: Date): Promise<boolean>;
}

export interface CommitteeInfo {
  id: string;
  bodyId: string;
  name: string;
  shortName: string;
}

/** Who is who around a follow-up: committees, persons, departments and their chat reachability. */
export interface FollowUpDirectory {
  committee(id: string): Promise<CommitteeInfo | null>;
  personName(id: string): Promise<string | null>;
  /** A department is known when a person or login belongs to it. */
  departmentKnown(name: string): Promise<boolean>;
  departmentOfPerson(personId: string): Promise<string | undefined>;
  /** Persons of the department (persons and the persons behind its logins). */
  personsOfDepartment(name: string): Promise<string[]>;
  /** Persons behind the committee's office logins. */
  officePersons(committeeId: string): Promise<string[]>;
  /** Persons behind head logins whose scope covers the committee (their office committees, or all). */
  headPersons(committeeId: string): Promise<string[]>;
  meeting(id: string): Promise<{ organization: string; items: { id: string; public: boolean }[] } | null>;
  paper(id: string): Promise<{ organizations: string[]; public: boolean } | null>;
  inquiry(id: string): Promise<{ organization: string; public: boolean } | null>;
}
