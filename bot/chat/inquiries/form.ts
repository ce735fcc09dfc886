import { SUBJECT_MAX, type FilingChoices } from '../../../server/domain/inquiries/filing';
import { formatDate } from '../format';
import type { ChatForm, FormField, Locale } from '../message';
import { INQUIRY_CONFIRM_LATE_FORM, INQUIRY_FILE_FORM } from './deps';
import { formatDeadline, shortMeetingName } from './format';
import { inquiryText } from './texts';

/** Slack's longest multi-line input; longer questions are filed in the dashboard. */
export const CHAT_TEXT_MAX = 3000;
/** Select value for "no Fraktion" (a chosen Slack option cannot be cleared). */
export const PERSONAL = 'personal';
export const ACCEPT_LATE_FIELD = 'acceptLate';
const YES = 'yes';

export interface FormPrefill {
  text?: string;
  committeeId?: string;
}

/** The filing form: only the member's committees, their next meetings with deadline, their Fraktionen. */
export function inquiryForm(
  choices: FilingChoices,
  locale: Locale,
  prefill: FormPrefill,
  requestId: string,
): ChatForm {
  const say = (key: Parameters<typeof inquiryText>[1]) => inquiryText(locale, key);
  const committee = choices.committees.find((c) => c.id === prefill.committeeId) ?? choices.committees[0];
  const meetingOptions = choices.meetings.map((meeting) => {
    const shortName = choices.committees.find((c) => c.id === meeting.committeeId)?.shortName ?? '';
    return {
      value: meeting.id,
      label: inquiryText(locale, meeting.late ? 'meetingOptionLate' : 'meetingOption', {
        meeting: shortMeetingName(meeting.name, shortName),
        date: formatDate(meeting.start, locale),
        deadline: formatDeadline(meeting.deadline, locale),
      }),
    };
  });
  const ownMeetings = choices.meetings.filter((m) => m.committeeId === committee?.id);
  const firstMeeting = ownMeetings.find((m) => !m.late) ?? ownMeetings[0];
  const fields: FormField[] = [
    {
      kind: 'select',
      id: 'committeeId',
      label: say('committee'),
      required: true,
      options: choices.committees.map((c) => ({ value: c.id, label: c.shortName })),
      ...(committee ? { initial: committee.id } : {}),
    },
    {
      kind: 'select',
      id: 'meetingId',
      label: say('meeting'),
      required: true,
      options: meetingOptions,
      ...(firstMeeting ? { initial: firstMeeting.id } : {}),
    },
    { kind: 'text', id: 'subject', label: say('subject'), required: true, maxLength: SUBJECT_MAX },
    {
      kind: 'text',
      id: 'text',
      label: say('text'),
      required: true,
      multiline: true,
      maxLength: CHAT_TEXT_MAX,
      ...(prefill.text?.trim() ? { initial: prefill.text.trim().slice(0, CHAT_TEXT_MAX) } : {}),
    },
    {
      kind: 'select',
      id: 'kind',
      label: say('kind'),
      required: true,
      options: [
        { value: 'schriftlich', label: say('written') },
        { value: 'muendlich', label: say('oral') },
      ],
      initial: 'schriftlich',
    },
  ];
  if (choices.fraktionen.length > 0) {
    fields.push({
      kind: 'select',
      id: 'onBehalfOf',
      label: say('onBehalfOf'),
      options: [
        { value: PERSONAL, label: say('personal') },
        ...choices.fraktionen.map((f) => ({ value: f.id, label: f.name })),
      ],
    });
  }
  fields.push({ kind: 'text', id: 'attachmentUrl', label: say('attachmentUrl'), maxLength: 500 });
  return {
    formId: INQUIRY_FILE_FORM,
    title: say('formTitle'),
    submitLabel: say('submit'),
    fields,
    state: { requestId },
  };
}

/** What the first step settled and the confirmation carries on (small ids only; the texts stay fields). */
export interface LateFiling {
  requestId: string;
  committeeId: string;
  meetingId: string;
  kind: string;
  onBehalfOf?: string;
  attachmentUrl?: string;
}

/**
 * Second step for a late question: says which meeting it goes to instead, before anything is filed.
 * Subject and text come along as editable fields, so nothing long has to ride in the form's state.
 */
export function confirmLateForm(
  filing: LateFiling,
  texts: { subject: string; text: string },
  late: { deadline: Date; next: { name: string; start: Date } },
  locale: Locale,
): ChatForm {
  const say = (key: Parameters<typeof inquiryText>[1]) => inquiryText(locale, key);
  const state: Record<string, string> = {
    requestId: filing.requestId,
    committeeId: filing.committeeId,
    meetingId: filing.meetingId,
    kind: filing.kind,
  };
  if (filing.onBehalfOf) state.onBehalfOf = filing.onBehalfOf;
  if (filing.attachmentUrl) state.attachmentUrl = filing.attachmentUrl;
  return {
    formId: INQUIRY_CONFIRM_LATE_FORM,
    title: say('confirmTitle'),
    submitLabel: say('confirmSubmit'),
    fields: [
      {
        kind: 'select',
        id: ACCEPT_LATE_FIELD,
        label: inquiryText(locale, 'confirmQuestion', {
          deadline: formatDeadline(late.deadline, locale),
          next: late.next.name,
          date: formatDate(late.next.start, locale),
        }),
        required: true,
        options: [{ value: YES, label: say('confirmYes') }],
        initial: YES,
      },
      {
        kind: 'text',
        id: 'subject',
        label: say('subject'),
        required: true,
        maxLength: SUBJECT_MAX,
        initial: texts.subject,
      },
      {
        kind: 'text',
        id: 'text',
        label: say('text'),
        required: true,
        multiline: true,
        maxLength: CHAT_TEXT_MAX,
        initial: texts.text,
      },
    ],
    state,
  };
}

export function acceptedLate(values: Record<string, string>): boolean {
  return values[ACCEPT_LATE_FIELD] === YES;
}
