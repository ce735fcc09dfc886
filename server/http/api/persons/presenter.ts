import type { PersonWithMemberships } from '../../../domain/persons/person-use-cases';
import type { PersonRecord } from '../../../domain/persons/ports';

/** Name, form of address, title and memberships are public; contact details only with `withContact`. */
export function presentPerson({ person, memberships }: PersonWithMemberships, withContact: boolean) {
  return {
    id: person.id,
    body: person.body,
    name: person.name,
    familyName: person.familyName,
    givenName: person.givenName ?? null,
    formOfAddress: person.formOfAddress ?? null,
    title: person.title ?? [],
    isAdministration: person.isAdministration,
    department: person.department ?? null,
    memberships: memberships.map(({ membership, organization }) => ({
      id: membership.id,
      organization: {
        id: organization.id,
        kind: organization.kind,
        name: organization.name,
        shortName: organization.shortName,
      },
      role: membership.role,
      votingRight: membership.votingRight,
      onBehalfOf: membership.onBehalfOf ?? null,
      startDate: membership.startDate ?? null,
      endDate: membership.endDate ?? null,
    })),
    ...(withContact ? contactDetails(person) : {}),
  };
}

function contactDetails(person: PersonRecord) {
  return { email: person.email ?? [], chatIdentities: person.chatIdentities };
}
