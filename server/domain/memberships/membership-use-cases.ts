import type { CommitteeStore } from '../committees/ports';
import { DomainError } from '../errors';
import type { PersonStore } from '../persons/ports';
import type { MembershipChanges, MembershipRecord, MembershipStore, NewMembership } from './ports';

export interface MembershipStores {
  memberships: MembershipStore;
  persons: PersonStore;
  committees: CommitteeStore;
}

export async function createMembership(
  stores: MembershipStores,
  input: NewMembership,
): Promise<MembershipRecord> {
  const [person, organization] = await Promise.all([
    stores.persons.findById(input.person),
    stores.committees.findById(input.organization),
  ]);
  if (!person) throw new DomainError('validation_failed', 'Diese Person gibt es nicht.', { field: 'person' });
  if (!organization)
    throw new DomainError('validation_failed', 'Dieses Gremium gibt es nicht.', { field: 'organization' });
  if (person.body !== organization.body) {
    throw new DomainError(
      'validation_failed',
      'Person und Gremium gehören zu verschiedenen Körperschaften.',
      {
        field: 'person',
      },
    );
  }
  if (input.onBehalfOf) await requireFraktion(stores.committees, input.onBehalfOf);
  assertPeriod(input.startDate, input.endDate);
  return stores.memberships.create(input);
}

export async function updateMembership(
  stores: MembershipStores,
  current: MembershipRecord,
  changes: MembershipChanges,
): Promise<MembershipRecord> {
  if (changes.onBehalfOf) await requireFraktion(stores.committees, changes.onBehalfOf);
  const start = changes.startDate === undefined ? current.startDate : (changes.startDate ?? undefined);
  const end = changes.endDate === undefined ? current.endDate : (changes.endDate ?? undefined);
  assertPeriod(start, end);
  const updated = await stores.memberships.update(current.id, changes);
  if (!updated) throw new DomainError('not_found', 'Diese Mitgliedschaft gibt es nicht.', { id: current.id });
  return updated;
}

/** Ends a membership; it stays in the record (attendance lists of past meetings refer to it). */
export async function endMembership(
  stores: MembershipStores,
  current: MembershipRecord,
  endDate: Date,
): Promise<MembershipRecord> {
  if (current.endDate && current.endDate.getTime() <= endDate.getTime()) {
    throw new DomainError('membership_already_ended', 'Diese Mitgliedschaft ist bereits beendet.', {
      endDate: current.endDate.toISOString(),
    });
  }
  return updateMembership(stores, current, { endDate });
}

async function requireFraktion(committees: CommitteeStore, id: string): Promise<void> {
  const fraktion = await committees.findById(id);
  if (!fraktion || fraktion.kind !== 'fraktion') {
    throw new DomainError('validation_failed', 'Diese Fraktion gibt es nicht.', { field: 'onBehalfOf' });
  }
}

function assertPeriod(start: Date | undefined, end: Date | undefined): void {
  if (start && end && end.getTime() < start.getTime()) {
    throw new DomainError('validation_failed', 'Das Ende liegt vor dem Beginn.', { field: 'endDate' });
  }
}

export interface MembershipView {
  membership: MembershipRecord;
  person?: { id: string; name: string };
  organization?: { id: string; name: string; shortName: string; kind: string };
}

/** Memberships with the names of person and organisation, for lists. */
export async function describeMemberships(
  stores: MembershipStores,
  memberships: readonly MembershipRecord[],
): Promise<MembershipView[]> {
  const [persons, organizations] = await Promise.all([
    stores.persons.findByIds([...new Set(memberships.map((m) => m.person))]),
    stores.committees.findByIds([...new Set(memberships.map((m) => m.organization))]),
  ]);
  const personById = new Map(persons.map((p) => [p.id, { id: p.id, name: p.name }]));
  const organizationById = new Map(
    organizations.map((o) => [o.id, { id: o.id, name: o.name, shortName: o.shortName, kind: o.kind }]),
  );
  return memberships.map((membership) => ({
    membership,
    person: personById.get(membership.person),
    organization: organizationById.get(membership.organization),
  }));
}

export async function getMembership(stores: MembershipStores, id: string): Promise<MembershipRecord> {
  const membership = await stores.memberships.findById(id);
  if (!membership) throw new DomainError('not_found', 'Diese Mitgliedschaft gibt es nicht.', { id });
  return membership;
}
