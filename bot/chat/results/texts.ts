/** Texts of the results feature, German first. */
export const de = {
  title: 'Ergebnis TOP {number}',
  correctedTitle: 'Ergebnis TOP {number} (korrigiert)',
  resolution: 'Beschluss',
  result: 'Abstimmungsergebnis',
  nonPublic: 'Nichtöffentlicher Teil',
  recorded: 'Ergebnis zu TOP {number} erfasst: {sentence}.',
  recordedNonPublic: 'Ergebnis zu TOP {number} (nichtöffentlicher Teil) erfasst.',
  recordedChannels: 'Benachrichtigte Kanäle: {count}.',
  noMeeting: 'Ich finde keine begonnene Sitzung eines Ausschusses, den Sie betreuen.',
  noItem: 'TOP {number} gibt es in der Sitzung „{meeting}“ nicht.',
  badNumber: 'Bitte so: **ergebnis TOP 2.1 einstimmig angenommen** oder **ergebnis TOP 3** für das Formular.',
  badOutcome:
    'Das Ergebnis verstehe ich nicht. Möglich: einstimmig, angenommen, abgelehnt, Kenntnis, verwiesen, vertagt, zurückgezogen.',
  badCount: 'Stimmen bitte so angeben: **ja 10 nein 2 enthaltung 1 AfD-Fraktion**.',
  formTitle: 'Ergebnis TOP {number}',
  formSubmit: 'Speichern',
  openForm: 'Formular öffnen',
  fieldResult: 'Ergebnis',
  fieldYes: 'Ja-Stimmen',
  fieldNo: 'Nein-Stimmen',
  fieldAbstain: 'Enthaltungen',
  fieldBreakdown: 'Nach Fraktionen (eine Zeile je Fraktion: „Enthaltung 1 AfD-Fraktion“)',
  fieldReferredTo: 'Verwiesen an',
  fieldResolution: 'Beschlusstext',
  notANumber: 'Bitte eine ganze Zahl ab 0.',
  badBreakdown: 'Zeile {line}: bitte „Ja|Nein|Enthaltung <Zahl> <Fraktion>“.',
  help: '**ergebnis TOP 3 angenommen ja 10 nein 2 enthaltung 1 AfD-Fraktion**: Abstimmungsergebnis erfassen (Geschäftsführung)',
};

export const en: typeof de = {
  title: 'Result item {number}',
  correctedTitle: 'Result item {number} (corrected)',
  resolution: 'Resolution',
  result: 'Vote result',
  nonPublic: 'Non-public part',
  recorded: 'Result of item {number} recorded: {sentence}.',
  recordedNonPublic: 'Result of item {number} (non-public part) recorded.',
  recordedChannels: 'Channels notified: {count}.',
  noMeeting: 'I find no meeting that has begun in a committee you run.',
  noItem: 'Item {number} does not exist in the meeting “{meeting}”.',
  badNumber: 'Please write: **result item 2.1 unanimous** or **result item 3** for the form.',
  badOutcome:
    'I do not understand the outcome. Possible: unanimous, adopted, rejected, noted, referred, postponed, withdrawn.',
  badCount: 'Please give votes like: **yes 10 no 2 abstain 1 AfD-Fraktion**.',
  formTitle: 'Result item {number}',
  formSubmit: 'Save',
  openForm: 'Open form',
  fieldResult: 'Result',
  fieldYes: 'Yes votes',
  fieldNo: 'No votes',
  fieldAbstain: 'Abstentions',
  fieldBreakdown: 'By group (one line each: “abstain 1 AfD-Fraktion”)',
  fieldReferredTo: 'Referred to',
  fieldResolution: 'Resolution text',
  notANumber: 'Please a whole number from 0.',
  badBreakdown: 'Line {line}: please “yes|no|abstain <number> <group>”.',
  help: '**result item 3 adopted yes 10 no 2 abstain 1 AfD-Fraktion**: record a vote result (office)',
};

export type ResultTextKey = keyof typeof de;

export function rt(
  locale: 'de' | 'en',
  key: ResultTextKey,
  values: Record<string, string | number> = {},
): string {
  const template = (locale === 'en' ? en : de)[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}
