/** Rollen as printed in the minutes (same list as the Membership model). */
export const MEMBERSHIP_ROLES = [
  'Vorsitz',
  'Stellvertretender Vorsitz',
  'Mitglied',
  'Stellvertretendes Mitglied',
  'Sachkundiger Bürger',
  'Sachkundige Einwohner',
  'Beratendes Mitglied',
] as const;

export const SEAT_KINDS = ['council', 'expertCitizen', 'other'] as const;

export interface MembershipRecord {
  id: string;
  person: string;
  organization: string;
  role: (typeof MEMBERSHIP_ROLES)[number];
  votingRight: boolean;
  onBehalfOf?: string;
  seatKind: (typeof SEAT_KINDS)[number];
  mayRepresent?: string[];
  startDate?: Date;
  endDate?: Date;
}

export type NewMembership = Omit<MembershipRecord, 'id' | 'seatKind'> & {
  seatKind?: MembershipRecord['seatKind'];
};

export type MembershipChanges = {
  [K in keyof Omit<MembershipRecord, 'id' | 'person' | 'organization'>]?: MembershipRecord[K] | null;
};

export interface MembershipStore {
  list(filter: {
    organization?: string;
    person?: string;
    persons?: readonly string[];
    currentAt?: Date;
  }): Promise<MembershipRecord[]>;
  findById(id: string): Promise<MembershipRecord | null>;
  create(membership: NewMembership): Promise<MembershipRecord>;
  update(id: string, changes: MembershipChanges): Promise<MembershipRecord | null>;
}
