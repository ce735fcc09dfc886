import type { Locale } from '../chat/message';

/** The few texts only the Teams adapter says; everything else comes from the conversation layer. */
const texts = {
  de: {
    requiredField: 'Bitte ausfüllen.',
    formOpened: 'Das Formular steht unten im Chat.',
    done: 'Erledigt.',
    stillWorking: 'Wird bearbeitet – die Antwort erscheint gleich hier.',
    somethingWentWrong: 'Das hat leider nicht geklappt. Bitte versuchen Sie es gleich noch einmal.',
    unknownAction: 'Diese Schaltfläche ist veraltet. Bitte rufen Sie die Nachricht neu ab.',
  },
  en: {
    requiredField: 'Please fill in.',
    formOpened: 'The form is below in the chat.',
    done: 'Done.',
    stillWorking: 'Working on it – the answer will appear here shortly.',
    somethingWentWrong: 'That did not work. Please try again in a moment.',
    unknownAction: 'This button is out of date. Please fetch the message again.',
  },
} as const satisfies Record<Locale, Record<string, string>>;

export type TeamsText = keyof (typeof texts)['de'];

export function teamsText(locale: Locale, key: TeamsText): string {
  return texts[locale][key];
}

/** Teams sends `de-DE`, `en-US`, ...; German unless the user's client is English. */
export function localeFrom(teamsLocale: string | undefined): Locale {
  return teamsLocale?.toLowerCase().startsWith('en') ? 'en' : 'de';
}
