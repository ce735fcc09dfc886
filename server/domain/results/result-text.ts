import type { AgendaResult } from '../agenda/results';
import type { GroupVotes, VoteResult } from './vote-result';

const HEADLINES: Record<AgendaResult, string> = {
  'einstimmig angenommen': 'Einstimmig angenommen',
  'mehrheitlich angenommen': 'Mehrheitlich angenommen',
  abgelehnt: 'Abgelehnt',
  'zur Kenntnis genommen': 'Zur Kenntnis genommen',
  verwiesen: 'Verwiesen',
  vertagt: 'Vertagt',
  zurückgezogen: 'Zurückgezogen',
};

/** "Einstimmig angenommen", "Ohne Votum in weiterführende Gremien verwiesen", "Verwiesen an: Kreisausschuss". */
export function resultHeadline(vote: Pick<VoteResult, 'kind' | 'referredTo' | 'withoutVote'>): string {
  if (vote.kind !== 'verwiesen') return HEADLINES[vote.kind];
  if (vote.withoutVote && vote.referredTo) return `Ohne Votum verwiesen an: ${vote.referredTo}`;
  if (vote.withoutVote) return 'Ohne Votum in weiterführende Gremien verwiesen';
  return vote.referredTo ? `Verwiesen an: ${vote.referredTo}` : HEADLINES.verwiesen;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function countPhrases(votes: Pick<GroupVotes, 'yes' | 'no' | 'abstain'>): string[] {
  return [
    votes.yes === undefined ? '' : plural(votes.yes, 'Ja-Stimme', 'Ja-Stimmen'),
    votes.no === undefined ? '' : plural(votes.no, 'Nein-Stimme', 'Nein-Stimmen'),
    votes.abstain === undefined ? '' : plural(votes.abstain, 'Enthaltung', 'Enthaltungen'),
  ].filter((phrase) => phrase !== '');
}

/** "10 Ja-Stimmen, 2 Nein-Stimmen, 1 Enthaltung"; undefined without counts. */
export function countsLine(vote: VoteResult): string | undefined {
  const phrases = countPhrases(vote);
  return phrases.length ? phrases.join(', ') : undefined;
}

/** As the minutes print it: "1 Enthaltung AfD-Fraktion" (one line per Fraktion). */
export function breakdownLines(vote: VoteResult): string[] {
  return (vote.breakdown ?? []).map((entry) => `${countPhrases(entry).join(', ')} ${entry.group}`);
}

/** One sentence: "Mehrheitlich angenommen bei 1 Enthaltung der AfD-Fraktion (10 Ja-Stimmen, ...)". */
export function resultSentence(vote: VoteResult): string {
  const groups = (vote.breakdown ?? []).map(
    (entry) => `${countPhrases(entry).join(', ')} der ${entry.group}`,
  );
  const counts = countsLine(vote);
  return [
    resultHeadline(vote),
    groups.length ? ` bei ${groups.join(' und ')}` : '',
    counts ? ` (${counts})` : '',
  ].join('');
}

/** The minutes' block: "Abstimmungsergebnis: Einstimmig angenommen", then counts and Fraktionen. */
export function resultMinutesLines(vote: VoteResult): string[] {
  const counts = countsLine(vote);
  return [
    `Abstimmungsergebnis: ${resultHeadline(vote)}`,
    ...(counts ? [counts] : []),
    ...breakdownLines(vote),
  ];
}
