import type { NewAgendaEntry, NumberingStyle } from './agenda-entry';

export interface AgendaTemplate {
  key: string;
  name: string;
  numbering: NumberingStyle;
  items: NewAgendaEntry[];
}

const KOELN_SECTIONS = [
  'Beantwortung von Anfragen aus vorherigen Sitzungen',
  'Mitteilungen der Verwaltung',
  'Sachstandsberichte der Verwaltung',
  'Schriftliche Anfragen',
  'Mündliche Anfragen',
  'Anträge',
  'Allgemeine Vorlagen',
];

/** Stadt Köln: the standard items 1-7, in both parts (Niederschrift UA DiKO, 18.11.2019). */
export const KOELN_STANDARD: AgendaTemplate = {
  key: 'koeln-standard',
  name: 'Stadt Köln – Standardtagesordnung',
  numbering: { restartInNonPublic: true },
  items: [true, false].flatMap((isPublic) =>
    KOELN_SECTIONS.map((name): NewAgendaEntry => ({ name, public: isPublic, level: 1 })),
  ),
};

/** Kreis Mettmann: the "Formalien" block 1.1-1.6 (Ausschuss für Digitalisierung, 18.02.2021). */
export const METTMANN_FORMALIEN: AgendaTemplate = {
  key: 'mettmann-formalien',
  name: 'Kreis Mettmann – Formalien',
  numbering: { restartInNonPublic: false },
  items: [
    { name: 'Formalien', public: true, level: 1 },
    ...[
      'Eröffnung der Sitzung',
      'Feststellung der ordnungsgemäßen Ladung',
      'Feststellung der Anwesenheit',
      'Feststellung der Beschlussfähigkeit',
      'Feststellung der Tagesordnung',
      'Benennung von Berichterstatterinnen / Berichterstattern für den Kreistag',
    ].map((name): NewAgendaEntry => ({ name, public: true, level: 2 })),
    { name: 'Informationen der Verwaltung', public: true, level: 1 },
    { name: 'Nachträge', public: true, level: 1 },
    { name: 'Informationen der Verwaltung', public: false, level: 1 },
    { name: 'Nachträge', public: false, level: 1 },
  ],
};

export const AGENDA_TEMPLATES: readonly AgendaTemplate[] = [KOELN_STANDARD, METTMANN_FORMALIEN];

export function findTemplate(key: string): AgendaTemplate | undefined {
  return AGENDA_TEMPLATES.find((t) => t.key === key);
}
