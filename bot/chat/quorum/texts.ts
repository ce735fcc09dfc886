import { dative } from '../../../server/domain/quorum/texts';

/** What the quorum commands, the live card and its notes say; German first. */
export interface QuorumChatTexts {
  cardTitle: (meeting: string) => string;
  counting: (n: number) => string;
  notCounting: string;
  befangenHeading: string;
  befangenLine: (name: string, item: string) => string;
  others: (administration: number, guests: number) => string;
  asOf: (time: string) => string;
  checkIn: string;
  lost: (time: string, present: number, seats: number, needed: number) => string;
  regained: (time: string, present: number, seats: number, needed: number) => string;
  lostSecondConvocation: (time: string, present: number, seats: number, needed: number) => string;
  arrived: (name: string, time: string) => string;
  left: (name: string, time: string) => string;
  checkedIn: (time: string) => string;
  alreadyPresent: (name: string, since: string) => string;
  selfAlreadyPresent: (since: string) => string;
  notPresent: (name: string) => string;
  befangenDeclared: (name: string, item: string) => string;
  befangenAlready: (name: string, item: string) => string;
  befangenWithdrawn: (name: string, item: string) => string;
  befangenNotDeclared: (name: string, item: string) => string;
  lackEstablished: (time: string) => string;
  lackAlready: string;
  quorumTitle: (meeting: string, item?: string) => string;
  noMeetingToday: (committee: string) => string;
  noMeetingAhead: (committee: string) => string;
  unknownPerson: (name: string) => string;
  ambiguousPerson: (name: string, candidates: string) => string;
  nameMissing: (example: string) => string;
  badTime: (text: string) => string;
  outsideSession: (from: string, until: string) => string;
  inFuture: (now: string) => string;
  itemMissing: (example: string) => string;
  unknownItem: (item: string) => string;
  ambiguousItem: (item: string) => string;
  noPerson: string;
  notOnList: string;
  forbiddenOthers: string;
  forbiddenOffice: string;
  notEntitled: string;
  confidentialOnly: string;
  cancelled: string;
  meetingGone: string;
  errorTitle: string;
  help: string[];
}

export const de: QuorumChatTexts = {
  cardTitle: (meeting) => `Beschlussfähigkeit: ${meeting}`,
  counting: (n) => `Zählen (${n})`,
  notCounting: 'Zählen nicht',
  befangenHeading: 'Befangenheit',
  befangenLine: (name, item) => `${name}: TOP ${item}`,
  others: (administration, guests) => `Verwaltung: ${administration}, Gäste: ${guests}`,
  asOf: (time) => `Stand ${time} Uhr`,
  checkIn: 'Ich bin da',
  lost: (time, present, seats, needed) =>
    `Beschlussfähigkeit verloren um ${time} Uhr: ${present} von ${seats} anwesend, erforderlich ${needed}. Die Sitzungsleitung kann die Beschlussunfähigkeit feststellen.`,
  regained: (time, present, seats, needed) =>
    `Beschlussfähigkeit wiederhergestellt um ${time} Uhr: ${present} von ${seats} anwesend, erforderlich ${needed}.`,
  lostSecondConvocation: (time, present, seats, needed) =>
    `Weniger als die Hälfte anwesend seit ${time} Uhr: ${present} von ${seats}, erforderlich wären ${needed}. Als Wiederholungssitzung (zweite Einberufung) bleibt der Ausschuss beschlussfähig.`,
  arrived: (name, time) => `${name} ist anwesend ab ${time} Uhr.`,
  left: (name, time) => `${name} hat die Sitzung um ${time} Uhr verlassen.`,
  checkedIn: (time) => `Danke, Sie sind ab ${time} Uhr als anwesend erfasst.`,
  alreadyPresent: (name, since) =>
    `${name} ist bereits seit ${since} Uhr als anwesend erfasst. Nichts geändert.`,
  selfAlreadyPresent: (since) => `Sie sind bereits seit ${since} Uhr als anwesend erfasst.`,
  notPresent: (name) => `${name} ist zu diesem Zeitpunkt nicht als anwesend erfasst. Nichts geändert.`,
  befangenDeclared: (name, item) =>
    `Befangenheit erfasst: ${name}, TOP ${item}. Zählt bei diesem Punkt nicht mit.`,
  befangenAlready: (name, item) =>
    `Für ${dative(name)} ist die Befangenheit bei TOP ${item} bereits erfasst.`,
  befangenWithdrawn: (name, item) => `Befangenheit zurückgenommen: ${name}, TOP ${item}.`,
  befangenNotDeclared: (name, item) => `Für ${dative(name)} ist bei TOP ${item} keine Befangenheit erfasst.`,
  lackEstablished: (time) =>
    `Erfasst: Die Sitzungsleitung hat um ${time} Uhr die Beschlussunfähigkeit festgestellt.`,
  lackAlready: 'Die Beschlussunfähigkeit ist bereits festgestellt.',
  quorumTitle: (meeting, item) =>
    item ? `Beschlussfähigkeit bei TOP ${item}: ${meeting}` : `Beschlussfähigkeit: ${meeting}`,
  noMeetingToday: (committee) => `${committee} hat heute keine Sitzung.`,
  noMeetingAhead: (committee) => `${committee} hat keine anstehende Sitzung.`,
  unknownPerson: (name) => `„${name}“ gehört nicht zu den Teilnehmenden dieser Sitzung.`,
  ambiguousPerson: (name, candidates) => `„${name}“ ist nicht eindeutig. Gemeint ist: ${candidates}?`,
  nameMissing: (example) => `Bitte einen Namen angeben, z. B. **${example}**.`,
  badTime: (text) => `„${text}“ ist keine Uhrzeit. Bitte z. B. 14:15 schreiben.`,
  outsideSession: (from, until) => `Die Uhrzeit liegt außerhalb der Sitzung (${from} bis ${until} Uhr).`,
  inFuture: (now) =>
    `Die Uhrzeit liegt in der Zukunft (jetzt ist es ${now} Uhr). Bitte erfassen Sie, was schon geschehen ist.`,
  itemMissing: (example) => `Bitte den Tagesordnungspunkt angeben, z. B. **${example}**.`,
  unknownItem: (item) => `TOP ${item} gibt es in dieser Sitzung nicht.`,
  ambiguousItem: (item) =>
    `TOP ${item} gibt es im öffentlichen und im nichtöffentlichen Teil. Bitte **TOP ö ${item}** oder **TOP nö ${item}** schreiben.`,
  noPerson: 'Ihr Konto ist mit keiner Person verknüpft.',
  notOnList: 'Sie stehen nicht auf der Anwesenheitsliste dieser Sitzung.',
  forbiddenOthers: 'Für andere darf nur die Geschäftsführung des Ausschusses erfassen.',
  forbiddenOffice: 'Das darf nur die Geschäftsführung des Ausschusses.',
  notEntitled: 'Die Beschlussfähigkeit sehen nur die Mitglieder und die Geschäftsführung des Ausschusses.',
  confidentialOnly:
    'Zu nichtöffentlichen Punkten antworte ich nur im vertraulichen Kanal des Ausschusses oder per Direktnachricht.',
  cancelled: 'Die Sitzung ist abgesagt.',
  meetingGone: 'Die Sitzung gibt es nicht mehr.',
  errorTitle: 'Nicht erfasst',
  help: [
    '**anwesend Pohl 14:15**: Ankunft erfassen (Geschäftsführung; ohne Uhrzeit: jetzt)',
    '**verlässt Frank 15:40**: Weggang erfassen',
    '**befangen [Name] TOP 5**: Befangenheit erklären (ohne Namen: für sich selbst)',
    '**beschlussunfähig**: Feststellung der Beschlussunfähigkeit erfassen',
    '**quorum [TOP 5]**: Beschlussfähigkeit mit Begründung',
  ],
};

export const en: QuorumChatTexts = {
  cardTitle: (meeting) => `Quorum: ${meeting}`,
  counting: (n) => `Counting (${n})`,
  notCounting: 'Not counting',
  befangenHeading: 'Conflicts of interest (Befangenheit)',
  befangenLine: (name, item) => `${name}: item ${item}`,
  others: (administration, guests) => `Administration: ${administration}, guests: ${guests}`,
  asOf: (time) => `As of ${time}`,
  checkIn: "I'm here",
  lost: (time, present, seats, needed) =>
    `Quorum lost at ${time}: ${present} of ${seats} present, ${needed} required. The chair may establish the lack of quorum.`,
  regained: (time, present, seats, needed) =>
    `Quorum regained at ${time}: ${present} of ${seats} present, ${needed} required.`,
  lostSecondConvocation: (time, present, seats, needed) =>
    `Fewer than half present since ${time}: ${present} of ${seats}, ${needed} would be required. As a second convocation the committee stays quorate.`,
  arrived: (name, time) => `${name} is present from ${time}.`,
  left: (name, time) => `${name} left the meeting at ${time}.`,
  checkedIn: (time) => `Thank you, you are recorded as present from ${time}.`,
  alreadyPresent: (name, since) => `${name} is already recorded as present since ${since}. Nothing changed.`,
  selfAlreadyPresent: (since) => `You are already recorded as present since ${since}.`,
  notPresent: (name) => `${name} is not recorded as present at that time. Nothing changed.`,
  befangenDeclared: (name, item) =>
    `Conflict of interest recorded: ${name}, item ${item}. Not counted for that item.`,
  befangenAlready: (name, item) => `A conflict of interest of ${name} on item ${item} is already recorded.`,
  befangenWithdrawn: (name, item) => `Conflict of interest withdrawn: ${name}, item ${item}.`,
  befangenNotDeclared: (name, item) => `No conflict of interest of ${name} on item ${item} is recorded.`,
  lackEstablished: (time) => `Recorded: the chair established the lack of quorum at ${time}.`,
  lackAlready: 'The lack of quorum is already established.',
  quorumTitle: (meeting, item) => (item ? `Quorum for item ${item}: ${meeting}` : `Quorum: ${meeting}`),
  noMeetingToday: (committee) => `${committee} has no meeting today.`,
  noMeetingAhead: (committee) => `${committee} has no upcoming meeting.`,
  unknownPerson: (name) => `"${name}" is not among the participants of this meeting.`,
  ambiguousPerson: (name, candidates) => `"${name}" is ambiguous. Did you mean: ${candidates}?`,
  nameMissing: (example) => `Please give a name, e.g. **${example}**.`,
  badTime: (text) => `"${text}" is not a time. Please write e.g. 14:15.`,
  outsideSession: (from, until) => `The time is outside the meeting (${from} to ${until}).`,
  inFuture: (now) =>
    `The time lies in the future (it is ${now} now). Please record what has already happened.`,
  itemMissing: (example) => `Please name the agenda item, e.g. **${example}**.`,
  unknownItem: (item) => `There is no item ${item} in this meeting.`,
  ambiguousItem: (item) =>
    `Item ${item} exists in the public and the non-public part. Please write **item p ${item}** or **item np ${item}**.`,
  noPerson: 'Your account is not linked to a person.',
  notOnList: 'You are not on the attendance list of this meeting.',
  forbiddenOthers: "Only the committee's office may record this for others.",
  forbiddenOffice: "Only the committee's office may do this.",
  notEntitled: "Only the committee's members and office see the quorum.",
  confidentialOnly:
    "On non-public items I answer only in the committee's confidential channel or by direct message.",
  cancelled: 'The meeting is cancelled.',
  meetingGone: 'The meeting no longer exists.',
  errorTitle: 'Not recorded',
  help: [
    '**present Pohl 14:15**: record an arrival (office; without a time: now)',
    '**leaves Frank 15:40**: record a departure',
    '**biased [name] item 5**: declare a conflict of interest (without a name: for yourself)',
    '**noquorum**: record that the chair established the lack of quorum',
    '**quorum [item 5]**: quorum with reasons',
  ],
};

export const QUORUM_CHAT_TEXTS = { de, en } as const;
