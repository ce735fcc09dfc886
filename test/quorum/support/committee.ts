import type { Types } from 'mongoose';
import { AttendanceModel } from '../../../server/store/models/attendance';
import {
  makeBody,
  makeCommittee,
  makeFraktion,
  makeMeeting,
  makeMembership,
  makePerson,
} from '../../support/factories';

type Id = Types.ObjectId;

/**
 * The UA DiKO of 18.11.2019 (seed 000) as a committee with 7 seats: five members present, Elster
 * excused with Pohl as his substitute, Joisten excused; Marusich for the administration.
 */
export async function seedCommittee(options: { start: Date; end?: Date; body?: Id }) {
  const body = options.body ? { _id: options.body } : await makeBody({ name: 'Stadt Köln' });
  const committee = await makeCommittee(body._id, {
    name: 'UA Digitale Kommunikation',
    shortName: 'UA DiKO',
  });
  const spd = await makeFraktion(body._id, { name: 'SPD', shortName: `SPD-${String(committee._id)}` });
  const cdu = await makeFraktion(body._id, { name: 'CDU', shortName: `CDU-${String(committee._id)}` });
  const gruene = await makeFraktion(body._id, { name: 'GRÜNE', shortName: `GR-${String(committee._id)}` });
  const person = (familyName: string, fields: Record<string, unknown> = {}) =>
    makePerson(body._id, {
      familyName,
      name: `Herr ${familyName}`,
      givenName: 'Max',
      formOfAddress: 'Herr',
      ...fields,
    });
  const krupp = await person('Krupp', { title: ['Dr.'] });
  const braun = await person('Braun');
  const frank = await person('Frank');
  const richter = await person('Richter');
  const hegenbarth = await person('Hegenbarth');
  const joisten = await person('Joisten');
  const elster = await person('Elster', { title: ['Dr.'] });
  const pohl = await person('Pohl');
  const marusich = await person('Marusich', { formOfAddress: 'Frau', isAdministration: true });
  const seat = (p: { _id: Id }, fraktion: { _id: Id }, fields: Record<string, unknown> = {}) =>
    makeMembership(p._id, committee._id, {
      onBehalfOf: fraktion._id,
      startDate: new Date('2014-06-01'),
      ...fields,
    });
  await seat(krupp, spd, { role: 'Stellvertretender Vorsitz' });
  await seat(braun, cdu);
  await seat(frank, gruene);
  await seat(richter, gruene);
  await seat(hegenbarth, spd);
  await seat(joisten, spd);
  await seat(elster, cdu);
  await seat(pohl, cdu, { role: 'Stellvertretendes Mitglied', mayRepresent: [elster._id] });
  // A membership that ended before the meeting does not count.
  const former = await person('Alt');
  await seat(former, spd, { endDate: new Date('2015-01-01') });
  const meeting = await makeMeeting(body._id, committee._id, {
    name: 'Sitzung UA DiKO',
    start: options.start,
    ...(options.end ? { end: options.end } : {}),
    items: [
      { number: '1', name: 'Beantwortung von Anfragen', public: true },
      { number: '5', name: 'Mündliche Anfragen', public: true },
      { number: '7.1', name: 'Rahmenvertrag ESRI', public: false },
    ],
  });
  await AttendanceModel.create({ meeting: meeting._id, person: marusich._id, category: 'administration' });
  return {
    body,
    committee,
    meeting,
    fraktionen: { spd, cdu, gruene },
    people: { krupp, braun, frank, richter, hegenbarth, joisten, elster, pohl, marusich, former },
  };
}
