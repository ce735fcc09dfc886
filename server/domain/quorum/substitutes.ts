/** A present substitute, not befangen, who may count in place of an absent (or befangen) member. */
export interface SubstituteClaim {
  /** Position in the participant list. */
  index: number;
  personId: string;
  /** Start of the current stay: who came first keeps the seat. */
  since: number;
}

/**
 * Assigns each present substitute at most one absent member and each absent member at most one
 * substitute. Substitutes are taken in order of arrival and an earlier one is never pushed out by
 * a later one (augmenting paths only move it to another member it is named for), so with two
 * substitutes for one member the first arrived counts, while one named for two members still
 * leaves the other member to a second substitute.
 */
export function matchSubstitutes(
  claims: readonly SubstituteClaim[],
  namedFor: ReadonlyMap<string, readonly string[]>,
  takingPart: ReadonlySet<string>,
): Map<string, string> {
  const ordered = [...claims].sort((a, b) => a.since - b.since || a.index - b.index);
  const holderOf = new Map<string, string>();
  const memberOf = new Map<string, string>();

  const tryAssign = (substituteId: string, visited: Set<string>): boolean => {
    for (const memberId of namedFor.get(substituteId) ?? []) {
      if (takingPart.has(memberId) || visited.has(memberId)) continue;
      visited.add(memberId);
      const holder = holderOf.get(memberId);
      if (holder === undefined || tryAssign(holder, visited)) {
        holderOf.set(memberId, substituteId);
        memberOf.set(substituteId, memberId);
        return true;
      }
    }
    return false;
  };

  for (const claim of ordered) tryAssign(claim.personId, new Set());
  return memberOf;
}
