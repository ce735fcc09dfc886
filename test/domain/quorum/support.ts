import { NRW_QUORUM_RULES, type QuorumRules } from '../../../server/domain/committees/rule-settings';
import { berlin } from '../../../server/domain/time/berlin';
import type { PresenceEvent, QuorumParticipant, QuorumSituation } from '../../../server/domain/quorum/types';

/** A clock time on the day of the Köln session, 18.11.2019. */
export const at = (hour: number, minute = 0): Date => berlin(2019, 11, 18, hour, minute);

/** Counting rules: nothing deemed, so `quorate` follows the head count. */
export const COUNTING: QuorumRules = { ...NRW_QUORUM_RULES, deemedQuorateUntilEstablished: false };

export function member(personId: string, extra: Partial<QuorumParticipant> = {}): QuorumParticipant {
  return {
    personId,
    name: `Herr ${personId}`,
    role: 'member',
    votingRight: true,
    seatKind: 'council',
    ...extra,
  };
}

export function substitute(personId: string, extra: Partial<QuorumParticipant> = {}): QuorumParticipant {
  return member(personId, { role: 'substitute', ...extra });
}

export function other(personId: string, role: QuorumParticipant['role']): QuorumParticipant {
  return member(personId, { role, votingRight: false, seatKind: 'other' });
}

export const arrive = (personId: string, when: Date): PresenceEvent => ({
  personId,
  kind: 'arrive',
  at: when,
});
export const leave = (personId: string, when: Date): PresenceEvent => ({ personId, kind: 'leave', at: when });

/** Everyone named arrives at 14:00. */
export function arrivingAtTwo(...personIds: string[]): PresenceEvent[] {
  return personIds.map((id) => arrive(id, at(14)));
}

export function situation(
  partial: Partial<QuorumSituation> & Pick<QuorumSituation, 'seats'>,
): QuorumSituation {
  return {
    rules: COUNTING,
    participants: [],
    events: [],
    substitutions: [],
    befangenheit: [],
    secondConvocation: false,
    ...partial,
  };
}

/** `seats` regular members m1..mN, all of Fraktion F. */
export function members(count: number, extra: Partial<QuorumParticipant> = {}): QuorumParticipant[] {
  return Array.from({ length: count }, (_, i) => member(`m${i + 1}`, { fraktionId: 'F', ...extra }));
}
