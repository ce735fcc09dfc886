import { countedSeats, isRegularVotingMember, mayRepresent, neededFor } from './prepare';
import type { AttendanceAnswer, QuorumForecast, QuorumSituation } from './types';

/** Before the session nothing has happened yet: the situation without presence events. */
export type ForecastSituation = Omit<QuorumSituation, 'events' | 'lackEstablishedAt'> & {
  events?: QuorumSituation['events'];
};

/**
 * Who is expected from the answers to the attendance request. Unanswered members are NOT expected:
 * the forecast must not promise a quorum nobody confirmed; they are listed so they can be reminded.
 */
export function forecastQuorum(
  situation: ForecastSituation,
  answers: readonly AttendanceAnswer[],
): QuorumForecast {
  const answerOf = new Map(answers.map((a) => [a.personId, a]));
  const byId = new Map(situation.participants.map((p) => [p.personId, p]));
  const members = situation.participants.filter((p) => isRegularVotingMember(p, situation));
  const seats = countedSeats(situation);
  const needed = neededFor(seats);

  const unanswered: string[] = [];
  const excused: string[] = [];
  const unconfirmedSubstitutes: string[] = [];
  const expectedPeople: string[] = [];
  const substitutesCounted = new Set<string>();

  for (const member of members) {
    const answer = answerOf.get(member.personId);
    if (!answer?.response) {
      unanswered.push(member.personId);
      continue;
    }
    if (answer.response === 'attending') {
      expectedPeople.push(member.personId);
      continue;
    }
    excused.push(member.personId);
    const substitute = answer.substituteId === undefined ? undefined : byId.get(answer.substituteId);
    if (!substitute || substitute.role !== 'substitute' || !substitute.votingRight) continue;
    if (member.isMayor || !mayRepresent(substitute, member)) continue;
    if (!answer.substituteConfirmed) {
      if (!unconfirmedSubstitutes.includes(substitute.personId))
        unconfirmedSubstitutes.push(substitute.personId);
      continue;
    }
    // A substitute named by two members still sits only once.
    if (substitutesCounted.has(substitute.personId)) continue;
    substitutesCounted.add(substitute.personId);
    expectedPeople.push(substitute.personId);
  }

  const expected = expectedPeople.length;
  const kinds = expectedPeople.map((id) => byId.get(id)?.seatKind);
  const council = kinds.filter((k) => k === 'council').length;
  const experts = kinds.filter((k) => k === 'expertCitizen').length;
  const councilOk = !situation.rules.councilMembersMustOutnumberExperts || council > experts;
  const byCount = expected >= needed && councilOk;
  return {
    expectedQuorate: situation.secondConvocation || byCount,
    expected,
    needed,
    seats,
    unanswered,
    excused,
    unconfirmedSubstitutes,
    ...(situation.secondConvocation ? { secondConvocation: true as const } : {}),
  };
}
