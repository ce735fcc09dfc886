import { berlinDay } from '../../../server/domain/follow-ups/due-days';
import type { TrackedFollowUp } from '../../../server/domain/follow-ups/tracking';
import type { ChatForm, Locale } from '../message';
import { CLOSE_FORM, DUE_DATE_FORM } from './ids';
import { ft } from './texts';

export function closeForm(followUp: TrackedFollowUp, locale: Locale): ChatForm {
  return {
    formId: CLOSE_FORM,
    title: ft(locale, 'form.close.title'),
    submitLabel: ft(locale, 'form.close.submit'),
    fields: [
      {
        kind: 'text',
        id: 'completionNote',
        label: ft(locale, 'form.close.note'),
        required: true,
        multiline: true,
        maxLength: 2000,
        placeholder: ft(locale, 'form.close.placeholder'),
      },
    ],
    state: { followUpId: followUp.id },
  };
}

export function dueDateForm(followUp: TrackedFollowUp, locale: Locale): ChatForm {
  return {
    formId: DUE_DATE_FORM,
    title: ft(locale, 'form.dueDate.title'),
    submitLabel: ft(locale, 'form.dueDate.submit'),
    fields: [
      {
        kind: 'date',
        id: 'requestedDueDate',
        label: ft(locale, 'form.dueDate.date'),
        required: true,
        ...(followUp.dueDate ? { initial: berlinDay(followUp.dueDate) } : {}),
      },
      {
        kind: 'text',
        id: 'reason',
        label: ft(locale, 'form.dueDate.reason'),
        required: true,
        multiline: true,
        maxLength: 1000,
      },
    ],
    state: { followUpId: followUp.id },
  };
}
