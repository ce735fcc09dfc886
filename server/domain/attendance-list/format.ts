import { dativeFamilyName, dativeFullName, fullName, plainName, presenceNote, samePerson } from './names';
import type {
  AttendanceListEntry,
  AttendanceListFormat,
  AttendanceListInput,
  AttendanceListLine,
  AttendanceListSection,
} from './types';

export const PRESENT_HEADING = 'Anwesend waren:';
export const EXCUSED_HEADING = 'Entschuldigt fehlen:';
export const VOTING_MEMBERS_HEADING = 'Stimmberechtigte Mitglieder';
export const SUBSTITUTES_HEADING = 'Stellvertretende stimmberechtigte Mitglieder';
export const ADMINISTRATION_HEADING = 'Verwaltung';

/** The attendance list laid out as the minutes print it. */
export function formatAttendanceList(
  input: AttendanceListInput,
  format: AttendanceListFormat = 'fraktionTable',
): AttendanceListSection[] {
  return format === 'nameList' ? nameList(input) : fraktionTable(input);
}

function line(columns: (string | undefined)[]): AttendanceListLine {
  // Keep an empty Fraktion column when a note follows, so the note stays in its column.
  let last = columns.length - 1;
  while (last >= 0 && !columns[last]) last -= 1;
  const kept = columns.slice(0, last + 1).map((c) => c ?? '');
  return { text: kept.join('\t'), columns: kept };
}

function appended(name: string, note: string | undefined): string {
  return note ? `${name} ${note}` : name;
}

function section(
  heading: string,
  level: 1 | 2,
  spacing: 'tight' | 'spaced',
  lines: AttendanceListLine[],
): AttendanceListSection {
  return { heading, level, spacing, lines };
}

/** Seed 000 (Köln): "Herr Stephan Pohl<TAB>CDU<TAB>i.V.f. Herrn Dr. Ralph Elster anw. ab 14:15 Uhr". */
function fraktionTable(input: AttendanceListInput): AttendanceListSection[] {
  const member = (e: AttendanceListEntry) =>
    line([fullName(e.person), e.fraktion, presenceNote(e.arrivedAt, e.leftAt)]);
  const substitute = (e: AttendanceListEntry) => {
    const inPlaceOf = e.inPlaceOf ? `i.V.f. ${dativeFullName(e.inPlaceOf)}` : undefined;
    const note = [inPlaceOf, presenceNote(e.arrivedAt, e.leftAt)].filter(Boolean).join(' ');
    return line([fullName(e.person), e.fraktion, note]);
  };
  // Verwaltung and the further groups print the note right after the name, without a column.
  const other = (e: AttendanceListEntry) =>
    line([appended(fullName(e.person), presenceNote(e.arrivedAt, e.leftAt)), e.fraktion]);

  const sections = [
    section(PRESENT_HEADING, 1, 'tight', []),
    section(VOTING_MEMBERS_HEADING, 2, 'tight', input.votingMembers.map(member)),
    section(SUBSTITUTES_HEADING, 2, 'tight', input.substitutes.map(substitute)),
    section(ADMINISTRATION_HEADING, 2, 'tight', input.administration.map(other)),
    ...input.furtherGroups.map((g) => section(g.heading, 2, 'tight', g.entries.map(other))),
  ];
  const excused = input.excused.filter((g) => g.entries.length > 0);
  if (excused.length > 0) {
    sections.push(section(EXCUSED_HEADING, 1, 'tight', []));
    for (const group of excused) {
      sections.push(
        section(
          group.heading,
          2,
          'tight',
          group.entries.map((e) => line([fullName(e.person), e.fraktion])),
        ),
      );
    }
  }
  return sections;
}

function stellvertreter(formOfAddress: string | undefined): string {
  if (formOfAddress === 'Frau') return 'Stellvertreterin';
  if (formOfAddress === 'Herr') return 'Stellvertreter';
  return 'Stellvertretung';
}

function byFamilyName(a: AttendanceListEntry, b: AttendanceListEntry): number {
  return (
    a.person.familyName.localeCompare(b.person.familyName, 'de') ||
    (a.person.givenName ?? '').localeCompare(b.person.givenName ?? '', 'de')
  );
}

/**
 * Seed 002 (Kreis Mettmann): names only, a blank line after each; the chair under "Vorsitz";
 * substitutes alphabetically among the Mitglieder with "Stellvertreter für Herrn Burghaus" after them.
 */
function nameList(input: AttendanceListInput): AttendanceListSection[] {
  const name = (e: AttendanceListEntry) =>
    line([appended(plainName(e.person), presenceNote(e.arrivedAt, e.leftAt))]);
  const seated = [...input.votingMembers, ...input.substitutes];
  const chairs = seated.filter((e) => e.isChair);
  const members = seated.filter((e) => !e.isChair).sort(byFamilyName);
  const notes = input.substitutes
    .filter((e) => e.inPlaceOf)
    .map((e) => line([`${stellvertreter(e.person.formOfAddress)} für ${dativeFamilyName(e.inPlaceOf!)}`]));

  const sections = [section(PRESENT_HEADING, 1, 'spaced', [])];
  if (chairs.length > 0) sections.push(section('Vorsitz', 2, 'spaced', chairs.map(name)));
  sections.push(section('Mitglieder', 2, 'spaced', [...members.map(name), ...notes]));
  if (input.administration.length > 0) {
    sections.push(section(ADMINISTRATION_HEADING, 2, 'spaced', input.administration.map(name)));
  }
  for (const group of input.furtherGroups) {
    if (group.entries.length > 0) sections.push(section(group.heading, 2, 'tight', group.entries.map(name)));
  }
  // Seed 002 names an excused member only through the substitute sitting in for them.
  const represented = input.substitutes.flatMap((e) => (e.inPlaceOf ? [e.inPlaceOf] : []));
  const excused = input.excused
    .map((g) => ({
      ...g,
      entries: g.entries.filter((e) => !represented.some((r) => samePerson(r, e.person))),
    }))
    .filter((g) => g.entries.length > 0);
  if (excused.length > 0) {
    sections.push(section(EXCUSED_HEADING, 1, 'spaced', []));
    for (const group of excused) sections.push(section(group.heading, 2, 'spaced', group.entries.map(name)));
  }
  return sections;
}

/** The list as printed text: headings, a blank line after each, tab-separated columns. */
export function renderAttendanceListText(sections: readonly AttendanceListSection[]): string {
  const out: string[] = [];
  for (const s of sections) {
    out.push(s.heading, '');
    if (s.lines.length === 0) continue;
    if (s.spacing === 'spaced') for (const l of s.lines) out.push(l.text, '');
    else out.push(...s.lines.map((l) => l.text), '');
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}
