export interface LocationRecord {
  id: string;
  body: string;
  description: string;
  streetAddress?: string;
  room?: string;
  postalCode?: string;
  locality?: string;
}

export type NewLocation = Omit<LocationRecord, 'id'>;

export interface LocationStore {
  list(filter: { body?: string }): Promise<LocationRecord[]>;
  findById(id: string): Promise<LocationRecord | null>;
  findByIds(ids: readonly string[]): Promise<LocationRecord[]>;
  create(location: NewLocation): Promise<LocationRecord>;
}
