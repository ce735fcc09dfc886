/** Who is asking. Built once per request or chat turn from the login and the person's memberships. */
export type Role = 'office' | 'head' | 'member' | 'department' | 'admin';

export interface Principal {
  kind: 'user';
  userId: string;
  displayName: string;
  roles: Role[];
  /** Person record linked to the login, if any (members, office staff). */
  personId?: string;
  /** Committees this user runs as office (Geschäftsführung). */
  officeCommitteeIds: string[];
  /** Committees where the linked person holds a current membership. */
  memberCommitteeIds: string[];
  /** Department (Fachdienststelle) the user belongs to, for the department role. */
  department?: string;
}

export interface PublicVisitor {
  kind: 'public';
}

export type Actor = Principal | PublicVisitor;

export const PUBLIC: PublicVisitor = { kind: 'public' };

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.kind === 'user' && actor.roles.includes(role);
}

/** May see non-public agenda items and papers of this committee. */
export function mayReadConfidential(actor: Actor, committeeId: string): boolean {
  if (actor.kind !== 'user') return false;
  if (actor.roles.includes('head') || actor.roles.includes('admin')) return true;
  if (actor.roles.includes('office') && actor.officeCommitteeIds.includes(committeeId)) return true;
  return actor.memberCommitteeIds.includes(committeeId);
}

/** May change meetings, agendas and memberships of this committee. */
export function mayManageCommittee(actor: Actor, committeeId: string): boolean {
  if (actor.kind !== 'user') return false;
  if (actor.roles.includes('admin')) return true;
  return actor.roles.includes('office') && actor.officeCommitteeIds.includes(committeeId);
}

/** May see which chat channels are bound to this committee: its office, heads and admins. */
export function mayViewChannelBindings(actor: Actor, committeeId: string): boolean {
  return mayManageCommittee(actor, committeeId) || hasRole(actor, 'head');
}

/** May list the chats the bot is installed in, to bind one: office staff and admins. */
export function mayPickChatConversations(actor: Actor): boolean {
  return hasRole(actor, 'office') || hasRole(actor, 'admin');
}
