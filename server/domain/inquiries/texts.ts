import type { Locale } from '../../../bot/chat/message';

/** Texts of the Anfragen workflow, German first. Placeholders in braces. */
export const de = {
  errNoPerson: 'Ihr Konto ist mit keiner Person verknüpft; Anfragen können nur Mitglieder einreichen.',
  errCommitteeRequired: 'Bitte wählen Sie ein Gremium.',
  errNotMember: 'Sie sind nicht Mitglied dieses Gremiums oder einer seiner Fraktionen.',
  errMeetingRequired: 'Bitte wählen Sie eine Sitzung.',
  errMeetingUnknown: 'Diese Sitzung gehört nicht zum gewählten Gremium oder hat bereits begonnen.',
  errNoNextMeeting: 'Die Frist ist abgelaufen und es ist noch keine weitere Sitzung terminiert.',
  errSubjectRequired: 'Bitte geben Sie einen Betreff an.',
  errSubjectTooLong: 'Der Betreff darf höchstens {max} Zeichen lang sein.',
  errTextRequired: 'Bitte geben Sie den Text der Anfrage an.',
  errTextTooLong: 'Der Text darf höchstens {max} Zeichen lang sein.',
  errKind: 'Bitte wählen Sie schriftlich oder mündlich.',
  errOnBehalfOf: 'Sie gehören dieser Fraktion nicht an.',
  errOnBehalfOfSeat:
    'Sie sind nicht selbst Mitglied dieses Gremiums: bitte reichen Sie die Anfrage im Namen Ihrer Fraktion ein, die im Gremium vertreten ist.',
  errAttachment: 'Bitte geben Sie einen Link beginnend mit https:// an.',
  errRequestId: 'Die Anfrage konnte nicht zugeordnet werden; bitte erneut senden.',
  errLimitMember: 'Sie haben für diese Sitzung bereits {max} Anfragen eingereicht (höchstens {max}).',
  errLimitFraktion:
    'Für diese Fraktion sind für diese Sitzung bereits {max} Anfragen eingereicht (höchstens {max}).',
  stateNames: {
    eingereicht: 'eingereicht',
    angenommen: 'angenommen',
    zurueckgewiesen: 'zurückgewiesen',
    zugewiesen: 'zugewiesen',
    beantwortet: 'beantwortet',
    veroeffentlicht: 'veröffentlicht',
    zurueckgezogen: 'zurückgezogen',
  },
  memberTitle: 'Ihre Anfrage {number}',
  memberFiled:
    'Ihre Anfrage „{subject}" ist eingegangen und wird in der Sitzung „{meeting}" am {date} behandelt.',
  memberFiledLate:
    'Ihre Anfrage „{subject}" ging nach der Frist ein und wird deshalb in der Sitzung „{meeting}" am {date} behandelt.',
  memberAccepted: 'Ihre Anfrage „{subject}" wurde angenommen.',
  memberRejected: 'Ihre Anfrage „{subject}" wurde zurückgewiesen. Begründung: {reason}',
  memberAssigned: 'Ihre Anfrage „{subject}" wurde {department} zur Beantwortung bis {due} zugewiesen.',
  memberAnswered: 'Ihre Anfrage „{subject}" wurde beantwortet:',
  memberPublished: 'Die Antwort auf Ihre Anfrage „{subject}" wurde veröffentlicht.',
  memberWithdrawn: 'Ihre Anfrage „{subject}" wurde zurückgezogen.',
  memberSupplement: 'Zu Ihrer Anfrage „{subject}" liegt eine ergänzende Antwort zur Niederschrift vor:',
  supplementState: 'ergänzende Antwort zur Niederschrift',
  officeTitle: 'Anfrage {number} ({committee})',
  officeLine: '„{subject}" von {author}: {state}',
  departmentTitle: 'Anfrage {number} zur Beantwortung',
  departmentAssigned:
    'Ihrer Dienststelle wurde die Anfrage „{subject}" ({committee}) zugewiesen. Antwort fällig bis {due}.',
  departmentWithdrawn:
    'Die Anfrage „{subject}" ({committee}) wurde zurückgezogen; eine Antwort ist nicht mehr nötig.',
  departmentReminder:
    'Erinnerung: Die Antwort auf die Anfrage „{subject}" ({committee}) ist bis {due} fällig.',
  publicTitle: 'Antwort auf Anfrage {number}',
  publicSupplementTitle: 'Ergänzende Antwort zur Niederschrift zu Anfrage {number}',
  publicLine: '„{subject}" ({committee})',
  fileLabel: 'Datei: {url}',
  agendaParent: 'Beantwortung von Anfragen aus vorherigen Sitzungen',
  agendaChild: 'Anfrage {number}: {subject}',
  supplementSubject: 'Ergänzende Antwort zur Niederschrift: {subject}',
  transitionRefused: 'Eine Anfrage im Zustand „{from}" kann nicht in den Zustand „{to}" wechseln.',
  reasonRequired: 'Bitte geben Sie eine Begründung an.',
  departmentRequired: 'Bitte geben Sie die Dienststelle an.',
  departmentUnknown: 'Diese Dienststelle ist nicht bekannt: Niemand würde die Anfrage erhalten.',
  answerRequired: 'Bitte geben Sie den Text der Antwort an.',
  withdrawOnlyAuthor: 'Nur die einreichende Person kann die Anfrage zurückziehen.',
  notFound: 'Anfrage nicht gefunden.',
  dueDatePast: 'Das Fälligkeitsdatum muss in der Zukunft liegen.',
};

export const en: typeof de = {
  errNoPerson: 'Your account is not linked to a person; only members can file questions.',
  errCommitteeRequired: 'Please choose a committee.',
  errNotMember: 'You are not a member of this committee or one of its parliamentary groups.',
  errMeetingRequired: 'Please choose a meeting.',
  errMeetingUnknown: 'This meeting does not belong to the chosen committee or has already started.',
  errNoNextMeeting: 'The deadline has passed and no further meeting is scheduled yet.',
  errSubjectRequired: 'Please enter a subject.',
  errSubjectTooLong: 'The subject may be at most {max} characters long.',
  errTextRequired: 'Please enter the text of the question.',
  errTextTooLong: 'The text may be at most {max} characters long.',
  errKind: 'Please choose written or oral.',
  errOnBehalfOf: 'You do not belong to this parliamentary group.',
  errOnBehalfOfSeat:
    'You do not hold a seat in this committee yourself: please file on behalf of your parliamentary group that is represented in it.',
  errAttachment: 'Please enter a link starting with https://.',
  errRequestId: 'The submission could not be identified; please send it again.',
  errLimitMember: 'You have already filed {max} questions for this meeting (at most {max}).',
  errLimitFraktion:
    'This parliamentary group has already filed {max} questions for this meeting (at most {max}).',
  stateNames: {
    eingereicht: 'filed',
    angenommen: 'accepted',
    zurueckgewiesen: 'rejected',
    zugewiesen: 'assigned',
    beantwortet: 'answered',
    veroeffentlicht: 'published',
    zurueckgezogen: 'withdrawn',
  },
  memberTitle: 'Your question {number}',
  memberFiled:
    'Your question "{subject}" was received and will be dealt with in the meeting "{meeting}" on {date}.',
  memberFiledLate:
    'Your question "{subject}" arrived after the deadline and will be dealt with in the meeting "{meeting}" on {date}.',
  memberAccepted: 'Your question "{subject}" was accepted.',
  memberRejected: 'Your question "{subject}" was rejected. Reason: {reason}',
  memberAssigned: 'Your question "{subject}" was assigned to {department} for an answer by {due}.',
  memberAnswered: 'Your question "{subject}" was answered:',
  memberPublished: 'The answer to your question "{subject}" was published.',
  memberWithdrawn: 'Your question "{subject}" was withdrawn.',
  memberSupplement: 'There is a supplementary answer for the minutes to your question "{subject}":',
  supplementState: 'supplementary answer for the minutes',
  officeTitle: 'Question {number} ({committee})',
  officeLine: '"{subject}" by {author}: {state}',
  departmentTitle: 'Question {number} to answer',
  departmentAssigned:
    'Your department was assigned the question "{subject}" ({committee}). Answer due by {due}.',
  departmentWithdrawn: 'The question "{subject}" ({committee}) was withdrawn; no answer is needed any more.',
  departmentReminder: 'Reminder: the answer to the question "{subject}" ({committee}) is due by {due}.',
  publicTitle: 'Answer to question {number}',
  publicSupplementTitle: 'Supplementary answer for the minutes to question {number}',
  publicLine: '"{subject}" ({committee})',
  fileLabel: 'File: {url}',
  agendaParent: 'Answers to questions from previous meetings',
  agendaChild: 'Question {number}: {subject}',
  supplementSubject: 'Supplementary answer for the minutes: {subject}',
  transitionRefused: 'A question in state "{from}" cannot change to state "{to}".',
  reasonRequired: 'Please give a reason.',
  departmentRequired: 'Please name the department.',
  departmentUnknown: 'This department is unknown: nobody would receive the question.',
  answerRequired: 'Please enter the text of the answer.',
  withdrawOnlyAuthor: 'Only the person who filed the question can withdraw it.',
  notFound: 'Question not found.',
  dueDatePast: 'The due date must lie in the future.',
};

export type TextKey = Exclude<keyof typeof de, 'stateNames'>;

export function textsFor(locale: Locale): typeof de {
  return locale === 'en' ? en : de;
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}

const dateFormats: Record<Locale, Intl.DateTimeFormat> = {
  de: new Intl.DateTimeFormat('de-DE', {
    timeZone: 'Europe/Berlin',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Berlin',
    day: '2-digit',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }),
};

/** "04.06.2026, 12:00" in Berlin time. */
export function formatWhen(instant: Date, locale: Locale): string {
  return dateFormats[locale].format(instant);
}
