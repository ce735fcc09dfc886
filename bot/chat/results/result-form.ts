import { AGENDA_RESULTS, type AgendaResult } from '../../../server/domain/agenda/results';
import type { GroupVotes, VoteResult } from '../../../server/domain/results/vote-result';
import type { ChatForm, FormErrors, Locale } from '../message';
import { rt } from './texts';

export const RESULT_FORM = 'results.record';
export const OPEN_RESULT_FORM = 'results.open';

const OHNE_VOTUM = 'verwiesen ohne Votum';

export function resultForm(
  locale: Locale,
  item: { meetingId: string; itemId: string; number: string; resolutionText?: string },
): ChatForm {
  const options = [...AGENDA_RESULTS, OHNE_VOTUM].map((value) => ({ value, label: value }));
  const count = (id: string, label: string) => ({ kind: 'text' as const, id, label, maxLength: 4 });
  return {
    formId: RESULT_FORM,
    title: rt(locale, 'formTitle', { number: item.number }),
    submitLabel: rt(locale, 'formSubmit'),
    fields: [
      { kind: 'select', id: 'result', label: rt(locale, 'fieldResult'), required: true, options },
      count('yes', rt(locale, 'fieldYes')),
      count('no', rt(locale, 'fieldNo')),
      count('abstain', rt(locale, 'fieldAbstain')),
      {
        kind: 'text',
        id: 'breakdown',
        label: rt(locale, 'fieldBreakdown'),
        multiline: true,
        maxLength: 1000,
      },
      { kind: 'text', id: 'referredTo', label: rt(locale, 'fieldReferredTo'), maxLength: 300 },
      {
        kind: 'text',
        id: 'resolutionText',
        label: rt(locale, 'fieldResolution'),
        multiline: true,
        maxLength: 20_000,
        ...(item.resolutionText ? { initial: item.resolutionText } : {}),
      },
    ],
    state: { meetingId: item.meetingId, itemId: item.itemId },
  };
}

const BREAKDOWN_WORDS: Record<string, 'yes' | 'no' | 'abstain'> = {
  ja: 'yes',
  yes: 'yes',
  nein: 'no',
  no: 'no',
  enthaltung: 'abstain',
  enthaltungen: 'abstain',
  abstain: 'abstain',
};

/** Reads the submitted form; field errors in the reader's language, or the vote to record. */
export function readResultForm(
  values: Record<string, string>,
  locale: Locale,
): { errors: FormErrors } | { vote: VoteResult; resolutionText?: string } {
  const errors: FormErrors = {};
  const chosen = values.result ?? '';
  const withoutVote = chosen === OHNE_VOTUM;
  const kind = (withoutVote ? 'verwiesen' : chosen) as AgendaResult;
  if (!AGENDA_RESULTS.includes(kind)) errors.result = rt(locale, 'badOutcome');
  const counts: Partial<Record<'yes' | 'no' | 'abstain', number>> = {};
  for (const id of ['yes', 'no', 'abstain'] as const) {
    const raw = values[id]?.trim() ?? '';
    if (raw === '') continue;
    if (!/^\d+$/.test(raw)) errors[id] = rt(locale, 'notANumber');
    else counts[id] = Number(raw);
  }
  const breakdown: GroupVotes[] = [];
  (values.breakdown ?? '')
    .split('\n')
    .map((line) => line.trim())
    .forEach((line, index) => {
      if (line === '') return;
      const match = /^(\S+)\s+(\d+)\s+(.+)$/.exec(line);
      const count = match ? BREAKDOWN_WORDS[match[1]!.toLowerCase()] : undefined;
      if (!match || !count) {
        errors.breakdown ??= rt(locale, 'badBreakdown', { line: index + 1 });
        return;
      }
      breakdown.push({ group: match[3]!, [count]: Number(match[2]) });
    });
  if (Object.keys(errors).length) return { errors };
  const referredTo = values.referredTo?.trim();
  const resolutionText = values.resolutionText?.trim();
  return {
    vote: {
      kind,
      ...counts,
      ...(breakdown.length ? { breakdown } : {}),
      ...(referredTo ? { referredTo } : {}),
      ...(withoutVote ? { withoutVote } : {}),
    },
    ...(resolutionText ? { resolutionText } : {}),
  };
}

/** A refused field of the domain ("breakdown.abstain", "yes") as the form field it came from. */
export function formFieldOf(field: unknown): string {
  const name = typeof field === 'string' ? field.split('.')[0]! : 'result';
  return ['result', 'yes', 'no', 'abstain', 'breakdown', 'referredTo'].includes(name) ? name : 'result';
}
