import type { NewAgendaEntry } from '../agenda/agenda-entry';
import type { InquiryRules, QuorumRules } from './rule-settings';

export type OrganizationKind = 'committee' | 'fraktion';

export type TemplateItem = Pick<NewAgendaEntry, 'name' | 'public' | 'level'>;

/** A Gremium or Fraktion as the use cases see it. Rule fields hold only the committee's overrides. */
export interface CommitteeRecord {
  id: string;
  body: string;
  kind: OrganizationKind;
  name: string;
  shortName: string;
  classification?: string;
  subOrganizationOf?: string;
  startDate?: Date;
  endDate?: Date;
  website?: string;
  votingMemberCount?: number;
  quorumRules?: Partial<QuorumRules>;
  inquiryRules?: Partial<InquiryRules>;
  agendaTemplate?: TemplateItem[];
  restartNumberingInNonPublic: boolean;
  color?: string;
}

/** Overrides may be reset to the inherited value with null. */
type Overrides<T> = { [K in keyof T]?: T[K] | null };

export interface CommitteeChanges {
  name?: string;
  shortName?: string;
  classification?: string | null;
  subOrganizationOf?: string | null;
  startDate?: Date | null;
  endDate?: Date | null;
  website?: string | null;
  votingMemberCount?: number | null;
  quorumRules?: Overrides<QuorumRules>;
  inquiryRules?: Overrides<InquiryRules>;
  agendaTemplate?: TemplateItem[] | null;
  restartNumberingInNonPublic?: boolean;
  color?: string | null;
}

export type NewCommittee = { body: string; kind: OrganizationKind; name: string; shortName: string } & Omit<
  CommitteeChanges,
  'name' | 'shortName'
>;

export interface BodyRules {
  id: string;
  name: string;
  quorumRules?: Partial<QuorumRules>;
  inquiryRules?: Partial<InquiryRules>;
}

export interface CommitteeStore {
  list(filter: { kind?: OrganizationKind; body?: string }): Promise<CommitteeRecord[]>;
  findById(id: string): Promise<CommitteeRecord | null>;
  findByIds(ids: readonly string[]): Promise<CommitteeRecord[]>;
  bodyRules(bodyId: string): Promise<BodyRules | null>;
  create(committee: NewCommittee): Promise<CommitteeRecord>;
  update(id: string, changes: CommitteeChanges): Promise<CommitteeRecord | null>;
  /** Meetings, memberships or papers still pointing at the committee. */
  countReferences(id: string): Promise<number>;
  delete(id: string): Promise<void>;
}
