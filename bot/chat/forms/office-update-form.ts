import type { CommitteeRef } from '../deps';
import type { ChatForm, FormErrors, Locale } from '../message';

export const OFFICE_UPDATE_FORM = 'officeUpdate.compose';
export const OFFICE_UPDATE_ACTION = 'officeUpdate.open';
const MAX_TEXT = 3_000;

const labels = {
  de: {
    title: 'Mitteilung senden',
    submit: 'Senden',
    committee: 'Ausschuss',
    text: 'Text',
    audience: 'Empfänger',
    public: 'Alle gebundenen Kanäle',
    confidential: 'Nur vertrauliche Kanäle',
    required: 'Bitte ausfüllen.',
    tooLong: `Höchstens ${MAX_TEXT} Zeichen.`,
    unknown: 'Bitte einen Ihrer Ausschüsse wählen.',
  },
  en: {
    title: 'Send announcement',
    submit: 'Send',
    committee: 'Committee',
    text: 'Text',
    audience: 'Recipients',
    public: 'All bound channels',
    confidential: 'Confidential channels only',
    required: 'Please fill in.',
    tooLong: `At most ${MAX_TEXT} characters.`,
    unknown: 'Please choose one of your committees.',
  },
} as const;

/** The form behind "Mitteilung senden": committee, text, public or confidential channels. */
export function officeUpdateForm(committees: CommitteeRef[], locale: Locale): ChatForm {
  const l = labels[locale];
  return {
    formId: OFFICE_UPDATE_FORM,
    title: l.title,
    submitLabel: l.submit,
    fields: [
      {
        kind: 'select',
        id: 'committee',
        label: l.committee,
        required: true,
        options: committees.map((c) => ({ value: c.id, label: c.shortName })),
        initial: committees.length === 1 ? committees[0]?.id : undefined,
      },
      { kind: 'text', id: 'text', label: l.text, required: true, multiline: true, maxLength: MAX_TEXT },
      {
        kind: 'select',
        id: 'audience',
        label: l.audience,
        required: true,
        options: [
          { value: 'public', label: l.public },
          { value: 'confidential', label: l.confidential },
        ],
        initial: 'public',
      },
    ],
  };
}

export interface OfficeUpdateValues {
  committeeId: string;
  text: string;
  confidential: boolean;
}

/** Field errors shown inline in the form, or the valid values. */
export function validateOfficeUpdate(
  values: Record<string, string>,
  allowedCommitteeIds: readonly string[],
  locale: Locale,
): { errors: FormErrors } | { values: OfficeUpdateValues } {
  const l = labels[locale];
  const errors: FormErrors = {};
  const committeeId = values.committee ?? '';
  const text = (values.text ?? '').trim();
  if (!allowedCommitteeIds.includes(committeeId)) errors.committee = l.unknown;
  if (text === '') errors.text = l.required;
  else if (text.length > MAX_TEXT) errors.text = l.tooLong;
  if (Object.keys(errors).length > 0) return { errors };
  return { values: { committeeId, text, confidential: values.audience === 'confidential' } };
}
