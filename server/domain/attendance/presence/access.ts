import { mayManageCommittee, type Principal } from '../../access/principal';
import { DomainError } from '../../errors';

/** The committee's office records for anyone; a member only for themselves (check-in, Befangenheit). */
export function assertMayRecordFor(
  actor: Principal,
  committeeId: string,
  personId: string,
  selfAllowed: boolean,
): void {
  if (mayManageCommittee(actor, committeeId)) return;
  if (selfAllowed && actor.personId !== undefined && actor.personId === personId) return;
  throw new DomainError(
    'forbidden',
    'Nur die Geschäftsführung des Ausschusses darf das für andere erfassen.',
  );
}

export function assertOffice(actor: Principal, committeeId: string): void {
  if (!mayManageCommittee(actor, committeeId)) {
    throw new DomainError('forbidden', 'Nur die Geschäftsführung des Ausschusses darf das erfassen.');
  }
}
