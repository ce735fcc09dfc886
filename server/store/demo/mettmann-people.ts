import type { MembershipSeed, PersonSeed } from './people';

/**
 * Seed 002: Niederschrift Ausschuss für Digitalisierung, 18.02.2021. Forms of address come from the
 * text ("Frau KA Anfang", "Herr SB Söhnchen"); where the text never names a person, from the given
 * name. The stellvertretenden Sachkundigen Bürger appear by family name only.
 */
export const METTMANN_PERSONS: readonly PersonSeed[] = [
  { formOfAddress: 'Herr', givenName: 'Dietmar', familyName: 'Weiß' },
  { formOfAddress: 'Frau', givenName: 'Nicole', familyName: 'Anfang' },
  { formOfAddress: 'Herr', givenName: 'Markus', familyName: 'Bösel' },
  { formOfAddress: 'Herr', givenName: 'Marlon', familyName: 'Buchholz' },
  { formOfAddress: 'Frau', givenName: 'Souhaila', familyName: 'El Ghanou' },
  { formOfAddress: 'Herr', givenName: 'Felix', familyName: 'Freitag' },
  { formOfAddress: 'Herr', givenName: 'Christian', familyName: 'Gartmann' },
  { formOfAddress: 'Frau', title: 'Dr.', givenName: 'Tina', familyName: 'Günther' },
  { formOfAddress: 'Herr', givenName: 'Sebastian', familyName: 'Höing' },
  { formOfAddress: 'Herr', givenName: 'Roman', familyName: 'Lang' },
  { formOfAddress: 'Herr', givenName: 'Dirk', familyName: 'Niemeyer' },
  { formOfAddress: 'Herr', givenName: 'Marcus', familyName: 'Nüse' },
  { formOfAddress: 'Frau', givenName: 'Anna Meike', familyName: 'Reimann' },
  { formOfAddress: 'Herr', givenName: 'Helmut', familyName: 'Rohden' },
  { formOfAddress: 'Herr', givenName: 'Paul', familyName: 'Söhnchen' },
  { formOfAddress: 'Herr', givenName: 'Dietmar', familyName: 'Viehöver' },
  { formOfAddress: 'Herr', givenName: 'Erhard', familyName: 'Weber' },
  { formOfAddress: 'Herr', familyName: 'Burghaus' },
  ...(['Horn', 'Thus', 'Düchting', 'Simons', 'Meiser', 'Kohl'] as const).map((familyName): PersonSeed => ({
    formOfAddress: 'Herr',
    familyName,
  })),
  ...(['Zieger', 'Janssen', 'Theis'] as const).map((familyName): PersonSeed => ({
    formOfAddress: 'Frau',
    familyName,
  })),
  // Verwaltung
  {
    formOfAddress: 'Frau',
    givenName: 'Heike',
    familyName: 'Becker',
    isAdministration: true,
    department: 'Schriftführung Ausschuss für Digitalisierung',
  },
  {
    formOfAddress: 'Herr',
    givenName: 'Rüdiger',
    familyName: 'Gramenz',
    isAdministration: true,
    department: 'Schriftführung Ausschuss für Digitalisierung',
  },
  {
    formOfAddress: 'Herr',
    givenName: 'Thomas',
    familyName: 'Hendele',
    isAdministration: true,
    department: 'Landrat',
  },
  {
    formOfAddress: 'Herr',
    givenName: 'Peter',
    familyName: 'Herz',
    isAdministration: true,
    department: 'Stabsstelle Digitalisierung',
  },
  {
    formOfAddress: 'Herr',
    givenName: 'Christian',
    familyName: 'Schölzel',
    isAdministration: true,
    department: 'IT-Steuerung',
  },
  // Gäste (Kommunales Rechenzentrum Niederrhein)
  { formOfAddress: 'Herr', givenName: 'Jonas', familyName: 'Fischer', department: 'KRZN, Geschäftsleitung' },
  { formOfAddress: 'Herr', givenName: 'Jürgen', familyName: 'Hohl', department: 'KRZN, Standort Mettmann' },
];

const COUNCIL_MEMBERS = [
  'Anfang',
  'Bösel',
  'El Ghanou',
  'Freitag',
  'Lang',
  'Niemeyer',
  'Nüse',
  'Reimann',
  'Rohden',
  'Viehöver',
  'Burghaus',
] as const;

/** Fraktion only where the minutes say so: Herr Gartmann (CDU), Frau Dr. Günther (BÜNDNIS 90/DIE GRÜNEN). */
export const ADIG_MEMBERSHIPS: readonly MembershipSeed[] = [
  { person: 'Weiß', role: 'Vorsitz' },
  ...COUNCIL_MEMBERS.map((person): MembershipSeed => ({ person, role: 'Mitglied' })),
  { person: 'Gartmann', role: 'Mitglied', fraktion: 'CDU' },
  { person: 'Günther', role: 'Mitglied', fraktion: 'GRÜNE' },
  ...(['Weber', 'Söhnchen', 'Höing'] as const).map((person): MembershipSeed => ({
    person,
    role: 'Sachkundiger Bürger',
    seatKind: 'expertCitizen',
  })),
  // "Als Vertreter des entschuldigten Herrn KA Burghaus nimmt Herr KA Buchholz an der Sitzung teil."
  { person: 'Buchholz', role: 'Stellvertretendes Mitglied', mayRepresent: ['Burghaus'] },
  ...(['Horn', 'Thus', 'Zieger', 'Düchting', 'Simons', 'Janssen', 'Theis', 'Meiser', 'Kohl'] as const).map(
    (person): MembershipSeed => ({ person, role: 'Stellvertretendes Mitglied', seatKind: 'expertCitizen' }),
  ),
];
