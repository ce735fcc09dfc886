import type { AgendaResult } from '../../../server/domain/agenda/results';
import type { GroupVotes, VoteResult } from '../../../server/domain/results/vote-result';

/** `TOP 3 angenommen ja 10 nein 2 enthaltung 1 AfD-Fraktion` after the verb. */
export type ParsedResultCommand =
  | { kind: 'record'; number: string; nonPublic?: boolean; vote: VoteResult }
  | { kind: 'form'; number: string; nonPublic?: boolean }
  | { kind: 'invalid'; reason: 'number' | 'outcome' | 'count' };

const ITEM_WORDS = new Set(['top', 'item', 'punkt', 'tagesordnungspunkt']);
const NON_PUBLIC_WORDS = new Set(['nö', 'noe', 'np', 'nichtöffentlich', 'confidential']);
const PUBLIC_WORDS = new Set(['ö', 'oe', 'öffentlich', 'public']);

const OUTCOMES: [readonly string[], AgendaResult][] = [
  [['einstimmig', 'unanimous', 'unanimously'], 'einstimmig angenommen'],
  [['angenommen', 'mehrheitlich', 'adopted', 'carried', 'approved'], 'mehrheitlich angenommen'],
  [['abgelehnt', 'rejected'], 'abgelehnt'],
  [['kenntnis', 'zur', 'kenntnisnahme', 'noted'], 'zur Kenntnis genommen'],
  [['verwiesen', 'referred'], 'verwiesen'],
  [['vertagt', 'postponed', 'deferred', 'adjourned'], 'vertagt'],
  [['zurückgezogen', 'zurueckgezogen', 'withdrawn'], 'zurückgezogen'],
];
/** Words that only complete the outcome ("einstimmig angenommen", "zur Kenntnis genommen"). */
const FILLERS = new Set(['angenommen', 'zugestimmt', 'kenntnis', 'genommen', 'mehrheitlich', 'adopted']);

const COUNT_WORDS: Record<string, 'yes' | 'no' | 'abstain'> = {
  ja: 'yes',
  yes: 'yes',
  nein: 'no',
  no: 'no',
  enthaltung: 'abstain',
  enthaltungen: 'abstain',
  abstain: 'abstain',
  abstention: 'abstain',
  abstentions: 'abstain',
};

export function parseResultCommand(rest: string): ParsedResultCommand {
  const tokens = rest.split(/\s+/).filter(Boolean);
  let at = 0;
  if (ITEM_WORDS.has(tokens[at]?.toLowerCase() ?? '')) at++;
  let nonPublic: boolean | undefined;
  const part = tokens[at]?.toLowerCase() ?? '';
  if (NON_PUBLIC_WORDS.has(part) || PUBLIC_WORDS.has(part)) {
    nonPublic = NON_PUBLIC_WORDS.has(part);
    at++;
  }
  const number = tokens[at]?.replace(/\.$/, '');
  if (!number || !/^\d{1,3}(\.\d{1,3})?$/.test(number)) return { kind: 'invalid', reason: 'number' };
  at++;
  const where = nonPublic === undefined ? {} : { nonPublic };
  if (at >= tokens.length) return { kind: 'form', number, ...where };
  const outcomeWord = tokens[at]!.toLowerCase();
  const outcome = OUTCOMES.find(([words]) => words.includes(outcomeWord))?.[1];
  if (!outcome) return { kind: 'invalid', reason: 'outcome' };
  at++;
  while (FILLERS.has(tokens[at]?.toLowerCase() ?? '')) at++;
  const vote = outcome === 'verwiesen' ? referral(tokens.slice(at)) : votes(outcome, tokens.slice(at));
  return vote ? { kind: 'record', number, ...where, vote } : { kind: 'invalid', reason: 'count' };
}

function referral(tokens: string[]): VoteResult {
  const words = tokens.join(' ');
  const withoutVote = /ohne votum|without (a )?vote/i.test(words);
  const target = words
    .replace(/ohne votum|without (a )?vote/gi, '')
    .replace(/^\s*(an|in|to)\s+/i, '')
    .trim();
  return {
    kind: 'verwiesen',
    ...(withoutVote ? { withoutVote } : {}),
    ...(target ? { referredTo: target } : {}),
  };
}

/** Counts with an optional group after each: `enthaltung 1 AfD-Fraktion`. */
function votes(kind: AgendaResult, tokens: string[]): VoteResult | undefined {
  const totals: Partial<Record<'yes' | 'no' | 'abstain', number>> = {};
  const breakdown: GroupVotes[] = [];
  let at = 0;
  while (at < tokens.length) {
    const count = COUNT_WORDS[tokens[at]!.toLowerCase()];
    const value = Number(tokens[at + 1]);
    if (!count || tokens[at + 1] === undefined || !/^-?\d+$/.test(tokens[at + 1]!)) return undefined;
    at += 2;
    const group: string[] = [];
    while (at < tokens.length && !COUNT_WORDS[tokens[at]!.toLowerCase()]) group.push(tokens[at++]!);
    totals[count] = (totals[count] ?? 0) + value;
    if (group.length) breakdown.push({ group: group.join(' '), [count]: value });
  }
  return { kind, ...totals, ...(breakdown.length ? { breakdown } : {}) };
}
