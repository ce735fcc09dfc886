import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { attendanceListFrom } from '../../../server/domain/attendance-list/build';
import {
  formatAttendanceList,
  renderAttendanceListText,
} from '../../../server/domain/attendance-list/format';
import { berlin } from '../../../server/domain/time/berlin';
import {
  KOELN_START,
  koelnAnswers,
  koelnDetails,
  koelnParticipants,
  koelnSituation,
} from '../quorum/seed-koeln-2019';
import { METTMANN_START, mettmannDetails, mettmannEvents, mettmannParticipants } from './seed-mettmann-2021';

const here = dirname(fileURLToPath(import.meta.url));
/** The lists as the seeds print them, copied from "Anwesend waren:" to the next paragraph. */
const fixture = (name: string) => readFileSync(join(here, 'fixtures', name), 'utf8').trimEnd();

function koelnList() {
  const input = attendanceListFrom(
    koelnParticipants,
    koelnSituation.events,
    koelnSituation.substitutions,
    koelnAnswers,
    KOELN_START,
    koelnDetails,
  );
  return formatAttendanceList(input, 'fraktionTable');
}

function mettmannList() {
  const input = attendanceListFrom(
    mettmannParticipants,
    mettmannEvents,
    [{ substituteId: 'buchholz', forMemberId: 'burghaus' }],
    [{ personId: 'burghaus', response: 'substitute', substituteId: 'buchholz', substituteConfirmed: true }],
    METTMANN_START,
    mettmannDetails,
  );
  return formatAttendanceList(input, 'nameList');
}

describe('attendance list in the format of seed 000 (Köln)', () => {
  it('renders exactly as printed', () => {
    expect(renderAttendanceListText(koelnList())).toBe(fixture('seed-000-attendance.txt'));
  });

  it('gives the columns of each line', () => {
    const sections = koelnList();
    expect(sections.map((s) => [s.heading, s.level, s.lines.length])).toEqual([
      ['Anwesend waren:', 1, 0],
      ['Stimmberechtigte Mitglieder', 2, 5],
      ['Stellvertretende stimmberechtigte Mitglieder', 2, 1],
      ['Verwaltung', 2, 11],
      ['GPR', 2, 0],
      ['Presse', 2, 0],
      ['Zuschauer', 2, 0],
      ['Entschuldigt fehlen:', 1, 0],
      ['Stimmberechtigte Mitglieder', 2, 2],
    ]);
    expect(sections[2]!.lines[0]).toEqual({
      text: 'Herr Stephan Pohl\tCDU\ti.V.f. Herrn Dr. Ralph Elster anw. ab 14:15 Uhr',
      columns: ['Herr Stephan Pohl', 'CDU', 'i.V.f. Herrn Dr. Ralph Elster anw. ab 14:15 Uhr'],
    });
    expect(sections[3]!.lines[10]!.columns).toEqual(['Herr Alexander Vogel anw. ab 14:40 Uhr']);
  });

  it('prints a departure before the end, a late member, a female substitute and further groups', () => {
    const sections = formatAttendanceList({
      votingMembers: [
        {
          person: { formOfAddress: 'Frau', givenName: 'Anna', familyName: 'Reimann' },
          fraktion: 'SPD',
          arrivedAt: berlin(2019, 11, 18, 14, 15),
          leftAt: berlin(2019, 11, 18, 15, 40),
        },
        {
          person: { formOfAddress: 'Herr', givenName: 'Jörg', familyName: 'Frank' },
          leftAt: berlin(2019, 11, 18, 15, 40),
        },
      ],
      substitutes: [
        {
          person: { formOfAddress: 'Frau', givenName: 'Eva', familyName: 'Roth' },
          fraktion: 'FDP',
          inPlaceOf: { formOfAddress: 'Frau', title: ['Prof.', 'Dr.'], givenName: 'Ute', familyName: 'Weiß' },
        },
      ],
      administration: [],
      furtherGroups: [
        { heading: 'Beratende Mitglieder', entries: [{ person: { familyName: 'Kahl' }, fraktion: 'AfD' }] },
      ],
      excused: [],
    });
    expect(renderAttendanceListText(sections)).toBe(
      [
        'Anwesend waren:',
        '',
        'Stimmberechtigte Mitglieder',
        '',
        'Frau Anna Reimann\tSPD\tanw. ab 14:15 Uhr bis 15:40 Uhr',
        'Herr Jörg Frank\t\tanw. bis 15:40 Uhr',
        '',
        'Stellvertretende stimmberechtigte Mitglieder',
        '',
        'Frau Eva Roth\tFDP\ti.V.f. Frau Prof. Dr. Ute Weiß',
        '',
        'Verwaltung',
        '',
        'Beratende Mitglieder',
        '',
        'Kahl\tAfD',
      ].join('\n'),
    );
  });
});

describe('attendance list in the format of seed 002 (Kreis Mettmann)', () => {
  it('renders exactly as printed', () => {
    expect(renderAttendanceListText(mettmannList())).toBe(fixture('seed-002-attendance.txt'));
  });

  it('puts the chair apart and the substitute among the members, with the note', () => {
    const sections = mettmannList();
    expect(sections.map((s) => [s.heading, s.spacing, s.lines.length])).toEqual([
      ['Anwesend waren:', 'spaced', 0],
      ['Vorsitz', 'spaced', 1],
      ['Mitglieder', 'spaced', 17],
      ['Verwaltung', 'spaced', 5],
      ['Gäste', 'tight', 2],
    ]);
    expect(sections[2]!.lines.at(-1)!.text).toBe('Stellvertreter für Herrn Burghaus');
  });

  it('lists an excused member nobody sits in for', () => {
    const input = attendanceListFrom(
      mettmannParticipants,
      mettmannEvents.filter((e) => e.personId !== 'buchholz'),
      [],
      [{ personId: 'burghaus', response: 'excused' }],
      METTMANN_START,
      mettmannDetails,
    );
    const text = renderAttendanceListText(formatAttendanceList(input, 'nameList'));
    expect(text.split('Entschuldigt fehlen:')[1]).toBe('\n\nStimmberechtigte Mitglieder\n\nBurghaus');
  });
});

describe('building the list from the quorum data', () => {
  it('leaves out whoever never came and did not excuse themselves', () => {
    const input = attendanceListFrom(
      koelnParticipants,
      koelnSituation.events,
      koelnSituation.substitutions,
      koelnAnswers.filter((a) => a.personId !== 'joisten'),
      KOELN_START,
      koelnDetails,
    );
    expect(input.excused).toEqual([
      {
        heading: 'Stimmberechtigte Mitglieder',
        entries: [
          {
            person: {
              personId: 'elster',
              formOfAddress: 'Herr',
              title: 'Dr.',
              givenName: 'Ralph',
              familyName: 'Elster',
            },
            fraktion: 'CDU',
          },
        ],
      },
    ]);
  });
});

const SEEDS = join(here, '../../../../shared/seeds');

describe.runIf(existsSync(SEEDS))('the fixtures are the seeds', () => {
  const seed = (prefix: string) => {
    const file = readdirSync(SEEDS).find((name) => name.startsWith(prefix))!;
    return readFileSync(join(SEEDS, file), 'utf8').split('\n');
  };
  const block = (lines: string[], endsBefore: RegExp) => {
    const from = lines.indexOf('Anwesend waren:');
    const to = lines.findIndex((line, i) => i > from && endsBefore.test(line));
    return lines.slice(from, to).join('\n').trimEnd();
  };

  it('seed 000, without the table rule the text extraction left after the substitutes', () => {
    const lines = seed('000_').filter((line) => !/^-+\t-+\t-+$/.test(line));
    expect(block(lines, /^Zweiter Stellvertretender/)).toBe(fixture('seed-000-attendance.txt'));
  });

  it('seed 002', () => {
    expect(block(seed('002_'), /^Tagesordnung$/)).toBe(fixture('seed-002-attendance.txt'));
  });
});
