import type { KnownBlock, ModalView } from '@slack/types';
import type { ChatForm, FormErrors, FormField } from '../../chat/message';
import { clip } from './mrkdwn';

/** ChatForm to a modal; each field is an input block whose block_id is the field id (for inline errors). */
export function renderForm(form: ChatForm): ModalView {
  return {
    type: 'modal',
    callback_id: form.formId,
    title: { type: 'plain_text', text: clip(form.title, 24) },
    submit: { type: 'plain_text', text: clip(form.submitLabel, 24) },
    private_metadata: JSON.stringify(form.state ?? {}),
    blocks: form.fields.map(renderField),
  };
}

function renderField(field: FormField): KnownBlock {
  const label = { type: 'plain_text' as const, text: clip(field.label, 2000) };
  const optional = !field.required;
  switch (field.kind) {
    case 'text':
      return {
        type: 'input',
        block_id: field.id,
        label,
        optional,
        element: {
          type: 'plain_text_input',
          action_id: field.id,
          multiline: field.multiline ?? false,
          ...(field.maxLength ? { max_length: field.maxLength } : {}),
          ...(field.initial ? { initial_value: field.initial } : {}),
          ...(field.placeholder ? { placeholder: { type: 'plain_text', text: field.placeholder } } : {}),
        },
      };
    case 'select': {
      const options = field.options.map((o) => ({
        text: { type: 'plain_text' as const, text: clip(o.label, 75) },
        value: o.value,
      }));
      const initial = options.find((o) => o.value === field.initial);
      return {
        type: 'input',
        block_id: field.id,
        label,
        optional,
        element: {
          type: 'static_select',
          action_id: field.id,
          options,
          ...(initial ? { initial_option: initial } : {}),
        },
      };
    }
    case 'date':
      return {
        type: 'input',
        block_id: field.id,
        label,
        optional,
        element: {
          type: 'datepicker',
          action_id: field.id,
          ...(field.initial ? { initial_date: field.initial } : {}),
        },
      };
  }
}

/** The answer to a view_submission that shows the errors next to their fields. */
export function renderFormErrors(errors: FormErrors): { response_action: 'errors'; errors: FormErrors } {
  return { response_action: 'errors', errors };
}

type StateValue = {
  type: string;
  value?: string | null;
  selected_option?: { value: string } | null;
  selected_date?: string | null;
};

/** Reads a submitted modal back into field id → value. */
export function readFormValues(state: {
  values: Record<string, Record<string, StateValue>>;
}): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [blockId, actions] of Object.entries(state.values)) {
    const input = Object.values(actions)[0];
    if (!input) continue;
    const value = input.value ?? input.selected_option?.value ?? input.selected_date ?? undefined;
    if (value !== undefined && value !== null) values[blockId] = value;
  }
  return values;
}
