import type { PaperSeed } from './papers';
import { berlin } from '../../domain/time/berlin';

const IT_AMT = 'Amt für Informationsverarbeitung';

/** Seeds 000 and 001: the papers on the agenda of the UA DiKO, 18.11.2019. */
export const KOELN_2019_PAPERS: readonly PaperSeed[] = [
  {
    reference: '3679/2019',
    name: 'Sitzungstermine im Jahr 2020 für den Unterausschuss Digitale Kommunikation und Organisation',
    paperType: 'Mitteilung',
  },
  {
    reference: '3827/2019',
    name: 'Optimierung des gesamtstädtischen Flüchtlingsdatenmanagements',
    paperType: 'Mitteilung',
    underDirectionOf: IT_AMT,
    summary:
      'Aktivitätsbericht zum dienststellenübergreifenden Projekt Flüchtlingsdatenmanagement: Webservice ' +
      'Flüchtlingsdatenmanagement als städtische Eigenentwicklung, erste Anbindung des Fachverfahrens ' +
      '„Wohnung2000“ beim Amt für Wohnungswesen, Projektkosten 2017 bis 2019 von 54.195 € netto.',
  },
  {
    reference: '3475/2019',
    name: 'Beitritt der Stadt Köln zur Blockchain-Genossenschaft „govdigital eG“',
    paperType: 'Beschlussvorlage',
    underDirectionOf: IT_AMT,
  },
  {
    reference: '3470/2019',
    name:
      'Bedarfsfeststellung zur Verlängerung eines Rahmenvertrages mit der Firma ESRI über Software, ' +
      'Software-Pflege, Dienst- und Schulungsleistungen für 2020-2022',
    paperType: 'Beschlussvorlage',
    public: false,
  },
  {
    reference: '3439/2019',
    name:
      'Abschluss einer Rahmenvereinbarung zur Lieferung von Netzwerkkomponenten zum weiteren Netzausbau ' +
      'und der Erneuerung bestehender Installation an Kölner Schulen (CAS)',
    paperType: 'Beschlussvorlage',
    public: false,
  },
  {
    reference: '3466/2019',
    name: 'Bedarfsfeststellung zur Einführung eines gesamtstädtischen Digital Asset Managements',
    paperType: 'Beschlussvorlage',
    public: false,
  },
];

/**
 * Seeds 003 and 004 print no reference number of their own: 9001/2021 and 9002/2021 are
 * placeholders outside the range Köln actually uses. AN/0819/2021 is cited in seed 004.
 */
export const DIGITALSTRATEGIE_REFERENCE = '9001/2021';
export const MASTERPLAN_STATEMENT_REFERENCE = '9002/2021';

export const KOELN_2021_PAPERS: readonly PaperSeed[] = [
  {
    reference: 'AN/0819/2021',
    name:
      'Dringlichkeitsantrag: Vorstellung der Digitalisierungsstrategien der Dezernate und der städtischen ' +
      'Beteiligungsgesellschaften im Digitalisierungsausschuss',
    paperType: 'Antrag',
    date: berlin(2021, 4, 19),
    originatorFraktionen: ['GRÜNE', 'CDU', 'SPD', 'FDP', 'DIE LINKE', 'Volt'],
  },
  {
    reference: DIGITALSTRATEGIE_REFERENCE,
    name: 'Digitalstrategie - Datenstrategie',
    paperType: 'Mitteilung',
    date: berlin(2021, 8, 30),
    underDirectionOf: 'Dezernat I, Stabsstelle Digitalisierung',
    summary:
      'Überblick über die Digitalstrategie Köln (3854/2015) und die Datenstrategie als ihr Teil; ' +
      'Vorstellung der smarten Datenstrategie („un|box cologne“) als Anlage; die Teil- und ' +
      'Fachstrategien der Dezernate folgen in den nächsten Sitzungen.',
  },
  {
    reference: MASTERPLAN_STATEMENT_REFERENCE,
    name:
      'Stellungnahme zu den Anträgen der SPD-Fraktion sowie der FDP-Fraktion: „Köln braucht einen ' +
      'digitalen Masterplan und eine(n) Chief Digital Officer“',
    paperType: 'Stellungnahme',
    date: berlin(2021, 11, 22),
    underDirectionOf: 'Stabsstelle Digitalisierung',
    summary:
      'Die Verwaltung hält einen Entwurf für das CDO-Konzept und Vorarbeiten zum „Integrierten ' +
      'Masterplan 2025“ für umsetzbar, schlägt halbjährliche Zwischenberichte vor und regt an, einen ' +
      'Beirat im Rahmen der Konzeption des Masterplans zu prüfen.',
  },
];
