/** Vorlagenarten as printed on the papers. */
export const PAPER_TYPES = [
  'Mitteilung',
  'Beschlussvorlage',
  'Antrag',
  'Anfrage',
  'Stellungnahme',
  'Beantwortung einer Anfrage',
  'Niederschrift',
  'Sonstige',
] as const;
export type PaperType = (typeof PAPER_TYPES)[number];
