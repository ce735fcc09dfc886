import type { AttendanceListDetails } from '../../../server/domain/attendance-list/build';
import type { ListedPerson } from '../../../server/domain/attendance-list/types';
import { berlin } from '../../../server/domain/time/berlin';
import type { PresenceEvent, QuorumParticipant } from '../../../server/domain/quorum/types';

/** Seed 002: Ausschuss für Digitalisierung, Kreis Mettmann, 18.02.2021, 16:30; Buchholz for Burghaus. */
export const METTMANN_START = berlin(2021, 2, 18, 16, 30);

type Row = [id: string, role: QuorumParticipant['role'], formOfAddress: string, name: string, title?: string];

// Deliberately not in printed order: the list sorts the Mitglieder itself.
const ROWS: Row[] = [
  ['weber', 'member', 'Herr', 'Erhard Weber'],
  ['weiss', 'member', 'Herr', 'Dietmar Weiß'],
  ['anfang', 'member', 'Frau', 'Nicole Anfang'],
  ['boesel', 'member', 'Herr', 'Markus Bösel'],
  ['elghanou', 'member', 'Frau', 'Souhaila El Ghanou'],
  ['freitag', 'member', 'Herr', 'Felix Freitag'],
  ['gartmann', 'member', 'Herr', 'Christian Gartmann'],
  ['guenther', 'member', 'Frau', 'Tina Guenther', 'Dr.'],
  ['hoeing', 'member', 'Herr', 'Sebastian Höing'],
  ['lang', 'member', 'Herr', 'Roman Lang'],
  ['niemeyer', 'member', 'Herr', 'Dirk Niemeyer'],
  ['nuese', 'member', 'Herr', 'Marcus Nüse'],
  ['reimann', 'member', 'Frau', 'Anna Meike Reimann'],
  ['rohden', 'member', 'Herr', 'Helmut Rohden'],
  ['soehnchen', 'member', 'Herr', 'Paul Söhnchen'],
  ['viehoever', 'member', 'Herr', 'Dietmar Viehöver'],
  ['burghaus', 'member', 'Herr', 'Burghaus'],
  ['buchholz', 'substitute', 'Herr', 'Marlon Buchholz'],
  ['becker', 'administration', 'Frau', 'Heike Becker'],
  ['gramenz', 'administration', 'Herr', 'Rüdiger Gramenz'],
  ['hendele', 'administration', 'Herr', 'Thomas Hendele'],
  ['herz', 'administration', 'Herr', 'Peter Herz'],
  ['schoelzel', 'administration', 'Herr', 'Christian Schölzel'],
  ['fischer', 'guest', 'Herr', 'Jonas Fischer'],
  ['hohl', 'guest', 'Herr', 'Jürgen Hohl'],
];

function listed([, , formOfAddress, name, title]: Row): ListedPerson {
  const parts = name.split(' ');
  // "El Ghanou" is one family name; the seed gives Burghaus without a given name.
  const familyStart = name.startsWith('Souhaila') ? 1 : Math.max(parts.length - 1, 0);
  const givenName = parts.slice(0, familyStart).join(' ');
  return {
    formOfAddress,
    familyName: parts.slice(familyStart).join(' '),
    ...(givenName ? { givenName } : {}),
    ...(title ? { title } : {}),
  };
}

export const mettmannParticipants: QuorumParticipant[] = ROWS.map(
  ([personId, role, formOfAddress, name]) => ({
    personId,
    name: `${formOfAddress} ${name.split(' ').pop()}`,
    role,
    votingRight: role === 'member' || role === 'substitute',
    seatKind: role === 'member' || role === 'substitute' ? 'council' : 'other',
    fraktionId: role === 'member' || role === 'substitute' ? 'CDU' : undefined,
  }),
);

export const mettmannEvents: PresenceEvent[] = ROWS.filter(([id]) => id !== 'burghaus').map(([personId]) => ({
  personId,
  kind: 'arrive',
  at: METTMANN_START,
}));

export const mettmannDetails: AttendanceListDetails = {
  person: (personId) => listed(ROWS.find(([id]) => id === personId)!),
  chairId: 'weiss',
  format: 'nameList',
};
