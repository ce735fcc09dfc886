import type { MembershipSeed, PersonSeed } from './people';

const IT_AMT = 'Amt für Informationsverarbeitung';

/** Seed 000: Niederschrift UA DiKO, 18.11.2019 ("Anwesend waren", "Entschuldigt fehlen"). */
export const KOELN_PERSONS: readonly PersonSeed[] = [
  { formOfAddress: 'Herr', title: 'Dr.', givenName: 'Gerrit', familyName: 'Krupp' },
  { formOfAddress: 'Herr', givenName: 'Florian', familyName: 'Braun' },
  { formOfAddress: 'Herr', givenName: 'Jörg', familyName: 'Frank' },
  { formOfAddress: 'Herr', givenName: 'Manfred', familyName: 'Richter' },
  { formOfAddress: 'Herr', givenName: 'Thomas', familyName: 'Hegenbarth' },
  { formOfAddress: 'Herr', givenName: 'Christian', familyName: 'Joisten' },
  { formOfAddress: 'Herr', title: 'Dr.', givenName: 'Ralph', familyName: 'Elster' },
  { formOfAddress: 'Herr', givenName: 'Stephan', familyName: 'Pohl' },
  // Verwaltung
  {
    formOfAddress: 'Herr',
    title: 'Dr.',
    givenName: 'Andreas',
    familyName: 'Engel',
    isAdministration: true,
    department: IT_AMT,
  },
  { formOfAddress: 'Herr', givenName: 'Frank', familyName: 'Fricke', isAdministration: true },
  { formOfAddress: 'Herr', givenName: 'Stephan', familyName: 'Kennien', isAdministration: true },
  {
    formOfAddress: 'Frau',
    givenName: 'Olga',
    familyName: 'Marusich',
    isAdministration: true,
    department: 'Geschäftsführung Unterausschuss Digitale Kommunikation und Organisation',
  },
  { formOfAddress: 'Frau', givenName: 'Britta', familyName: 'Merten-Oster', isAdministration: true },
  { formOfAddress: 'Frau', givenName: 'Sabine', familyName: 'Möwes', isAdministration: true },
  { formOfAddress: 'Herr', givenName: 'Stephan', familyName: 'Murawski', isAdministration: true },
  {
    formOfAddress: 'Herr',
    givenName: 'Thomas',
    familyName: 'Rossbach',
    isAdministration: true,
    department: IT_AMT,
  },
  { formOfAddress: 'Herr', givenName: 'Gero', familyName: 'Schmidt', isAdministration: true },
  {
    formOfAddress: 'Herr',
    givenName: 'Michael',
    familyName: 'Schoos',
    isAdministration: true,
    department: IT_AMT,
  },
  { formOfAddress: 'Herr', givenName: 'Alexander', familyName: 'Vogel', isAdministration: true },
];

export const KOELN_ADMINISTRATION_DEPARTMENT = IT_AMT;

/** Seats in the UA DiKO: seven voting members (so four make a quorum) and the CDU substitute. */
export const UA_DIKO_MEMBERSHIPS: readonly MembershipSeed[] = [
  // "Zweiter Stellvertretender Vorsitzender MdR Herr Dr. Krupp"
  { person: 'Krupp', role: 'Stellvertretender Vorsitz', fraktion: 'SPD' },
  { person: 'Braun', role: 'Mitglied', fraktion: 'CDU' },
  { person: 'Frank', role: 'Mitglied', fraktion: 'GRÜNE' },
  { person: 'Richter', role: 'Mitglied', fraktion: 'GRÜNE' },
  { person: 'Hegenbarth', role: 'Mitglied', fraktion: 'SPD' },
  { person: 'Joisten', role: 'Mitglied', fraktion: 'SPD' },
  { person: 'Elster', role: 'Mitglied', fraktion: 'CDU' },
  // No named restriction: a substitute may stand in for any member of the own Fraktion.
  { person: 'Pohl', role: 'Stellvertretendes Mitglied', fraktion: 'CDU' },
];
