import { KOELN_ADMINISTRATION_DEPARTMENT as IT_AMT } from './koeln-people';
import {
  ADIG_2021_KEY,
  ADIG_LAST,
  ADIG_NEXT,
  UA_DIKO_BEFORE_LAST,
  UA_DIKO_LAST,
  UA_DIKO_NEXT,
} from './meeting-keys';
import { daysFrom, type InquirySeed } from './open-items';
import { berlin, berlinParts } from '../../domain/time/berlin';

/** Anfragen in several states; exactly one is overdue (the WLAN overview). */
export function inquirySeeds(now: Date): InquirySeed[] {
  const d = (days: number) => daysFrom(now, days);
  const year = berlinParts(now).year;
  return [
    {
      body: 'koeln',
      committee: 'UA DiKO',
      meeting: UA_DIKO_LAST,
      number: `AN/0001/${year}`,
      subject: 'Gesamtübersicht zum Ausbau des öffentlichen WLANs',
      text:
        'Wie viele der geplanten Antennen sind inzwischen in Betrieb, wie verteilen sie sich auf die Innenstadt und die ' +
        'Stadtbezirke, und welcher Teil der bereitgestellten Haushaltsmittel ist verwendet? Welche Planungen gibt es für ' +
        'die beiden kommenden Jahre?',
      kind: 'schriftlich',
      author: 'Frank',
      onBehalfOf: 'GRÜNE',
      filedAt: d(-32),
      steps: [
        { state: 'angenommen', at: d(-31) },
        { state: 'zugewiesen', at: d(-30) },
      ],
      department: IT_AMT,
      dueDate: d(-16),
    },
    {
      body: 'koeln',
      committee: 'UA DiKO',
      meeting: UA_DIKO_BEFORE_LAST,
      number: `AN/0002/${year}`,
      subject: 'Löschfristen im Fachverfahren OK.VISA',
      text:
        'Welche Lösch-Regelungen und Fristen gelten für Datensätze, die über den Webservice Flüchtlingsdatenmanagement ' +
        'an andere Fachverfahren übermittelt wurden?',
      kind: 'schriftlich',
      author: 'Richter',
      onBehalfOf: 'GRÜNE',
      filedAt: d(-60),
      steps: [
        { state: 'angenommen', at: d(-59) },
        { state: 'zugewiesen', at: d(-58) },
        { state: 'beantwortet', at: d(-47) },
      ],
      department: IT_AMT,
      dueDate: d(-44),
      answer: {
        text:
          'Für die übermittelten Datensätze gelten die Lösch-Regelungen und Fristen des Fachverfahrens OK.VISA; sie werden ' +
          'in den empfangenden Fachverfahren entsprechend angewendet.',
        answeredAt: d(-47),
      },
    },
    {
      body: 'koeln',
      committee: 'UA DiKO',
      meeting: UA_DIKO_NEXT,
      number: `AN/0003/${year}`,
      subject: 'Protokollierung der Zugriffe im Flüchtlingsdatenmanagement',
      text:
        'Wie werden Zugriffe auf die Daten Geflüchteter dokumentiert, wer wertet die Protokolle aus, und wie wird der ' +
        'Ausschuss über den weiteren Ausbau informiert?',
      kind: 'schriftlich',
      author: 'Hegenbarth',
      onBehalfOf: 'SPD',
      filedAt: d(-6),
      steps: [{ state: 'angenommen', at: d(-5) }],
      dueDate: d(8),
    },
    {
      body: 'koeln',
      committee: 'UA DiKO',
      meeting: UA_DIKO_NEXT,
      number: `AN/0004/${year}`,
      subject: 'Zeitplan für die Referenzimplementierung „Einbürgerung“',
      text:
        'Gibt es inzwischen einen Zeitplan für die Mitwirkung der Stadt an der Referenzimplementierung des Prozesses ' +
        '„Einbürgerung“ im Kontext des Onlinezugangsgesetzes?',
      kind: 'muendlich',
      author: 'Braun',
      onBehalfOf: 'CDU',
      filedAt: d(-1),
      steps: [],
    },
    {
      body: 'mettmann',
      committee: 'ADig',
      meeting: ADIG_2021_KEY,
      number: '10/009/2021',
      subject: 'Software-Umstellung Gesundheitsamt',
      text: 'Anfrage der Fraktion BÜNDNIS 90/DIE GRÜNEN vom 11.02.2021 zur Software-Ausstattung des Gesundheitsamtes.',
      kind: 'schriftlich',
      // "Herr SB Weber trägt den Fragenkomplex kurz vor"
      author: 'Weber',
      onBehalfOf: 'GRÜNE',
      filedAt: berlin(2021, 2, 11),
      steps: [
        { state: 'angenommen', at: berlin(2021, 2, 11, 12) },
        { state: 'beantwortet', at: berlin(2021, 2, 18, 18) },
      ],
      department: 'Gesundheitsamt',
      answer: {
        text:
          'Die Kontaktverfolgung läuft noch über eine Eigenentwicklung auf Sharepointbasis; SURVNET und DEMIS werden ' +
          'genutzt. Die Einführung von SORMAS ist eingeleitet, die Verträge sind gezeichnet.',
        answeredAt: berlin(2021, 2, 18, 18),
      },
      paperReference: '10/009/2021',
    },
    {
      body: 'mettmann',
      committee: 'ADig',
      meeting: ADIG_LAST,
      number: `AN/0001/${year}`,
      subject: 'Mittel für Administratoren an Schulen (Bund-Länder-Vereinbarung)',
      text: 'Sind die Mittel aus der Bund-Länder-Vereinbarung für Administratoren an den Schulen des Kreises beantragt?',
      kind: 'muendlich',
      author: 'Niemeyer',
      filedAt: d(-12),
      steps: [
        { state: 'angenommen', at: d(-12) },
        { state: 'zugewiesen', at: d(-11) },
      ],
      department: 'IT-Steuerung',
      dueDate: d(2),
    },
    {
      body: 'mettmann',
      committee: 'ADig',
      meeting: ADIG_NEXT,
      number: `AN/0002/${year}`,
      subject: 'Sachstand SORMAS im Gesundheitsamt',
      text: 'Welche Daten des bisherigen Systems wurden nach SORMAS übernommen, und wie ist der Stand der Auswertungen?',
      kind: 'schriftlich',
      author: 'Günther',
      onBehalfOf: 'GRÜNE',
      filedAt: d(-2),
      steps: [],
    },
  ];
}
