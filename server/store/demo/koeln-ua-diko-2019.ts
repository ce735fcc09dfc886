import { nonPublicPart, publicPart, sub, top, type AgendaItemSeed } from './agenda-seeds';
import type { MeetingSeed } from './meetings';
import { berlin } from '../../domain/time/berlin';

const STANDARD_BEFORE_VORLAGEN = [
  'Beantwortung von Anfragen aus vorherigen Sitzungen',
  'Mitteilungen der Verwaltung',
  'Sachstandsberichte der Verwaltung',
  'Schriftliche Anfragen',
  'Mündliche Anfragen',
  'Anträge',
];

/** Seed 000: "I. Öffentlicher Teil" 1-7 with 2.1, 2.2, 7.1; "II. Nichtöffentlicher Teil" 1-7 with 7.1-7.3. */
const AGENDA: AgendaItemSeed[] = [
  ...publicPart([
    top(STANDARD_BEFORE_VORLAGEN[0]!),
    top(STANDARD_BEFORE_VORLAGEN[1]!),
    sub('Sitzungstermine im Jahr 2020 für den Unterausschuss Digitale Kommunikation und Organisation', {
      paperReference: '3679/2019',
    }),
    sub('Optimierung des gesamtstädtischen Flüchtlingsdatenmanagements', { paperReference: '3827/2019' }),
    ...STANDARD_BEFORE_VORLAGEN.slice(2).map((name) => top(name)),
    top('Allgemeine Vorlagen'),
    sub('Beitritt der Stadt Köln zur Blockchain-Genossenschaft „govdigital eG“', {
      paperReference: '3475/2019',
      result: 'verwiesen',
      consultationRole: 'Vorberatung',
      resolutionText:
        'Die Vorlage wird ohne Votum in weiterführende Gremien verwiesen.\n\nAbstimmungsergebnis: Einstimmig zugestimmt.',
    }),
  ]),
  ...nonPublicPart([
    ...STANDARD_BEFORE_VORLAGEN.map((name) => top(name)),
    top('Allgemeine Vorlagen'),
    sub(
      'Bedarfsfeststellung zur Verlängerung eines Rahmenvertrages mit der Firma ESRI über Software, ' +
        'Software-Pflege, Dienst- und Schulungsleistungen für 2020-2022',
      { paperReference: '3470/2019' },
    ),
    sub(
      'Abschluss einer Rahmenvereinbarung zur Lieferung von Netzwerkkomponenten zum weiteren Netzausbau ' +
        'und der Erneuerung bestehender Installation an Kölner Schulen (CAS)',
      { paperReference: '3439/2019' },
    ),
    sub('Bedarfsfeststellung zur Einführung eines gesamtstädtischen Digital Asset Managements', {
      paperReference: '3466/2019',
    }),
  ]),
];

export const UA_DIKO_2019_START = berlin(2019, 11, 18, 14, 0);

export const UA_DIKO_2019: MeetingSeed = {
  body: 'koeln',
  committee: 'UA DiKO',
  name: 'Sitzung des Unterausschusses Digitale Kommunikation und Organisation',
  start: UA_DIKO_2019_START,
  end: berlin(2019, 11, 18, 15, 11),
  location: 'location:koeln:europasaal',
  state: 'durchgefuehrt',
  agenda: AGENDA,
};

/**
 * Seed 001: the same Mitteilung went on to two further committees. Only the dates are printed, so
 * these meetings carry no agenda (item numbers unknown) and their start times are placeholders.
 */
export const MITTEILUNG_3827_FURTHER_STOPS: readonly MeetingSeed[] = [
  {
    body: 'koeln',
    committee: 'ASS',
    name: 'Sitzung des Ausschusses Soziales und Senioren',
    start: berlin(2019, 11, 21, 15, 30),
    state: 'durchgefuehrt',
    agenda: [],
    consultations: [{ paperReference: '3827/2019', role: 'Kenntnisnahme' }],
  },
  {
    body: 'koeln',
    committee: 'IR',
    name: 'Sitzung des Integrationsrates',
    start: berlin(2019, 11, 25, 17, 0),
    state: 'durchgefuehrt',
    agenda: [],
    consultations: [{ paperReference: '3827/2019', role: 'Kenntnisnahme' }],
  },
];
