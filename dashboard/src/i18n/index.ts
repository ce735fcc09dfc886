import { createI18n } from 'vue-i18n';
import de from './de';
import en from './en';

export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
const STORAGE_KEY = 'dashboard.locale';

function initialLocale(): Locale {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'de';
}

export function createDashboardI18n(locale: Locale = initialLocale()) {
  const i18n = createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'de',
    messages: { de, en },
    datetimeFormats: {
      de: {
        date: { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Berlin' },
        dateTime: {
          weekday: 'short',
          day: '2-digit',
          month: '2-digit',
          year: 'numeric',
          hour: '2-digit',
          minute: '2-digit',
          timeZone: 'Europe/Berlin',
        },
      },
      en: {
        date: { day: '2-digit', month: 'short', year: 'numeric', timeZone: 'Europe/Berlin' },
        dateTime: {
          weekday: 'short',
          day: '2-digit',
          month: 'short',
          year: 'numeric',
          hour: '2-digit',
          minute: '2-digit',
          timeZone: 'Europe/Berlin',
        },
      },
    },
  });
  applyDocumentLanguage(locale);
  return i18n;
}

export type DashboardI18n = ReturnType<typeof createDashboardI18n>;

/** Switches texts, the `lang` attribute (screen readers, BITV) and remembers the choice. */
export function switchLocale(current: { value: string }, locale: Locale): void {
  current.value = locale;
  applyDocumentLanguage(locale);
  globalThis.localStorage?.setItem(STORAGE_KEY, locale);
}

function applyDocumentLanguage(locale: Locale): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}
