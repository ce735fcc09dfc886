import type { PaperSeed } from './papers';
import { berlin } from '../../domain/time/berlin';

/** Seed 002: the Vorlagen of the Ausschuss für Digitalisierung, 18.02.2021. */
export const METTMANN_2021_PAPERS: readonly PaperSeed[] = [
  {
    reference: '10/002/2021',
    name: 'Bestellung eines Schriftführers und einer stellvertretenden Schriftführerin für den Ausschuss für Digitalisierung',
    paperType: 'Beschlussvorlage',
  },
  {
    reference: '10/006/2021',
    name: 'Einführung und Verpflichtung der Sachkundigen Bürger',
    paperType: 'Mitteilung',
  },
  { reference: '20/003/2021', name: 'Nachtragshaushalt 2021', paperType: 'Beschlussvorlage' },
  {
    reference: '10/007/2021',
    name: 'Einführung in die Aufgaben des Ausschusses für Digitalisierung',
    paperType: 'Mitteilung',
  },
  {
    reference: '10/005/2021',
    name: 'Übersicht über die offenen Beschlüsse, Prüf- und Arbeitsaufträge des Ausschusses für Digitalisierung aus dem Jahr 2020',
    paperType: 'Mitteilung',
  },
  {
    reference: '10/003/2021',
    name: 'Beitritt des Kreises Mettmann zum gemeinnützigen Verein buergerservice.org',
    paperType: 'Beschlussvorlage',
    underDirectionOf: 'Stabsstelle Digitalisierung',
  },
  {
    reference: '10/009/2021',
    name: 'Software-Umstellung Gesundheitsamt',
    paperType: 'Anfrage',
    date: berlin(2021, 2, 11),
    originatorFraktionen: ['GRÜNE'],
  },
];
