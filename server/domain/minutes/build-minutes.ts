import { resultHeadline, resultMinutesLines } from '../results/result-text';
import type { AttendanceListSection } from '../attendance-list/types';
import type { Block, DocumentModel } from './document';
import { germanDate, germanTime, germanWeekdayDate } from './german-dates';
import type { MinutesData, MinutesItem } from './minutes-data';

export const PUBLIC_PART = 'I. Öffentlicher Teil';
export const NON_PUBLIC_PART = 'II. Nichtöffentlicher Teil';
const ABSTIMMUNG = 'Abstimmungsergebnis:';
const SUPPLEMENT = 'Ergänzende Antwort zur Niederschrift:';

/** "über die Sitzung des ... in der Wahlperiode 2014/2020 am Montag, dem 18.11.2019, 14:00 Uhr bis 15:11 Uhr, ..." */
export function minutesSubject(data: MinutesData): string {
  const times = data.end
    ? `${germanTime(data.start)} Uhr bis ${germanTime(data.end)} Uhr`
    : `${germanTime(data.start)} Uhr`;
  return [
    `über die ${data.meetingName}`,
    data.termName ? ` in der Wahlperiode ${data.termName}` : '',
    ` am ${germanWeekdayDate(data.start)}, ${times}`,
    data.locationText ? `, ${data.locationText}` : '',
  ].join('');
}

/** "2.1 Sitzungstermine im Jahr 2020 ... 3679/2019" */
export function itemLine(item: Pick<MinutesItem, 'number' | 'name' | 'paperReference'>): string {
  return [item.number, item.name, item.paperReference].filter(Boolean).join(' ');
}

function resolutionBlocks(item: MinutesItem, includeNonPublic: boolean): Block[] {
  const blocks: Block[] = [];
  const stored = item.resolutionText?.trim();
  // Older records carry the vote inside the text; a structured vote replaces that part.
  const text =
    item.vote && stored?.includes(ABSTIMMUNG) ? stored.slice(0, stored.indexOf(ABSTIMMUNG)).trim() : stored;
  if (text) {
    blocks.push({ kind: 'paragraph', text: 'Beschluss:', bold: true });
    blocks.push(
      ...text.split(/\n{2,}/).map((paragraph): Block => ({ kind: 'lines', lines: paragraph.split('\n') })),
    );
  }
  if (item.vote) {
    blocks.push({ kind: 'lines', lines: resultMinutesLines(item.vote) });
  } else if (item.result && !text?.includes(ABSTIMMUNG)) {
    blocks.push({ kind: 'lines', lines: [`${ABSTIMMUNG} ${resultHeadline({ kind: item.result })}`] });
  }
  for (const addition of item.additions) {
    if (!addition.public && !includeNonPublic) continue;
    const answer = addition.text.replace(new RegExp(`^\\s*${SUPPLEMENT}\\s*`), '');
    blocks.push({ kind: 'paragraph', text: SUPPLEMENT, bold: true });
    blocks.push({ kind: 'lines', lines: answer.split('\n') });
  }
  return blocks;
}

function attendanceTable(rows: string[][]): Block {
  const width = Math.max(...rows.map((row) => row.length));
  return { kind: 'table', header: ['Name', 'Fraktion', 'Bemerkung'].slice(0, width), rows };
}

/** "Anwesend waren:" with its groups; the columns (name, Fraktion, note) as a table. */
function attendanceBlocks(sections: readonly AttendanceListSection[]): Block[] {
  return sections.flatMap((section): Block[] => [
    { kind: 'heading', level: section.level === 1 ? 2 : 3, text: section.heading },
    ...(section.lines.length ? [attendanceTable(section.lines.map((line) => line.columns))] : []),
  ]);
}

function agendaList(items: readonly MinutesItem[]): Block {
  return { kind: 'list', items: items.map((item) => ({ text: itemLine(item), level: item.level })) };
}

function partBlocks(heading: string, items: readonly MinutesItem[], includeNonPublic: boolean): Block[] {
  return [
    { kind: 'heading', level: 2, text: heading },
    ...items.flatMap((item): Block[] => [
      { kind: 'heading', level: 3, text: itemLine(item) },
      ...resolutionBlocks(item, includeNonPublic),
    ]),
  ];
}

function nonPublicNotice(count: number): Block {
  const what = count === 1 ? '1 Tagesordnungspunkt' : `${count} Tagesordnungspunkte`;
  return {
    kind: 'paragraph',
    text: `Der nichtöffentliche Teil (${what}) ist nur für Berechtigte einsehbar.`,
  };
}

function signatureBlocks(data: MinutesData): Block[] {
  const chair = data.chair ? `${data.chair.name} (${data.chair.role})` : '';
  return [
    {
      kind: 'table',
      header: ['Vorsitz', 'Schriftführung'],
      rows: [
        ['gez. ____________________', 'gez. ____________________'],
        [chair, data.secretary?.name ?? ''],
      ],
    },
  ];
}

/**
 * The draft Niederschrift in the format of seeds 000 and 002. Without rights in the committee, the
 * nichtöffentlicher Teil is left out and only counted.
 */
export function buildMinutes(data: MinutesData, options: { includeNonPublic: boolean }): DocumentModel {
  const ordered = [...data.items]
    .sort((a, b) => a.order - b.order)
    .map((item) =>
      options.includeNonPublic || item.paperPublic !== false ? item : { ...item, paperReference: undefined },
    );
  const publicItems = ordered.filter((item) => item.public);
  const nonPublicItems = ordered.filter((item) => !item.public);
  const showNonPublic = options.includeNonPublic && nonPublicItems.length > 0;
  const hidden = !options.includeNonPublic && nonPublicItems.length > 0;
  const blocks: Block[] = [
    { kind: 'lines', lines: [data.bodyName, data.committeeName] },
    { kind: 'heading', level: 1, text: 'Niederschrift' },
    { kind: 'paragraph', text: minutesSubject(data) },
    ...attendanceBlocks(data.attendance),
    { kind: 'heading', level: 2, text: 'Tagesordnung' },
    { kind: 'paragraph', text: PUBLIC_PART, bold: true },
    agendaList(publicItems),
    ...(showNonPublic
      ? [{ kind: 'paragraph' as const, text: NON_PUBLIC_PART, bold: true }, agendaList(nonPublicItems)]
      : []),
    ...(hidden
      ? [
          { kind: 'paragraph' as const, text: NON_PUBLIC_PART, bold: true },
          nonPublicNotice(nonPublicItems.length),
        ]
      : []),
    ...partBlocks(PUBLIC_PART, publicItems, options.includeNonPublic),
    ...(showNonPublic ? partBlocks(NON_PUBLIC_PART, nonPublicItems, true) : []),
    ...(hidden
      ? [
          { kind: 'heading' as const, level: 2 as const, text: NON_PUBLIC_PART },
          nonPublicNotice(nonPublicItems.length),
        ]
      : []),
    ...signatureBlocks(data),
  ];
  return { title: `Niederschrift ${data.committeeName} ${germanDate(data.start)}`, blocks };
}
