import type { MembershipView } from '../../../domain/memberships/membership-use-cases';

export function presentMembership({ membership, person, organization }: MembershipView) {
  return {
    id: membership.id,
    person: person ?? { id: membership.person, name: null },
    organization: organization ?? { id: membership.organization, name: null },
    role: membership.role,
    votingRight: membership.votingRight,
    onBehalfOf: membership.onBehalfOf ?? null,
    seatKind: membership.seatKind,
    mayRepresent: membership.mayRepresent ?? [],
    startDate: membership.startDate ?? null,
    endDate: membership.endDate ?? null,
  };
}
