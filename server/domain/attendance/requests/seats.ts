import type { Seat } from './ports';

export const SUBSTITUTE_ROLE = 'Stellvertretendes Mitglied';

/** Asked for attendance: regular seats with voting right (not substitutes). */
export function isVotingMember(seat: Seat): boolean {
  return seat.votingRight && seat.role !== SUBSTITUTE_ROLE;
}

/**
 * Substitutes who may stand in for `member`: voting substitutes naming the member in mayRepresent,
 * or, when they name nobody, sitting for the same Fraktion.
 */
export function allowedSubstitutes(seats: readonly Seat[], member: Seat): Seat[] {
  const allowed = seats.filter((seat) => {
    if (seat.role !== SUBSTITUTE_ROLE || !seat.votingRight || seat.personId === member.personId) return false;
    if (seat.mayRepresent && seat.mayRepresent.length > 0) return seat.mayRepresent.includes(member.personId);
    return seat.onBehalfOf !== undefined && seat.onBehalfOf === member.onBehalfOf;
  });
  return allowed.filter((seat, index) => allowed.findIndex((s) => s.personId === seat.personId) === index);
}

/** One entry per person (a person may hold two memberships, e.g. after a change of role). */
export function votingMembers(seats: readonly Seat[]): Seat[] {
  const byPerson = new Map<string, Seat>();
  for (const seat of seats)
    if (isVotingMember(seat) && !byPerson.has(seat.personId)) byPerson.set(seat.personId, seat);
  return [...byPerson.values()];
}
