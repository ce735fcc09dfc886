import { changeInstants, presenceAt, type PresenceAt } from './presence';
import { isRegularVotingMember, prepareSituation, type PreparedSituation } from './prepare';
import { matchSubstitutes, type SubstituteClaim } from './substitutes';
import type { PersonVerdict, QuorumReason, QuorumResult, QuorumSituation } from './types';

export { prepareSituation, type PreparedSituation } from './prepare';

/** Whether the committee may decide at `at`, for the whole meeting or for one agenda item. */
export function evaluateQuorum(situation: QuorumSituation, at: Date, agendaItemId?: string): QuorumResult {
  return evaluatePrepared(prepareSituation(situation), at, agendaItemId);
}

/** All agenda items at one moment: presence is looked up once, only Befangenheit differs per item. */
export function evaluateAgenda(
  situation: QuorumSituation,
  at: Date,
  itemIds: readonly string[],
): Map<string, QuorumResult> {
  const prepared = prepareSituation(situation);
  const presence = presenceSnapshot(prepared, at.getTime());
  const results = new Map<string, QuorumResult>();
  let withoutBefangenheit: QuorumResult | undefined;
  for (const itemId of itemIds) {
    const befangen = prepared.befangenByItem.get(itemId);
    if (befangen && befangen.size > 0) {
      results.set(itemId, resultFor(prepared, at.getTime(), presence, befangen, itemId));
    } else {
      withoutBefangenheit ??= resultFor(prepared, at.getTime(), presence, undefined, undefined);
      results.set(itemId, withoutBefangenheit);
    }
  }
  return results;
}

export function evaluatePrepared(prepared: PreparedSituation, at: Date, agendaItemId?: string): QuorumResult {
  const befangen = agendaItemId === undefined ? undefined : prepared.befangenByItem.get(agendaItemId);
  const instant = at.getTime();
  return resultFor(prepared, instant, presenceSnapshot(prepared, instant), befangen, agendaItemId);
}

export interface QuorumChange {
  at: Date;
  countedQuorate: boolean;
  present: number;
  needed: number;
}

/**
 * The moments the head count crosses the threshold between `from` and `to` (both inclusive),
 * starting with the state at `from`: "lost at 15:40, regained at 15:55".
 */
export function quorumTimeline(
  situation: QuorumSituation,
  from: Date,
  to: Date,
  agendaItemId?: string,
): QuorumChange[] {
  const prepared = prepareSituation(situation);
  const start = from.getTime();
  const end = to.getTime();
  const instants = [start, ...changeInstants(prepared.timelines).filter((t) => t > start && t <= end)];
  const changes: QuorumChange[] = [];
  for (const instant of instants) {
    const result = evaluatePrepared(prepared, new Date(instant), agendaItemId);
    const last = changes[changes.length - 1];
    if (last && last.countedQuorate === result.countedQuorate) continue;
    changes.push({
      at: new Date(instant),
      countedQuorate: result.countedQuorate,
      present: result.present,
      needed: result.needed,
    });
  }
  return changes;
}

function presenceSnapshot(prepared: PreparedSituation, at: number): PresenceAt[] {
  return prepared.situation.participants.map((p) => presenceAt(prepared.timelines.get(p.personId), at));
}

function absentReason(presence: PresenceAt): QuorumReason {
  return presence.state === 'left' ? { code: 'left', at: new Date(presence.at) } : { code: 'notArrived' };
}

function resultFor(
  prepared: PreparedSituation,
  at: number,
  presence: readonly PresenceAt[],
  befangen: ReadonlySet<string> | undefined,
  agendaItemId: string | undefined,
): QuorumResult {
  const { situation } = prepared;
  const participants = situation.participants;
  const reasons: (QuorumReason | undefined)[] = new Array(participants.length);
  // Members taking part; a befangen member is prevented for the item, so a substitute may stand in.
  const takingPart = new Set<string>();
  const claims: SubstituteClaim[] = [];

  participants.forEach((p, i) => {
    const here = presence[i]!;
    if (p.role === 'administration') reasons[i] = { code: 'administration' };
    else if (p.role === 'guest') reasons[i] = { code: 'guest' };
    else if (p.role === 'advisory' || !p.votingRight) reasons[i] = { code: 'noVotingRight' };
    // Without the mayor rule the mayor is not one of the statutory seats and so not counted either.
    else if (p.role === 'member' && !isRegularVotingMember(p, situation))
      reasons[i] = { code: 'noVotingRight' };
    else if (here.state !== 'present') reasons[i] = absentReason(here);
    else if (befangen?.has(p.personId) && agendaItemId !== undefined) {
      reasons[i] = { code: 'befangen', agendaItemId };
    } else if (p.role === 'member') {
      reasons[i] = { code: 'present', since: new Date(here.since) };
      takingPart.add(p.personId);
    } else claims.push({ index: i, personId: p.personId, since: here.since });
  });

  const assignment = matchSubstitutes(claims, prepared.substituteFor, takingPart);
  for (const claim of claims) {
    const forMemberId = assignment.get(claim.personId);
    const named = prepared.substituteFor.get(claim.personId) ?? [];
    if (forMemberId !== undefined) {
      reasons[claim.index] = {
        code: 'substituteFor',
        forMemberId,
        since: new Date(Math.max(claim.since, leftAt(prepared, forMemberId, at))),
      };
      continue;
    }
    const absentNamed = named.find((id) => !takingPart.has(id));
    if (absentNamed !== undefined)
      reasons[claim.index] = { code: 'alreadyRepresented', forMemberId: absentNamed };
    else if (named.length > 0)
      reasons[claim.index] = { code: 'representedMemberPresent', forMemberId: named[0]! };
    else reasons[claim.index] = { code: 'substituteWithoutMember' };
  }

  const people: PersonVerdict[] = participants.map((p, i) => {
    const reason = reasons[i]!;
    return {
      personId: p.personId,
      name: p.name,
      counts: reason.code === 'present' || reason.code === 'substituteFor',
      reason,
    };
  });
  return judge(prepared, at, people);
}

/** When the stood-in member left: a substitute counts in their place only from then on. */
function leftAt(prepared: PreparedSituation, memberId: string, at: number): number {
  const presence = presenceAt(prepared.timelines.get(memberId), at);
  return presence.state === 'left' ? presence.at : -Infinity;
}

function judge(prepared: PreparedSituation, at: number, people: PersonVerdict[]): QuorumResult {
  const { situation, seats, needed } = prepared;
  const participants = situation.participants;
  let present = 0;
  let council = 0;
  let experts = 0;
  people.forEach((verdict, i) => {
    if (!verdict.counts) return;
    present += 1;
    const kind = participants[i]!.seatKind;
    if (kind === 'council') council += 1;
    if (kind === 'expertCitizen') experts += 1;
  });
  const ruleOn = situation.rules.councilMembersMustOutnumberExperts;
  const councilVsExperts = ruleOn ? { council, experts, ok: council > experts } : undefined;
  const countedQuorate = present >= needed && (councilVsExperts?.ok ?? true);
  const base = {
    countedQuorate,
    present,
    needed,
    seats,
    people,
    ...(councilVsExperts ? { councilVsExperts } : {}),
  };
  if (situation.secondConvocation) return { ...base, quorate: true, basis: 'secondConvocation' };
  if (countedQuorate) return { ...base, quorate: true, basis: 'count' };
  // Until the chair formally establishes the lack, the body is deemed quorate (the bot only warns).
  const lackAt = situation.lackEstablishedAt?.getTime();
  if (lackAt !== undefined && lackAt <= at) {
    return { ...base, quorate: false, basis: 'lackEstablished' };
  }
  if (situation.rules.deemedQuorateUntilEstablished)
    return { ...base, quorate: true, basis: 'deemedUntilEstablished' };
  return { ...base, quorate: false, basis: 'count' };
}
