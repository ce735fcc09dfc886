import { mayManageCommittee, mayReadConfidential, type Actor } from '../access/principal';
import { DomainError } from '../errors';
import type { FollowUpDirectory, TrackedFollowUp } from './tracking';

type Owned = Pick<TrackedFollowUp, 'ownerPerson' | 'ownerDepartment'>;

/** The owner person, or someone of the owner department (by login or person record). */
export async function isOwner(directory: FollowUpDirectory, actor: Actor, followUp: Owned): Promise<boolean> {
  if (actor.kind !== 'user') return false;
  if (followUp.ownerPerson && actor.personId === followUp.ownerPerson) return true;
  if (!followUp.ownerDepartment) return false;
  if (actor.department === followUp.ownerDepartment) return true;
  if (!actor.personId) return false;
  return (await directory.departmentOfPerson(actor.personId)) === followUp.ownerDepartment;
}

/** Public ones for everyone; confidential ones for those with rights in the committee and the owner. */
export async function mayRead(
  directory: FollowUpDirectory,
  actor: Actor,
  followUp: TrackedFollowUp,
): Promise<boolean> {
  if (!followUp.confidential) return true;
  return mayReadConfidential(actor, followUp.organization) || isOwner(directory, actor, followUp);
}

/** Closing and asking for a new due date: the owner or the committee's office. */
export async function requireOwnerOrOffice(
  directory: FollowUpDirectory,
  actor: Actor,
  followUp: TrackedFollowUp,
): Promise<void> {
  if (mayManageCommittee(actor, followUp.organization)) return;
  if (await isOwner(directory, actor, followUp)) return;
  throw new DomainError(
    'forbidden',
    'Nur die zuständige Stelle oder die Geschäftsführung des Ausschusses darf das.',
  );
}

export function requireOffice(actor: Actor, committeeId: string): void {
  if (!mayManageCommittee(actor, committeeId))
    throw new DomainError('forbidden', 'Nur die Geschäftsführung des Ausschusses darf das.');
}
