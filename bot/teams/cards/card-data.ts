import type { ChatForm } from '../../chat/message';

/**
 * What our cards send back when a button is pressed or a form submitted, and how to read it.
 * Action.Execute carries the action id as `verb` and the button value as `data`; the Action.Submit
 * fallback (older clients) and dialogs have no verb, so they carry both inside `data`.
 */
export const FORM_SUBMIT_VERB = 'gremienbot.form.submit';
const ACTION_KEY = '_action';
const VALUE_KEY = '_value';
const FORM_KEY = '_form';
const STATE_KEY = '_state';
/** The form itself rides along so it can be shown again with validation messages. */
const DEFINITION_KEY = '_def';

export type CardSubmission =
  | { kind: 'action'; actionId: string; value: Record<string, string> }
  | {
      kind: 'form';
      formId: string;
      values: Record<string, string>;
      state: Record<string, string>;
      form?: ChatForm;
    };

export function submitDataForButton(
  actionId: string,
  value: Record<string, string>,
): Record<string, unknown> {
  return { [ACTION_KEY]: actionId, [VALUE_KEY]: value };
}

export function submitDataForForm(form: ChatForm): Record<string, unknown> {
  return { [FORM_KEY]: form.formId, [STATE_KEY]: form.state ?? {}, [DEFINITION_KEY]: form };
}

/** Reads an `adaptiveCard/action` invoke (verb + data). */
export function readExecute(verb: string | undefined, data: unknown): CardSubmission | undefined {
  const record = asRecord(data);
  if (verb === FORM_SUBMIT_VERB) return readSubmit(record);
  if (verb) return { kind: 'action', actionId: verb, value: stringsOf(record) };
  return readSubmit(record);
}

/** Reads Action.Submit data (a message activity's `value`, or a dialog's `task/submit` data). */
export function readSubmit(data: unknown): CardSubmission | undefined {
  const record = asRecord(data);
  const formId = record[FORM_KEY];
  if (typeof formId === 'string') {
    const values = stringsOf(record);
    const definition = asRecord(record[DEFINITION_KEY]);
    const form =
      definition.formId === formId && Array.isArray(definition.fields)
        ? (definition as unknown as ChatForm)
        : undefined;
    return {
      kind: 'form',
      formId,
      values,
      state: stringsOf(asRecord(record[STATE_KEY])),
      ...(form ? { form } : {}),
    };
  }
  const actionId = record[ACTION_KEY];
  if (typeof actionId === 'string')
    return { kind: 'action', actionId, value: stringsOf(asRecord(record[VALUE_KEY])) };
  return undefined;
}

const RESERVED = new Set([ACTION_KEY, VALUE_KEY, FORM_KEY, STATE_KEY, DEFINITION_KEY, 'msteams']);

function stringsOf(record: Record<string, unknown>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(record)) {
    if (!RESERVED.has(key) && typeof value === 'string') result[key] = value;
  }
  return result;
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}
