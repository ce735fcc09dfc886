import type { Locale } from '../message';

/** Texts of the Anfrage form in chat, German first. Placeholders in braces. */
export const de = {
  formTitle: 'Anfrage stellen',
  submit: 'Einreichen',
  committee: 'Gremium',
  meeting: 'Sitzung (mit Einreichungsfrist)',
  meetingOption: '{meeting}, {date} – Frist {deadline}',
  meetingOptionLate: '{meeting}, {date} – Frist abgelaufen ({deadline})',
  subject: 'Betreff',
  text: 'Text der Anfrage',
  kind: 'Art der Anfrage',
  written: 'schriftlich',
  oral: 'mündlich',
  onBehalfOf: 'Im Namen einer Fraktion (optional)',
  personal: 'Keine Fraktion (persönlich)',
  attachmentUrl: 'Link zu einer Anlage (optional, https://…)',
  confirmTitle: 'Frist abgelaufen',
  confirmSubmit: 'Verbindlich einreichen',
  confirmQuestion:
    'Die Einreichungsfrist für die gewählte Sitzung endete am {deadline}. Ihre Anfrage wird deshalb in der nächsten Sitzung „{next}“ am {date} behandelt. Einverstanden?',
  confirmYes: 'Ja, für die nächste Sitzung einreichen',
  confirmRequired: 'Bitte bestätigen Sie, dass die Anfrage in die nächste Sitzung geht.',
  noNextMeeting:
    'Die Einreichungsfrist für diese Sitzung ist abgelaufen und es ist noch keine weitere Sitzung terminiert.',
  filedTitle: 'Anfrage {number} eingereicht',
  filedText: 'Ihre Anfrage „{subject}“ ist eingegangen.',
  filedLateText:
    'Ihre Anfrage „{subject}“ ging nach Fristablauf ein und wird in der nächsten Sitzung behandelt.',
  filedFallback: 'Anfrage {number} eingereicht: {meeting}, Einreichungsfrist {deadline}',
  number: 'Nummer',
  filedMeeting: 'Sitzung',
  deadline: 'Einreichungsfrist',
  notMemberTitle: 'Keine Anfrage möglich',
  notMember:
    'Anfragen können Mitglieder eines Gremiums (oder seiner Fraktionen) stellen. Sie sind derzeit in keinem solchen Gremium eingetragen. Wenden Sie sich bei Fragen an die Geschäftsführung.',
  noMeetings:
    'Für Ihre Gremien ist derzeit keine Sitzung terminiert. Eine Anfrage können Sie stellen, sobald die nächste Sitzung feststeht.',
  commandTitle: 'Anfrage an die Verwaltung',
  commandText: 'Stellen Sie eine Anfrage zu einer Sitzung Ihres Gremiums.',
  open: 'Anfrage stellen',
  help: '**anfrage**: eine Anfrage an die Verwaltung stellen (Formular)',
  privateOnlyTitle: 'Anfrage lieber nicht hier',
  privateOnly:
    'In diesem Kanal sähen alle Ihre Anfrage. Stellen Sie sie im persönlichen Chat mit mir („anfrage“) oder über „Anfrage stellen“ im Nachrichtenfeld bzw. „Als Anfrage übernehmen“ im Menü einer Nachricht.',
};

export const en: typeof de = {
  formTitle: 'File a question',
  submit: 'Submit',
  committee: 'Committee',
  meeting: 'Meeting (with filing deadline)',
  meetingOption: '{meeting}, {date} – deadline {deadline}',
  meetingOptionLate: '{meeting}, {date} – deadline passed ({deadline})',
  subject: 'Subject',
  text: 'Question',
  kind: 'Kind of question',
  written: 'written',
  oral: 'oral',
  onBehalfOf: 'On behalf of a parliamentary group (optional)',
  personal: 'No group (personal)',
  attachmentUrl: 'Link to an attachment (optional, https://…)',
  confirmTitle: 'Deadline passed',
  confirmSubmit: 'File now',
  confirmQuestion:
    'The filing deadline for the chosen meeting ended on {deadline}. Your question will therefore be dealt with in the next meeting "{next}" on {date}. Agreed?',
  confirmYes: 'Yes, file for the next meeting',
  confirmRequired: 'Please confirm that the question goes to the next meeting.',
  noNextMeeting: 'The filing deadline for this meeting has passed and no further meeting is scheduled yet.',
  filedTitle: 'Question {number} filed',
  filedText: 'Your question "{subject}" was received.',
  filedLateText:
    'Your question "{subject}" arrived after the deadline and will be dealt with in the next meeting.',
  filedFallback: 'Question {number} filed: {meeting}, filing deadline {deadline}',
  number: 'Number',
  filedMeeting: 'Meeting',
  deadline: 'Filing deadline',
  notMemberTitle: 'No question possible',
  notMember:
    'Questions can be filed by members of a committee (or of its parliamentary groups). You are currently not listed in such a committee. Please contact the committee office with any questions.',
  noMeetings:
    'No meeting of your committees is scheduled at the moment. You can file a question as soon as the next meeting is set.',
  commandTitle: 'Question to the administration',
  commandText: 'File a question for a meeting of your committee.',
  open: 'File a question',
  help: '**inquiry**: file a question to the administration (form)',
  privateOnlyTitle: 'Better not here',
  privateOnly:
    'Everyone in this channel would see your question. File it in your personal chat with me ("inquiry") or with "Anfrage stellen" in the message box or "Als Anfrage übernehmen" in a message\'s menu.',
};

export type InquiryTextKey = keyof typeof de;

export function inquiryText(
  locale: Locale,
  key: InquiryTextKey,
  values: Record<string, string> = {},
): string {
  const template = (locale === 'en' ? en : de)[key];
  return template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}
