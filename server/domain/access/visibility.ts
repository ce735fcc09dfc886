import { hasRole, mayManageCommittee, mayReadConfidential, type Actor } from './principal';

/** Committees whose non-public items and papers the actor may read: all of them, or a list. */
export type ConfidentialScope = { all: true } | { all: false; committeeIds: string[] };

export function confidentialScope(actor: Actor): ConfidentialScope {
  if (actor.kind !== 'user') return { all: false, committeeIds: [] };
  if (hasRole(actor, 'head') || hasRole(actor, 'admin')) return { all: true };
  const office = hasRole(actor, 'office') ? actor.officeCommitteeIds : [];
  return { all: false, committeeIds: [...new Set([...office, ...actor.memberCommitteeIds])] };
}

/** A non-public paper is readable with rights in any committee consulting it. */
export function mayReadPaper(
  actor: Actor,
  paper: { public: boolean; organizations: readonly string[] },
): boolean {
  return paper.public || paper.organizations.some((committeeId) => mayReadConfidential(actor, committeeId));
}

/** E-mail addresses and chat identities: the administration and the person themself. */
export function maySeeContactDetails(actor: Actor, personId: string): boolean {
  if (actor.kind !== 'user') return false;
  if (actor.personId === personId) return true;
  return hasRole(actor, 'office') || hasRole(actor, 'head') || hasRole(actor, 'admin');
}

/** Offices and admins keep the register of persons. */
export function mayManagePersons(actor: Actor): boolean {
  return hasRole(actor, 'office') || hasRole(actor, 'admin');
}

/** Offices edit papers of the committees they run (one of the consulting committees suffices). */
export function mayEditPaperOf(actor: Actor, organizations: readonly string[]): boolean {
  if (hasRole(actor, 'admin')) return true;
  return organizations.some((committeeId) => mayManageCommittee(actor, committeeId));
}
