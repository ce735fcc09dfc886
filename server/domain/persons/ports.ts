export interface ChatIdentity {
  platform: 'teams' | 'slack';
  userId: string;
  tenantId?: string;
}

export interface PersonRecord {
  id: string;
  body: string;
  name: string;
  familyName: string;
  givenName?: string;
  formOfAddress?: string;
  title?: string[];
  email?: string[];
  isAdministration: boolean;
  department?: string;
  chatIdentities: ChatIdentity[];
}

export type NewPerson = Omit<PersonRecord, 'id' | 'chatIdentities' | 'isAdministration'> & {
  isAdministration?: boolean;
  chatIdentities?: ChatIdentity[];
};

export type PersonChanges = { [K in keyof Omit<NewPerson, 'body'>]?: NewPerson[K] | null };

export interface PersonQuery {
  /** Part of the name, any case. */
  name?: string;
  body?: string;
  /** Only persons with a membership in this committee current at `currentAt`. */
  organization?: string;
  currentAt: Date;
  page: number;
  pageSize: number;
}

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export interface PersonStore {
  search(query: PersonQuery): Promise<Page<PersonRecord>>;
  findById(id: string): Promise<PersonRecord | null>;
  findByIds(ids: readonly string[]): Promise<PersonRecord[]>;
  create(person: NewPerson): Promise<PersonRecord>;
  update(id: string, changes: PersonChanges): Promise<PersonRecord | null>;
}
