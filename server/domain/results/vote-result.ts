import type { AgendaResult } from '../agenda/results';
import { DomainError } from '../errors';

/** Votes of one Fraktion (or other group) as the minutes name them: "1 Enthaltung AfD-Fraktion". */
export interface GroupVotes {
  group: string;
  yes?: number;
  no?: number;
  abstain?: number;
}

/** The structured Abstimmungsergebnis of an agenda item. */
export interface VoteResult {
  kind: AgendaResult;
  yes?: number;
  no?: number;
  abstain?: number;
  breakdown?: GroupVotes[];
  /** For `verwiesen`: to whom (e.g. "Kreisausschuss"). */
  referredTo?: string;
  /** For `verwiesen`: "ohne Votum". */
  withoutVote?: boolean;
}

type Count = 'yes' | 'no' | 'abstain';
const COUNTS: readonly Count[] = ['yes', 'no', 'abstain'];
const VOTED: readonly AgendaResult[] = ['einstimmig angenommen', 'mehrheitlich angenommen', 'abgelehnt'];

/** Why a vote was refused, so chat can say it in the reader's language. */
export type VoteProblem =
  | 'count_invalid'
  | 'group_missing'
  | 'counts_without_vote'
  | 'breakdown_mismatch'
  | 'unanimous_with_no'
  | 'adopted_without_majority'
  | 'rejected_with_majority'
  | 'referral_mismatch';

function invalid(
  message: string,
  field: string,
  reason: VoteProblem,
  values: Record<string, number> = {},
): DomainError {
  return new DomainError('validation_failed', message, { field, reason, ...values });
}

function checkCount(value: number | undefined, field: string): void {
  if (value === undefined) return;
  if (!Number.isInteger(value) || value < 0) {
    throw invalid('Stimmenzahlen müssen ganze Zahlen ab 0 sein.', field, 'count_invalid');
  }
}

/**
 * Checks a vote as the office entered it: counts are whole numbers from 0, only votes carry counts,
 * a Fraktion breakdown adds up to the totals it names, and the counts fit the outcome.
 */
export function validateVoteResult(input: VoteResult): VoteResult {
  for (const count of COUNTS) checkCount(input[count], count);
  const breakdown = (input.breakdown ?? []).map((entry, index) => {
    const group = entry.group.trim();
    if (group === '')
      throw invalid('Bitte die Fraktion angeben.', `breakdown.${index}.group`, 'group_missing');
    for (const count of COUNTS) checkCount(entry[count], `breakdown.${index}.${count}`);
    return { ...entry, group };
  });
  const hasCounts = COUNTS.some((count) => input[count] !== undefined) || breakdown.length > 0;
  if (hasCounts && !VOTED.includes(input.kind)) {
    throw invalid('Stimmenzahlen gibt es nur bei einer Abstimmung.', 'result', 'counts_without_vote');
  }
  const totals: Partial<Record<Count, number>> = {};
  for (const count of COUNTS) {
    const named = breakdown.filter((entry) => entry[count] !== undefined);
    const sum = named.reduce((total, entry) => total + (entry[count] ?? 0), 0);
    const total = input[count];
    if (named.length > 0 && total !== undefined && sum !== total) {
      throw invalid(
        `Die Aufteilung nach Fraktionen (${sum}) passt nicht zur Gesamtzahl (${total}).`,
        `breakdown.${count}`,
        'breakdown_mismatch',
        { sum, total },
      );
    }
    const known = total ?? (named.length > 0 ? sum : undefined);
    if (known !== undefined) totals[count] = known;
  }
  if (input.kind === 'einstimmig angenommen' && (totals.no ?? 0) > 0) {
    throw invalid('Einstimmig angenommen heißt: keine Nein-Stimmen.', 'no', 'unanimous_with_no');
  }
  if (input.kind === 'mehrheitlich angenommen' && totals.yes !== undefined && totals.no !== undefined) {
    if (totals.yes <= totals.no)
      throw invalid('Bei mehr Nein- als Ja-Stimmen ist er abgelehnt.', 'yes', 'adopted_without_majority');
  }
  if (input.kind === 'abgelehnt' && totals.yes !== undefined && totals.no !== undefined) {
    if (totals.yes > totals.no)
      throw invalid('Bei mehr Ja- als Nein-Stimmen ist er angenommen.', 'no', 'rejected_with_majority');
  }
  const referredTo = input.referredTo?.trim();
  if ((referredTo || input.withoutVote) && input.kind !== 'verwiesen') {
    throw invalid('Ein Verweis passt nur zum Ergebnis „verwiesen“.', 'referredTo', 'referral_mismatch');
  }
  return {
    kind: input.kind,
    ...pick(input, 'yes'),
    ...pick(input, 'no'),
    ...pick(input, 'abstain'),
    ...(breakdown.length ? { breakdown } : {}),
    ...(referredTo ? { referredTo } : {}),
    ...(input.withoutVote ? { withoutVote: true } : {}),
  };
}

function pick(input: VoteResult, count: Count): Partial<VoteResult> {
  return input[count] === undefined ? {} : { [count]: input[count] };
}
