import { nonPublicPart, publicPart, sub, top } from './agenda-seeds';
import type { MeetingSeed } from './meetings';
import { berlin } from '../../domain/time/berlin';

const KENNTNIS = 'zur Kenntnis genommen' as const;
const EINSTIMMIG = 'einstimmig angenommen' as const;

/** Seed 002: public 1-11 (Formalien 1.1-1.6, Nachtrag 11.1), non-public 12-13, numbered on. */
export const ADIG_2021: MeetingSeed = {
  body: 'mettmann',
  committee: 'ADig',
  name: 'Sitzung des Ausschusses für Digitalisierung',
  start: berlin(2021, 2, 18, 16, 30),
  location: 'location:mettmann:1.601',
  state: 'durchgefuehrt',
  agenda: [
    ...publicPart([
      top('Formalien'),
      sub('Eröffnung der Sitzung'),
      sub('Feststellung der ordnungsgemäßen Ladung'),
      sub('Feststellung der Anwesenheit'),
      sub('Feststellung der Beschlussfähigkeit'),
      sub('Feststellung der Tagesordnung'),
      sub('Benennung von Berichterstatterinnen / Berichterstattern für den Kreistag', {
        resolutionText: 'Als Berichterstatter für den Kreistag wird Herr Gartmann (CDU) benannt.',
      }),
      top(
        'Bestellung eines Schriftführers und einer stellvertretenden Schriftführerin für den Ausschuss für Digitalisierung',
        {
          paperReference: '10/002/2021',
          result: EINSTIMMIG,
          resolutionText:
            'Der Ausschuss für Digitalisierung bestellt für die Wahlperiode 2020-2025 Herrn Rüdiger Gramenz zum ' +
            'Schriftführer und Frau Heike Becker zur stellvertretenden Schriftführerin.',
        },
      ),
      top(
        'Kenntnisnahme der Niederschrift der Sitzung des Ausschusses für Informationstechnik und digitale Verwaltung am 13.08.2020',
        {
          result: KENNTNIS,
          resolutionText:
            'Die Niederschrift der Sitzung des Ausschusses für Informationstechnik und digitale Verwaltung vom ' +
            '13.08.2020 wird zur Kenntnis genommen.',
        },
      ),
      top('Einführung und Verpflichtung der Sachkundigen Bürger', {
        paperReference: '10/006/2021',
        result: KENNTNIS,
        resolutionText: 'Der Ausschuss für Digitalisierung nimmt die Inhalte der Vorlage zur Kenntnis.',
      }),
      top('Informationen der Verwaltung'),
      top('Informationen aus dem Kommunalen Rechenzentrum Niederrhein'),
      top('Nachtragshaushalt 2021', {
        paperReference: '20/003/2021',
        result: EINSTIMMIG,
        consultationRole: 'Vorberatung',
        resolutionText:
          'Der Ausschuss für Digitalisierung nimmt den vorliegenden Entwurf des Nachtragshaushalts für das ' +
          'Haushaltsjahr 2021 – soweit er in seine Zuständigkeit fällt – zur Kenntnis und empfiehlt dem ' +
          'Kreisausschuss, den Entwurf mit den beratenen Änderungen zuzustimmen und an den Kreistag zur ' +
          'Beschlussfassung weiterzuleiten.\n\nAbstimmungsergebnis: einstimmig angenommen, 1 Enthaltung AfD-Fraktion',
      }),
      top('Einführung in die Aufgaben des Ausschusses für Digitalisierung', {
        paperReference: '10/007/2021',
        result: KENNTNIS,
        resolutionText: 'Der Ausschuss für Digitalisierung nimmt die Inhalte der Vorlage zur Kenntnis',
      }),
      top(
        'Übersicht über die offenen Beschlüsse, Prüf- und Arbeitsaufträge des Ausschusses für Digitalisierung aus dem Jahr 2020',
        {
          paperReference: '10/005/2021',
          result: KENNTNIS,
          resolutionText:
            'Die Übersicht über offene Beschlüsse, Prüf- und Arbeitsaufträge des Ausschusses für Digitalisierung ' +
            'respektive dem Ausschuss für Informationstechnik und digitale Verwaltung aus dem Jahre 2020 wird zur ' +
            'Kenntnis genommen.',
        },
      ),
      top('Beitritt des Kreises Mettmann zum gemeinnützigen Verein buergerservice.org', {
        paperReference: '10/003/2021',
        result: EINSTIMMIG,
        consultationRole: 'Vorberatung',
        resolutionText:
          '1. Der Kreistag beschließt, dem gemeinnützigen Verein buergerservice.org als ordentliches Mitglied ' +
          'beizutreten.\n2. Die Verwaltung wird beauftragt alles dafür Notwendige zu veranlassen.',
      }),
      top('Nachträge'),
      sub(
        'Software-Umstellung Gesundheitsamt hier: Anfrage der Fraktion BÜNDNIS 90/DIE GRÜNEN vom 11.02.2021',
        {
          paperReference: '10/009/2021',
          supplement: true,
          result: EINSTIMMIG,
          resolutionText: 'Der Ausschuss für Digitalisierung nimmt die Antwort der Verwaltung zur Kenntnis.',
        },
      ),
    ]),
    ...nonPublicPart([top('Informationen der Verwaltung'), top('Nachträge')]),
  ],
};
