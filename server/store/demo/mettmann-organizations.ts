import { METTMANN_FORMALIEN } from '../../domain/agenda/templates';
import type { OrganizationSeed } from './organizations';
import { berlin } from '../../domain/time/berlin';

/** Seed 002: Kreis Mettmann, Ausschuss für Digitalisierung, and the Fraktionen named there. */
export const METTMANN_ORGANIZATIONS: readonly OrganizationSeed[] = [
  {
    kind: 'committee',
    shortName: 'ADig',
    name: 'Ausschuss für Digitalisierung',
    classification: 'Ausschuss',
    // Vorsitz and 16 seats (Herr Burghaus included; Herr Buchholz attended as his substitute).
    votingMemberCount: 17,
    template: METTMANN_FORMALIEN,
    color: '#d68910',
    startDate: berlin(2020, 11, 1),
  },
  { kind: 'fraktion', shortName: 'CDU', name: 'CDU-Fraktion', classification: 'Fraktion', color: '#222222' },
  {
    kind: 'fraktion',
    shortName: 'GRÜNE',
    name: 'Fraktion BÜNDNIS 90/DIE GRÜNEN',
    classification: 'Fraktion',
    color: '#46962b',
  },
  { kind: 'fraktion', shortName: 'AfD', name: 'AfD-Fraktion', classification: 'Fraktion', color: '#009ee0' },
];
