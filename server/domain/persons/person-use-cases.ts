import type { CommitteeRecord, CommitteeStore } from '../committees/ports';
import { DomainError } from '../errors';
import type { MembershipRecord, MembershipStore } from '../memberships/ports';
import type { NewPerson, PersonChanges, PersonRecord, PersonStore } from './ports';

export interface PersonStores {
  persons: PersonStore;
  memberships: MembershipStore;
  committees: CommitteeStore;
}

export interface PersonWithMemberships {
  person: PersonRecord;
  memberships: { membership: MembershipRecord; organization: CommitteeRecord }[];
}

/** Adds each person's memberships (Gremien and Fraktionen) with the organisation they are in. */
export async function withMemberships(
  stores: PersonStores,
  persons: readonly PersonRecord[],
): Promise<PersonWithMemberships[]> {
  const memberships = persons.length
    ? await stores.memberships.list({ persons: persons.map((p) => p.id) })
    : [];
  const organizations = await stores.committees.findByIds([
    ...new Set(memberships.map((m) => m.organization)),
  ]);
  const organizationById = new Map(organizations.map((o) => [o.id, o]));
  return persons.map((person) => ({
    person,
    memberships: memberships.flatMap((membership) => {
      const organization = organizationById.get(membership.organization);
      return membership.person === person.id && organization ? [{ membership, organization }] : [];
    }),
  }));
}

export async function getPerson(stores: PersonStores, id: string): Promise<PersonWithMemberships> {
  const person = await stores.persons.findById(id);
  if (!person) throw new DomainError('not_found', 'Diese Person gibt es nicht.', { id });
  const [detail] = await withMemberships(stores, [person]);
  if (!detail) throw new Error('person lost while adding memberships');
  return detail;
}

export async function registerPerson(stores: PersonStores, input: NewPerson): Promise<PersonRecord> {
  if (!(await stores.committees.bodyRules(input.body))) {
    throw new DomainError('validation_failed', 'Diese Körperschaft gibt es nicht.', { field: 'body' });
  }
  return stores.persons.create(input);
}

export async function updatePerson(
  stores: PersonStores,
  id: string,
  changes: PersonChanges,
): Promise<PersonRecord> {
  const updated = await stores.persons.update(id, changes);
  if (!updated) throw new DomainError('not_found', 'Diese Person gibt es nicht.', { id });
  return updated;
}
