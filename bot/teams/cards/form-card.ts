import type { ChatForm, FormErrors, FormField, Locale } from '../../chat/message';
import { teamsText } from '../texts';
import { adaptiveCard, type AdaptiveCard, type CardAction, type CardElement } from './adaptive-card';
import { FORM_SUBMIT_VERB, submitDataForForm } from './card-data';
import { heading } from './message-card';

export interface FormCardOptions {
  locale: Locale;
  /** Server-side validation messages per field id, shown under the field. */
  errors?: FormErrors;
  /** What the user entered, kept when the form comes back with errors. */
  values?: Record<string, string>;
  /** Dialogs (task modules) only know Action.Submit. */
  inDialog?: boolean;
}

/** A neutral form as an Adaptive Card 1.5 with labelled inputs. Pure. */
export function renderFormCard(form: ChatForm, options: FormCardOptions): AdaptiveCard {
  const body: CardElement[] = [heading(form.title)];
  for (const field of form.fields) {
    body.push(input(field, options.values?.[field.id], options.locale));
    const error = options.errors?.[field.id];
    if (error) body.push({ type: 'TextBlock', text: error, wrap: true, color: 'Attention', spacing: 'None' });
  }
  const data = submitDataForForm(form);
  const submit: CardAction = options.inDialog
    ? { type: 'Action.Submit', title: form.submitLabel, data, style: 'positive' }
    : {
        type: 'Action.Execute',
        title: form.submitLabel,
        verb: FORM_SUBMIT_VERB,
        data,
        style: 'positive',
        fallback: { type: 'Action.Submit', title: form.submitLabel, data, style: 'positive' },
      };
  return adaptiveCard(form.title, body, [submit]);
}

function input(field: FormField, entered: string | undefined, locale: Locale): CardElement {
  const common = {
    id: field.id,
    label: field.label,
    isRequired: field.required ?? false,
    ...(field.required ? { errorMessage: teamsText(locale, 'requiredField') } : {}),
  };
  const value = entered ?? field.initial;
  const withValue = value !== undefined ? { value } : {};
  switch (field.kind) {
    case 'text':
      return {
        type: 'Input.Text',
        ...common,
        ...withValue,
        isMultiline: field.multiline ?? false,
        ...(field.maxLength ? { maxLength: field.maxLength } : {}),
        ...(field.placeholder ? { placeholder: field.placeholder } : {}),
      };
    case 'select':
      return {
        type: 'Input.ChoiceSet',
        ...common,
        ...withValue,
        style: 'compact',
        choices: field.options.map((option) => ({ title: option.label, value: option.value })),
      };
    case 'date':
      return { type: 'Input.Date', ...common, ...withValue };
  }
}
