import { buildTimelines, type PresenceTimeline } from './presence';
import type { QuorumParticipant, QuorumSituation } from './types';

/** What does not change between moments and agenda items, worked out once per situation. */
export interface PreparedSituation {
  situation: QuorumSituation;
  timelines: Map<string, PresenceTimeline>;
  /** Statutory seats, plus the mayor where the rules say so. */
  seats: number;
  needed: number;
  /** Per substitute: the members they are named for and may represent, in the order named. */
  substituteFor: Map<string, string[]>;
  befangenByItem: Map<string, Set<string>>;
}

export function isRegularVotingMember(
  participant: QuorumParticipant,
  situation: Pick<QuorumSituation, 'rules'>,
): boolean {
  if (participant.role !== 'member' || !participant.votingRight) return false;
  return !participant.isMayor || situation.rules.mayorCountsAsMember;
}

/** More than half: 7 seats need 4, 8 seats need 5. */
export function neededFor(seats: number): number {
  return Math.floor(seats / 2) + 1;
}

export function countedSeats(situation: Pick<QuorumSituation, 'seats' | 'rules' | 'participants'>): number {
  const mayorSeat =
    situation.rules.mayorCountsAsMember &&
    situation.participants.some((p) => p.role === 'member' && p.isMayor);
  return situation.seats + (mayorSeat ? 1 : 0);
}

/** Without an explicit list a substitute may stand in for any member of the own Fraktion. */
export function mayRepresent(substitute: QuorumParticipant, member: QuorumParticipant): boolean {
  if (substitute.mayRepresent && substitute.mayRepresent.length > 0) {
    return substitute.mayRepresent.includes(member.personId);
  }
  return substitute.fraktionId !== undefined && substitute.fraktionId === member.fraktionId;
}

export function prepareSituation(situation: QuorumSituation): PreparedSituation {
  const byId = new Map(situation.participants.map((p) => [p.personId, p]));
  const substituteFor = new Map<string, string[]>();
  for (const { substituteId, forMemberId } of situation.substitutions) {
    const substitute = byId.get(substituteId);
    const member = byId.get(forMemberId);
    // Only members on the list can be stood in for: otherwise the count could exceed the seats.
    if (!substitute || !member || member.isMayor || !isRegularVotingMember(member, situation)) continue;
    if (!mayRepresent(substitute, member)) continue;
    const list = substituteFor.get(substituteId) ?? [];
    if (!list.includes(forMemberId)) list.push(forMemberId);
    substituteFor.set(substituteId, list);
  }
  const befangenByItem = new Map<string, Set<string>>();
  for (const { personId, agendaItemId } of situation.befangenheit) {
    const set = befangenByItem.get(agendaItemId) ?? new Set<string>();
    set.add(personId);
    befangenByItem.set(agendaItemId, set);
  }
  const seats = countedSeats(situation);
  return {
    situation,
    timelines: buildTimelines(situation.events),
    seats,
    needed: neededFor(seats),
    substituteFor,
    befangenByItem,
  };
}
