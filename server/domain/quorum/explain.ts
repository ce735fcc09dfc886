import { berlinParts } from '../time/berlin';
import { QUORUM_TEXTS } from './texts';
import type { PersonVerdict, QuorumForecast, QuorumResult } from './types';

export type QuorumLocale = 'de' | 'en';

/** "14:15" on Berlin clocks. */
export function berlinClock(instant: Date): string {
  const { hour, minute } = berlinParts(instant);
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** Why one person counts or not, e.g. "i.V.f. Herrn Dr. Elster, anwesend seit 14:15 Uhr". */
export function explainVerdict(
  verdict: PersonVerdict,
  names: (personId: string) => string,
  locale: QuorumLocale,
): string {
  const t = QUORUM_TEXTS[locale];
  const reason = verdict.reason;
  switch (reason.code) {
    case 'present':
      return t.present(berlinClock(reason.since));
    case 'substituteFor':
      return t.substituteFor(names(reason.forMemberId), berlinClock(reason.since));
    case 'notArrived':
      return t.notArrived;
    case 'left':
      return t.left(berlinClock(reason.at));
    case 'noVotingRight':
      return t.noVotingRight;
    case 'administration':
      return t.administration;
    case 'guest':
      return t.guest;
    case 'befangen':
      return t.befangen;
    case 'representedMemberPresent': {
      const member = names(reason.forMemberId);
      return t.representedMemberPresent(member, /^Frau\b/.test(member));
    }
    case 'substituteWithoutMember':
      return t.substituteWithoutMember;
    case 'alreadyRepresented':
      return t.alreadyRepresented(names(reason.forMemberId));
  }
}

/** "beschlussfähig: 6 von 7 anwesend, erforderlich 4". */
export function summarize(result: QuorumResult, locale: QuorumLocale): string {
  const t = QUORUM_TEXTS[locale];
  const status = {
    count: result.quorate ? t.quorate : t.notQuorate,
    secondConvocation: t.secondConvocation,
    deemedUntilEstablished: t.deemed,
    lackEstablished: t.lackEstablished,
  }[result.basis];
  const counts = t.counts(result.present, result.seats, result.needed);
  const experts =
    result.councilVsExperts && !result.councilVsExperts.ok
      ? `; ${t.councilVsExperts(result.councilVsExperts.council, result.councilVsExperts.experts)}`
      : '';
  return `${status}: ${counts}${experts}`;
}

/** "erwartet beschlussfähig: 6 von 7, erforderlich 4". */
export function summarizeForecast(forecast: QuorumForecast, locale: QuorumLocale): string {
  const t = QUORUM_TEXTS[locale];
  const status = forecast.secondConvocation
    ? t.secondConvocation
    : forecast.expectedQuorate
      ? t.expectedQuorate
      : t.expectedNotQuorate;
  return `${status}: ${t.forecastCounts(forecast.expected, forecast.seats, forecast.needed)}`;
}
