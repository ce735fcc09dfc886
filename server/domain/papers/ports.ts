import type { ConfidentialScope } from '../access/visibility';
import type { Page } from '../persons/ports';
import type { PaperType } from './paper-types';

export interface PaperRecord {
  id: string;
  body: string;
  reference: string;
  name: string;
  paperType: PaperType;
  date?: Date;
  public: boolean;
  /** Committees consulting the paper. */
  organizations: string[];
  originatorPerson?: string[];
  originatorOrganization?: string[];
  underDirectionOf?: string;
  summary?: string;
  mainFileUrl?: string;
}

export type NewPaper = Omit<PaperRecord, 'id'>;

export type PaperChanges = { [K in keyof Omit<PaperRecord, 'id' | 'body'>]?: PaperRecord[K] | null };

export interface PaperQuery {
  organization?: string;
  paperType?: PaperType;
  /** Part of the reference number ("3679", "AN/0819"). */
  reference?: string;
  /** Public papers, plus the non-public ones of these committees. */
  visibleTo: ConfidentialScope;
  page: number;
  pageSize: number;
}

export interface PaperStore {
  list(query: PaperQuery): Promise<Page<PaperRecord>>;
  findById(id: string): Promise<PaperRecord | null>;
  findByIds(ids: readonly string[]): Promise<PaperRecord[]>;
  create(paper: NewPaper): Promise<PaperRecord>;
  update(id: string, changes: PaperChanges): Promise<PaperRecord | null>;
}
