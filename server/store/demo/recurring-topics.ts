import type { PaperType } from '../../domain/papers/paper-types';

export interface Topic {
  name: string;
  paperType: PaperType;
  /** Template section the item is filed under (Köln) or placed before (Mettmann). */
  section: string;
  public: boolean;
}

/** Subjects in the style of the seeds for the generated meetings, used round-robin per committee. */
export const TOPICS: Record<string, readonly Topic[]> = {
  'UA DiKO': [
    {
      name: 'Sachstand Ausbau des öffentlichen WLANs',
      paperType: 'Mitteilung',
      section: 'Mitteilungen der Verwaltung',
      public: true,
    },
    {
      name: 'Umsetzung des Onlinezugangsgesetzes in Köln – Zwischenbericht',
      paperType: 'Mitteilung',
      section: 'Sachstandsberichte der Verwaltung',
      public: true,
    },
    {
      name: 'Einführung eines stadtweiten Dokumentenmanagementsystems (DMS)',
      paperType: 'Beschlussvorlage',
      section: 'Allgemeine Vorlagen',
      public: true,
    },
    {
      name: 'Bedarfsfeststellung zur Erneuerung der Server-Infrastruktur im Rechenzentrum',
      paperType: 'Beschlussvorlage',
      section: 'Allgemeine Vorlagen',
      public: false,
    },
    {
      name: 'Flüchtlingsdatenmanagement: Anbindung weiterer Fachverfahren',
      paperType: 'Mitteilung',
      section: 'Mitteilungen der Verwaltung',
      public: true,
    },
    {
      name: 'Rahmenvertrag IT-Sicherheitsberatung – Verlängerung',
      paperType: 'Beschlussvorlage',
      section: 'Allgemeine Vorlagen',
      public: false,
    },
  ],
  DiA: [
    {
      name: 'Vorstellung der Teilstrategie Digitale Bildung',
      paperType: 'Mitteilung',
      section: 'Mitteilungen der Verwaltung',
      public: true,
    },
    {
      name: 'Masterplan Digitalisierung – Halbjährlicher Zwischenbericht',
      paperType: 'Mitteilung',
      section: 'Sachstandsberichte der Verwaltung',
      public: true,
    },
    {
      name: 'Weiterentwicklung des Portals Offene Daten Köln',
      paperType: 'Beschlussvorlage',
      section: 'Allgemeine Vorlagen',
      public: true,
    },
    {
      name: 'Vergabe eines Rahmenvertrags für mobile Endgeräte an Kölner Schulen',
      paperType: 'Beschlussvorlage',
      section: 'Allgemeine Vorlagen',
      public: false,
    },
    {
      name: 'Vorstellung der Digitalstrategie der städtischen Beteiligungsgesellschaften',
      paperType: 'Mitteilung',
      section: 'Mitteilungen der Verwaltung',
      public: true,
    },
  ],
  ADig: [
    {
      name: 'Umsetzung des Onlinezugangsgesetzes (OZG) – Sachstand',
      paperType: 'Mitteilung',
      section: 'Informationen der Verwaltung',
      public: true,
    },
    {
      name: 'Einführung des Dokumenten-Management-Systems (DMS) – Sachstand',
      paperType: 'Mitteilung',
      section: 'Informationen der Verwaltung',
      public: true,
    },
    {
      name: 'WLAN-Ausbau an den Berufskollegs und Förderschulen',
      paperType: 'Beschlussvorlage',
      section: 'Informationen der Verwaltung',
      public: true,
    },
    {
      name: 'Übersicht über die offenen Beschlüsse, Prüf- und Arbeitsaufträge des Ausschusses für Digitalisierung',
      paperType: 'Mitteilung',
      section: 'Informationen der Verwaltung',
      public: true,
    },
    {
      name: 'Vertragsangelegenheiten mit dem KRZN',
      paperType: 'Beschlussvorlage',
      section: 'Informationen der Verwaltung',
      public: false,
    },
  ],
};
