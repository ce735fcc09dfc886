import mongoose, { type Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatAttendanceList, renderAttendanceListText } from '../../server/domain/attendance-list/format';
import { berlin } from '../../server/domain/time/berlin';
import { attendanceListFor } from '../../server/store/attendance/attendance-list-source';
import { AttendanceModel } from '../../server/store/models/attendance';
import { startTestDatabase } from '../support/database';
import {
  makeBody,
  makeCommittee,
  makeFraktion,
  makeMeeting,
  makeMembership,
  makePerson,
} from '../support/factories';

type Category = 'member' | 'substitute' | 'administration' | 'guest';
let db: Awaited<ReturnType<typeof startTestDatabase>>;
let meetingId: string;
const start = berlin(2019, 11, 18, 14, 0);
const end = berlin(2019, 11, 18, 15, 11);

beforeAll(async () => {
  db = await startTestDatabase();
  await mongoose.connect(db.uri);
  const body = await makeBody({ name: 'Stadt Köln' });
  const committee = await makeCommittee(body._id, { votingMemberCount: 7 });
  const fraktion = async (shortName: string) =>
    (await makeFraktion(body._id, { shortName, name: `${shortName}-Fraktion` }))._id;
  const spd = await fraktion('SPD');
  const cdu = await fraktion('CDU');
  const gruene = await fraktion('GRÜNE');
  const meeting = await makeMeeting(body._id, committee._id, { start, end });
  meetingId = String(meeting._id);
  const person = (givenName: string, familyName: string, fields: Record<string, unknown> = {}) =>
    makePerson(body._id, {
      givenName,
      familyName,
      name: `${givenName} ${familyName}`,
      formOfAddress: 'Herr',
      ...fields,
    });
  const attend = (p: { _id: Types.ObjectId }, category: Category, fields: Record<string, unknown> = {}) =>
    AttendanceModel.create({ meeting: meeting._id, person: p._id, category, ...fields });
  const from = (at: Date) => ({
    response: 'attending',
    events: [
      { kind: 'arrive', at },
      { kind: 'leave', at: end },
    ],
  });

  const seats: [string, string, Types.ObjectId, Record<string, unknown>][] = [
    ['Gerrit', 'Krupp', spd, { title: ['Dr.'] }],
    ['Florian', 'Braun', cdu, {}],
    ['Jörg', 'Frank', gruene, {}],
    ['Manfred', 'Richter', gruene, {}],
    ['Thomas', 'Hegenbarth', spd, {}],
  ];
  for (const [given, family, f, fields] of seats) {
    const p = await person(given, family, fields);
    await makeMembership(p._id, committee._id, { onBehalfOf: f, startDate: new Date('2014-06-01') });
    await attend(p, 'member', from(start));
  }
  const joisten = await person('Christian', 'Joisten');
  await makeMembership(joisten._id, committee._id, { onBehalfOf: spd, startDate: new Date('2014-06-01') });
  await attend(joisten, 'member', { response: 'excused' });
  const elster = await person('Ralph', 'Elster', { title: ['Dr.'] });
  await makeMembership(elster._id, committee._id, { onBehalfOf: cdu, startDate: new Date('2014-06-01') });
  await attend(elster, 'member', { response: 'substitute' });
  const pohl = await person('Stephan', 'Pohl');
  await makeMembership(pohl._id, committee._id, {
    role: 'Stellvertretendes Mitglied',
    onBehalfOf: cdu,
    startDate: new Date('2014-06-01'),
  });
  await attend(pohl, 'substitute', { ...from(berlin(2019, 11, 18, 14, 15)), substituteFor: elster._id });
  const marusich = await person('Olga', 'Marusich', { formOfAddress: 'Frau', isAdministration: true });
  await attend(marusich, 'administration', from(start));
  const engel = await person('Andreas', 'Engel', { title: ['Dr.'], isAdministration: true });
  await attend(engel, 'administration', from(start));
  const vogel = await person('Alexander', 'Vogel', { isAdministration: true });
  await attend(vogel, 'administration', from(berlin(2019, 11, 18, 14, 40)));
});

afterAll(async () => {
  await mongoose.disconnect();
  await db.stop();
});

describe('attendanceListFor', () => {
  it('returns null for an unknown meeting', async () => {
    expect(await attendanceListFor(new mongoose.Types.ObjectId().toString(), start)).toBeNull();
  });

  it('renders the list of seed 000 as printed', async () => {
    const input = await attendanceListFor(meetingId, end);
    expect(input).not.toBeNull();
    expect(renderAttendanceListText(formatAttendanceList(input!, 'fraktionTable'))).toBe(
      [
        'Anwesend waren:',
        '',
        'Stimmberechtigte Mitglieder',
        '',
        'Herr Florian Braun\tCDU',
        'Herr Jörg Frank\tGRÜNE',
        'Herr Thomas Hegenbarth\tSPD',
        'Herr Dr. Gerrit Krupp\tSPD',
        'Herr Manfred Richter\tGRÜNE',
        '',
        'Stellvertretende stimmberechtigte Mitglieder',
        '',
        'Herr Stephan Pohl\tCDU\ti.V.f. Herrn Dr. Ralph Elster anw. ab 14:15 Uhr',
        '',
        'Verwaltung',
        '',
        'Herr Dr. Andreas Engel',
        'Frau Olga Marusich',
        'Herr Alexander Vogel anw. ab 14:40 Uhr',
        '',
        'GPR',
        '',
        'Presse',
        '',
        'Zuschauer',
        '',
        'Entschuldigt fehlen:',
        '',
        'Stimmberechtigte Mitglieder',
        '',
        'Herr Dr. Ralph Elster\tCDU',
        'Herr Christian Joisten\tSPD',
      ].join('\n'),
    );
  });
});
