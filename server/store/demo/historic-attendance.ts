import type { AttendanceSeed } from './attendance';
import { berlin } from '../../domain/time/berlin';

const member = (person: string): AttendanceSeed => ({ person, category: 'member', response: 'attending' });
const excused = (person: string): AttendanceSeed => ({ person, category: 'member', response: 'excused' });
const administration = (person: string): AttendanceSeed => ({
  person,
  category: 'administration',
  response: 'attending',
});

/** Seed 000: "Anwesend waren" / "Entschuldigt fehlen", with the late arrivals. */
export const UA_DIKO_2019_ATTENDANCE: readonly AttendanceSeed[] = [
  ...['Krupp', 'Braun', 'Frank', 'Richter', 'Hegenbarth'].map(member),
  {
    person: 'Pohl',
    category: 'substitute',
    response: 'attending',
    substituteFor: 'Elster',
    arrivedAt: berlin(2019, 11, 18, 14, 15),
  },
  excused('Joisten'),
  excused('Elster'),
  ...[
    'Engel',
    'Fricke',
    'Kennien',
    'Marusich',
    'Merten-Oster',
    'Möwes',
    'Murawski',
    'Rossbach',
    'Schmidt',
    'Schoos',
  ].map(administration),
  { ...administration('Vogel'), arrivedAt: berlin(2019, 11, 18, 14, 40) },
];

/** Seed 002: the end of the session is not printed, so nobody has a departure time. */
export const ADIG_2021_ATTENDANCE: readonly AttendanceSeed[] = [
  ...[
    'Weiß',
    'Anfang',
    'Bösel',
    'El Ghanou',
    'Freitag',
    'Gartmann',
    'Günther',
    'Höing',
    'Lang',
    'Niemeyer',
    'Nüse',
    'Reimann',
    'Rohden',
    'Söhnchen',
    'Viehöver',
    'Weber',
  ].map(member),
  { person: 'Buchholz', category: 'substitute', response: 'attending', substituteFor: 'Burghaus' },
  excused('Burghaus'),
  ...['Becker', 'Gramenz', 'Hendele', 'Herz', 'Schölzel'].map(administration),
  { person: 'Fischer', category: 'guest', response: 'attending' },
  { person: 'Hohl', category: 'guest', response: 'attending' },
];
