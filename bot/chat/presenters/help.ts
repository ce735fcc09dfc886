import { t } from '../i18n/catalog';
import type { ChatMessage, Locale } from '../message';

export function presentHelp(locale: Locale): ChatMessage {
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
        ],
      },
    ],
    fallbackText: t(locale, 'help.fallback'),
  };
}
