import type { FileInquiryResult } from '../../../server/domain/inquiries/filing';
import type { ChatMessage, Locale } from '../message';
import { presentNotice } from '../presenters/notice';
import { INQUIRY_OPEN_ACTION } from './deps';
import { formatDeadline } from './format';
import { inquiryText } from './texts';

type Filed = Extract<FileInquiryResult, { status: 'filed' }>;

/** The member's confirmation: number, meeting and filing deadline. */
export function presentFiled(result: Filed, subject: string, locale: Locale): ChatMessage {
  const { number, meetingName, deadline } = result.inquiry;
  const values = { number, subject, meeting: meetingName, deadline: formatDeadline(deadline, locale) };
  return {
    title: inquiryText(locale, 'filedTitle', values),
    text: inquiryText(locale, result.late ? 'filedLateText' : 'filedText', values),
    facts: [
      { label: inquiryText(locale, 'number'), value: number },
      { label: inquiryText(locale, 'filedMeeting'), value: meetingName },
      { label: inquiryText(locale, 'deadline'), value: values.deadline },
    ],
    fallbackText: inquiryText(locale, 'filedFallback', values),
  };
}

/** The answer to the `anfrage` command: a button that opens the form. */
export function presentOpenButton(locale: Locale, prefill: Record<string, string>): ChatMessage {
  return {
    title: inquiryText(locale, 'commandTitle'),
    text: inquiryText(locale, 'commandText'),
    buttons: [
      {
        actionId: INQUIRY_OPEN_ACTION,
        label: inquiryText(locale, 'open'),
        value: prefill,
        style: 'primary',
      },
    ],
    fallbackText: inquiryText(locale, 'commandText'),
  };
}

export function presentNotMember(locale: Locale): ChatMessage {
  return presentNotice(inquiryText(locale, 'notMember'), inquiryText(locale, 'notMemberTitle'));
}

export function presentNoMeetings(locale: Locale): ChatMessage {
  return presentNotice(inquiryText(locale, 'noMeetings'), inquiryText(locale, 'notMemberTitle'));
}

/** In a Teams channel or group chat: where to file instead, so that no one else reads along. */
export function presentPrivateOnly(locale: Locale): ChatMessage {
  return presentNotice(inquiryText(locale, 'privateOnly'), inquiryText(locale, 'privateOnlyTitle'));
}
