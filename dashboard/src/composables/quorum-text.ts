import { useI18n } from 'vue-i18n';
import type { PersonVerdict, QuorumResult } from '../api/attendance';

/** Reasons for which a person never counts (no voting right at all): left out of "not counted" lists. */
const NEVER_VOTING = new Set(['noVotingRight', 'administration', 'guest']);

export function reasonCode(verdict: PersonVerdict): string {
  return verdict.reason.code;
}

/** Voting members who do not count for this result, e.g. befangen or not yet arrived. */
export function notCounted(result: QuorumResult): PersonVerdict[] {
  return result.people.filter((person) => !person.counts && !NEVER_VOTING.has(reasonCode(person)));
}

/** "beschlussfähig: 5 von 7 anwesend, erforderlich 4" and each person's reason, in the chosen language. */
export function useQuorumText() {
  const { t, te, locale } = useI18n();

  function status(result: QuorumResult): string {
    switch (result.basis) {
      case 'secondConvocation':
        return t('attendance.secondConvocation');
      case 'deemedUntilEstablished':
        return t('attendance.deemed');
      case 'lackEstablished':
        return t('attendance.lackEstablished');
      default:
        return result.quorate ? t('attendance.quorate') : t('attendance.notQuorate');
    }
  }

  /** The server's sentence (it also names the council-members rule) in the chosen language, else composed here. */
  function summary(result: QuorumResult): string {
    if (result.summary) return locale.value === 'en' ? result.summary.en : result.summary.de;
    const { present, seats, needed } = result;
    return `${status(result)}: ${t('attendance.counts', { present, seats, needed })}`;
  }

  /** The server's explanation (with times and names) in the chosen language, else the reason alone. */
  function reason(verdict: PersonVerdict): string {
    if (verdict.explanation) return locale.value === 'en' ? verdict.explanation.en : verdict.explanation.de;
    const code = reasonCode(verdict);
    const key = `attendance.reasons.${code}`;
    return te(key) ? t(key) : code;
  }

  return { status, summary, reason };
}
