import { KOELN_ADMINISTRATION_DEPARTMENT as IT_AMT } from './koeln-people';
import {
  ADIG_2021_KEY,
  ADIG_LAST,
  DIA_LAST,
  UA_DIKO_2019_KEY,
  UA_DIKO_BEFORE_LAST,
  UA_DIKO_LAST,
} from './meeting-keys';
import { daysFrom, type FollowUpSeed } from './open-items';
import { berlin } from '../../domain/time/berlin';

/** Zusagen and Prüfaufträge: three settled ones from the seeds, open ones around `now` (one overdue). */
export function followUpSeeds(now: Date): FollowUpSeed[] {
  const d = (days: number) => daysFrom(now, days);
  return [
    {
      body: 'mettmann',
      committee: 'ADig',
      meeting: ADIG_2021_KEY,
      agendaNumber: '7',
      kind: 'zusage',
      title: 'Aufschlüsselung der zusätzlichen 2 Mio. € (Zeile 167) im Nachtragshaushalt 2021',
      ownerDepartment: 'IT-Steuerung',
      ownerPerson: 'Schölzel',
      dueDate: berlin(2021, 3, 3),
      status: 'erledigt',
      completedAt: berlin(2021, 3, 3),
      completionNote:
        'Ergänzende Antwort zur Niederschrift: Die Haushaltsposition beinhaltet für 2020 und 2021 den WLAN-Ausbau an den ' +
        'Berufskollegs und Förderschulen des Kreises; der Ansatz 2021 umfasst den WLAN-Ausbau am BK Ratingen mit ' +
        '700.000 € und 11 × 150.000 € für die 11 Förderschulstandorte.',
    },
    {
      body: 'mettmann',
      committee: 'ADig',
      meeting: ADIG_2021_KEY,
      agendaNumber: '10',
      kind: 'zusage',
      title: 'Zahl der bisher freigeschalteten eID',
      ownerDepartment: 'Stabsstelle Digitalisierung',
      ownerPerson: 'Herz',
      dueDate: berlin(2021, 3, 3),
      status: 'erledigt',
      completedAt: berlin(2021, 3, 3),
      completionNote:
        'Ergänzende Antwort zur Niederschrift: Aktuell sind ca. 35 Mio eID freigeschaltet. Seit 2017 ist diese ' +
        'grundsätzlich immer freigeschaltet.',
    },
    {
      body: 'koeln',
      committee: 'UA DiKO',
      meeting: UA_DIKO_2019_KEY,
      agendaNumber: '2.2',
      kind: 'zusage',
      title: 'Tagesaktuelle Darstellung der WLAN-Standorte',
      ownerDepartment: IT_AMT,
      ownerPerson: 'Rossbach',
      dueDate: berlin(2020, 3, 11),
      status: 'erledigt',
      completedAt: berlin(2020, 3, 11),
      completionNote:
        'NetCologne hat eine kartographische Darstellung unter https://netcologne-unternehmen.de/engagement/hotspot-koeln/ veröffentlicht.',
    },
    {
      body: 'koeln',
      committee: 'UA DiKO',
      meeting: UA_DIKO_LAST,
      kind: 'pruefauftrag',
      title: 'Ausführliche Darstellung der WLAN-Planungen für die kommenden zwei Jahre',
      ownerDepartment: IT_AMT,
      ownerPerson: 'Rossbach',
      dueDate: d(-9),
    },
    {
      body: 'koeln',
      committee: 'UA DiKO',
      meeting: UA_DIKO_LAST,
      kind: 'pruefauftrag',
      title: 'Zusammenarbeit mit Lehrstühlen und Startups bei Blockchain-Anwendungen',
      description:
        'Prüfen, welche Hochschulen und Startups für gemeinsame Förder- und Forschungsprojekte in Frage kommen.',
      ownerDepartment: IT_AMT,
      ownerPerson: 'Engel',
      dueDate: d(25),
    },
    {
      body: 'koeln',
      committee: 'UA DiKO',
      meeting: UA_DIKO_BEFORE_LAST,
      kind: 'arbeitsauftrag',
      title: 'Zeitplan für das gesamtstädtische Digital Asset Management vorlegen',
      public: false,
      ownerDepartment: IT_AMT,
      dueDate: d(10),
    },
    {
      body: 'koeln',
      committee: 'DiA',
      meeting: DIA_LAST,
      kind: 'beschlusskontrolle',
      title: 'Halbjährlicher Zwischenbericht zum Digitalisierungsprogramm',
      ownerDepartment: 'Stabsstelle Digitalisierung',
      dueDate: d(60),
    },
    {
      body: 'mettmann',
      committee: 'ADig',
      meeting: ADIG_LAST,
      kind: 'zusage',
      title: 'Zeitplan zur Anbindung des DMS an die elektronische Ausländerakte nachreichen',
      ownerDepartment: 'Stabsstelle Digitalisierung',
      ownerPerson: 'Herz',
      dueDate: d(6),
    },
    {
      body: 'mettmann',
      committee: 'ADig',
      meeting: ADIG_LAST,
      kind: 'arbeitsauftrag',
      title: 'Terminals von buergerservice.org in den Bürgerbüros der kreisangehörigen Städte aufstellen',
      ownerDepartment: 'Stabsstelle Digitalisierung',
      ownerPerson: 'Herz',
      dueDate: d(40),
    },
  ];
}
