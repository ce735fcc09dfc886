import { t } from '../i18n/catalog';
import type { ChatMessage, Locale } from '../message';

/** `extraLines`: the workflows' commands (attendance, Anfragen, follow-ups). */
export function presentHelp(locale: Locale, extraLines: readonly string[] = []): ChatMessage {
  return {
    title: t(locale, 'help.title'),
    text: t(locale, 'help.intro'),
    sections: [
      {
        lines: [
          t(locale, 'help.agenda'),
          t(locale, 'help.meetings'),
          t(locale, 'help.link'),
          t(locale, 'help.bind'),
          t(locale, 'help.unbind'),
          t(locale, 'help.publish'),
          t(locale, 'help.announce'),
          ...extraLines,
        ],
      },
    ],
    fallbackText: t(locale, 'help.fallback'),
  };
}
