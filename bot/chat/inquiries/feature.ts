import type {
  FileInquiryInput,
  FileInquiryResult,
  FilingChoices,
} from '../../../server/domain/inquiries/filing';
import type { InquiryKind } from '../../../server/domain/inquiries/ports';
import type { Turn } from '../deps';
import type { ChatFeature } from '../feature';
import type { ActionOutcome, FormOutcome } from '../inbound';
import type { ChatMessage, FormErrors, Locale } from '../message';
import {
  INQUIRY_CONFIRM_LATE_FORM,
  INQUIRY_FILE_FORM,
  INQUIRY_IN_DIALOG,
  INQUIRY_OPEN_ACTION,
  type InquiryChatDeps,
} from './deps';
import {
  ACCEPT_LATE_FIELD,
  PERSONAL,
  acceptedLate,
  confirmLateForm,
  inquiryForm,
  type LateFiling,
} from './form';
import {
  presentFiled,
  presentNoMeetings,
  presentNotMember,
  presentOpenButton,
  presentPrivateOnly,
} from './presenters';
import { inquiryText } from './texts';

/** Button values travel in the platform's payload (Slack allows 2,000 characters). */
const BUTTON_TEXT_MAX = 1200;

/** Anfragen in chat: the `anfrage` command, the form (Teams dialog / Slack modal) and its late-deadline step. */
export function inquiryChatFeature(deps: InquiryChatDeps): ChatFeature {
  return {
    verbs: ['anfrage', 'inquiry'],
    async command(turn, _verb, rest) {
      if (sharedWithChannel(turn, {})) return [presentPrivateOnly(turn.locale)];
      const choices = await deps.choices(turn.principal!, deps.clock());
      const refusal = whyNoForm(choices, turn.locale);
      if (refusal) return [refusal];
      return [presentOpenButton(turn.locale, rest ? { text: rest.slice(0, BUTTON_TEXT_MAX) } : {})];
    },
    actions: {
      [INQUIRY_OPEN_ACTION]: (turn, value) => openForm(deps, turn, value),
    },
    forms: {
      [INQUIRY_FILE_FORM]: (turn, values, state) => fileFromForm(deps, turn, values, state),
      [INQUIRY_CONFIRM_LATE_FORM]: (turn, values, state) => fileConfirmedLate(deps, turn, values, state),
    },
    helpLines: (locale) => [inquiryText(locale, 'help')],
  };
}

/**
 * Teams shows a form opened from a card in a channel or group chat, and what answers it (the text in
 * the late step, the confirmation), to everyone there; Slack opens a modal only the user sees.
 */
function sharedWithChannel(turn: Turn, value: Record<string, string>): boolean {
  return (
    turn.origin.platform === 'teams' && turn.origin.kind !== 'direct' && value[INQUIRY_IN_DIALOG] !== 'yes'
  );
}

/** Nothing to file in: no committee of the member's, or no meeting scheduled in any. */
function whyNoForm(choices: FilingChoices, locale: Locale): ChatMessage | undefined {
  if (choices.committees.length === 0) return presentNotMember(locale);
  if (choices.meetings.length === 0) return presentNoMeetings(locale);
  return undefined;
}

async function openForm(
  deps: InquiryChatDeps,
  turn: Turn,
  value: Record<string, string>,
): Promise<ActionOutcome> {
  if (sharedWithChannel(turn, value)) return { replies: [presentPrivateOnly(turn.locale)] };
  const choices = await deps.choices(turn.principal!, deps.clock());
  const refusal = whyNoForm(choices, turn.locale);
  if (refusal) return { replies: [refusal] };
  const prefill = { text: value.text, committeeId: value.committeeId };
  return { replies: [], openForm: inquiryForm(choices, turn.locale, prefill, deps.newRequestId()) };
}

async function fileFromForm(
  deps: InquiryChatDeps,
  turn: Turn,
  values: Record<string, string>,
  state: Record<string, string>,
): Promise<FormOutcome> {
  const filing: LateFiling = {
    requestId: state.requestId || deps.newRequestId(),
    committeeId: values.committeeId ?? '',
    meetingId: values.meetingId ?? '',
    kind: values.kind ?? '',
    ...optional('onBehalfOf', values.onBehalfOf === PERSONAL ? undefined : values.onBehalfOf),
    ...optional('attachmentUrl', values.attachmentUrl?.trim()),
  };
  const texts = { subject: values.subject ?? '', text: values.text ?? '' };
  const result = await deps.file(turn.principal!, inputOf(filing, texts, false), deps.clock());
  if (result.status === 'late') {
    if (!result.nextMeeting) return { errors: { meetingId: inquiryText(turn.locale, 'noNextMeeting') } };
    return {
      nextForm: confirmLateForm(
        filing,
        texts,
        { deadline: result.deadline, next: result.nextMeeting },
        turn.locale,
      ),
    };
  }
  return answer(result, texts.subject, turn.locale, fileFormFields(values));
}

async function fileConfirmedLate(
  deps: InquiryChatDeps,
  turn: Turn,
  values: Record<string, string>,
  state: Record<string, string>,
): Promise<FormOutcome> {
  if (!acceptedLate(values))
    return { errors: { [ACCEPT_LATE_FIELD]: inquiryText(turn.locale, 'confirmRequired') } };
  const filing: LateFiling = {
    requestId: state.requestId || deps.newRequestId(),
    committeeId: state.committeeId ?? '',
    meetingId: state.meetingId ?? '',
    kind: state.kind ?? '',
    ...optional('onBehalfOf', state.onBehalfOf),
    ...optional('attachmentUrl', state.attachmentUrl),
  };
  const texts = { subject: values.subject ?? '', text: values.text ?? '' };
  const result = await deps.file(turn.principal!, inputOf(filing, texts, true), deps.clock());
  if (result.status === 'late')
    return { errors: { [ACCEPT_LATE_FIELD]: inquiryText(turn.locale, 'noNextMeeting') } };
  return answer(result, texts.subject, turn.locale, new Set(['subject', 'text']), ACCEPT_LATE_FIELD);
}

function inputOf(
  filing: LateFiling,
  texts: { subject: string; text: string },
  acceptLate: boolean,
): FileInquiryInput {
  return {
    committeeId: filing.committeeId,
    meetingId: filing.meetingId,
    subject: texts.subject,
    text: texts.text,
    kind: filing.kind as InquiryKind,
    requestId: filing.requestId,
    ...optional('onBehalfOf', filing.onBehalfOf),
    ...optional('attachmentUrl', filing.attachmentUrl),
    ...(acceptLate ? { acceptLate: true } : {}),
  };
}

/** The fields the filing form shows (the Fraktion only to members of one). */
function fileFormFields(values: Record<string, string>): Set<string> {
  const fields = ['committeeId', 'meetingId', 'subject', 'text', 'kind', 'attachmentUrl'];
  if ('onBehalfOf' in values) fields.push('onBehalfOf');
  return new Set(fields);
}

/**
 * Filed: the confirmation. Refused: each message next to its field in the user's language; a
 * message about something the form does not show goes to `fallbackField`.
 */
function answer(
  result: Exclude<FileInquiryResult, { status: 'late' }>,
  subject: string,
  locale: Locale,
  shown: Set<string>,
  fallbackField = 'committeeId',
): FormOutcome {
  if (result.status === 'filed') return { replies: [presentFiled(result, subject.trim(), locale)] };
  const messages = locale === 'en' ? result.errorsEn : result.errors;
  const errors: FormErrors = {};
  for (const [field, message] of Object.entries(messages)) {
    if (!message) continue;
    const target = shown.has(field) ? field : fallbackField;
    errors[target] = errors[target] ? `${errors[target]} ${message}` : message;
  }
  return { errors };
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}
