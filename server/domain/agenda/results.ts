/** Abstimmungsergebnis kinds of an agenda item. */
export const AGENDA_RESULTS = [
  'einstimmig angenommen',
  'mehrheitlich angenommen',
  'abgelehnt',
  'zur Kenntnis genommen',
  'verwiesen',
  'vertagt',
  'zurückgezogen',
] as const;
export type AgendaResult = (typeof AGENDA_RESULTS)[number];
