import type { LoadedQuorumSituation } from '../../../domain/attendance/presence/ports';
import { explainVerdict, summarize } from '../../../domain/quorum/explain';
import type { QuorumResult } from '../../../domain/quorum/types';

export function presentQuorum(result: QuorumResult, at: Date) {
  const names = new Map(result.people.map((p) => [p.personId, p.name]));
  const name = (id: string) => names.get(id) ?? id;
  return {
    at: at.toISOString(),
    quorate: result.quorate,
    countedQuorate: result.countedQuorate,
    basis: result.basis,
    present: result.present,
    needed: result.needed,
    seats: result.seats,
    ...(result.councilVsExperts ? { councilVsExperts: result.councilVsExperts } : {}),
    summary: { de: summarize(result, 'de'), en: summarize(result, 'en') },
    people: result.people.map((p) => ({
      personId: p.personId,
      name: p.name,
      counts: p.counts,
      reason: p.reason,
      explanation: { de: explainVerdict(p, name, 'de'), en: explainVerdict(p, name, 'en') },
    })),
  };
}

/** Everyone on the list with their timeline, Befangenheit and answer. */
export function presentAttendance(loaded: LoadedQuorumSituation) {
  const { situation, answers, meeting } = loaded;
  const numbers = new Map(meeting.agendaItems.map((i) => [i.id, i.number]));
  return {
    meetingId: meeting.id,
    seats: situation.seats,
    secondConvocation: situation.secondConvocation,
    lackEstablishedAt: situation.lackEstablishedAt?.toISOString() ?? null,
    participants: situation.participants.map((p) => ({
      personId: p.personId,
      name: p.name,
      role: p.role,
      votingRight: p.votingRight,
      seatKind: p.seatKind,
      fraktionId: p.fraktionId ?? null,
      events: situation.events
        .filter((e) => e.personId === p.personId)
        .map((e) => ({ kind: e.kind, at: e.at.toISOString() })),
      substituteFor: situation.substitutions
        .filter((s) => s.substituteId === p.personId)
        .map((s) => s.forMemberId),
      befangenheit: situation.befangenheit
        .filter((b) => b.personId === p.personId)
        .map((b) => ({ agendaItemId: b.agendaItemId, number: numbers.get(b.agendaItemId) ?? null })),
      answer: answers.find((a) => a.personId === p.personId) ?? null,
    })),
  };
}
