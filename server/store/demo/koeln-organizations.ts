import { KOELN_STANDARD } from '../../domain/agenda/templates';
import type { OrganizationSeed } from './organizations';
import { berlin } from '../../domain/time/berlin';

/** Committees of seeds 000, 001, 003/004 and the Fraktionen named there. */
export const KOELN_ORGANIZATIONS: readonly OrganizationSeed[] = [
  {
    kind: 'committee',
    shortName: 'UA DiKO',
    name: 'Unterausschuss Digitale Kommunikation und Organisation',
    classification: 'Unterausschuss',
    votingMemberCount: 7,
    template: KOELN_STANDARD,
    color: '#1f6fb2',
  },
  {
    kind: 'committee',
    shortName: 'DiA',
    name: 'Digitalisierungsausschuss',
    classification: 'Ausschuss',
    template: KOELN_STANDARD,
    color: '#7b3fa0',
    startDate: berlin(2020, 11, 1),
  },
  // Seed 001 names these two only as further stops of the Mitteilung 3827/2019.
  {
    kind: 'committee',
    shortName: 'ASS',
    name: 'Ausschuss Soziales und Senioren',
    classification: 'Ausschuss',
    template: KOELN_STANDARD,
    color: '#c0392b',
  },
  {
    kind: 'committee',
    shortName: 'IR',
    name: 'Integrationsrat',
    classification: 'Integrationsrat',
    template: KOELN_STANDARD,
    color: '#16a085',
  },
  { kind: 'fraktion', shortName: 'SPD', name: 'SPD-Fraktion', classification: 'Fraktion', color: '#e3000f' },
  { kind: 'fraktion', shortName: 'CDU', name: 'CDU-Fraktion', classification: 'Fraktion', color: '#222222' },
  {
    kind: 'fraktion',
    shortName: 'GRÜNE',
    name: 'Fraktion Bündnis 90/Die Grünen',
    classification: 'Fraktion',
    color: '#46962b',
  },
  { kind: 'fraktion', shortName: 'FDP', name: 'FDP-Fraktion', classification: 'Fraktion', color: '#e5c700' },
  {
    kind: 'fraktion',
    shortName: 'DIE LINKE',
    name: 'Fraktion DIE LINKE',
    classification: 'Fraktion',
    color: '#be3075',
  },
  {
    kind: 'fraktion',
    shortName: 'Volt',
    name: 'Volt-Fraktion',
    classification: 'Fraktion',
    color: '#502379',
  },
];
