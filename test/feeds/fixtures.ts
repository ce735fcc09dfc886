import { BodyModel } from '../../server/store/models/body';
import { FollowUpModel } from '../../server/store/models/follow-up';
import { MeetingModel } from '../../server/store/models/meeting';
import { MembershipModel } from '../../server/store/models/membership';
import { OrganizationModel } from '../../server/store/models/organization';
import { PersonModel } from '../../server/store/models/person';
import { createUser } from '../http/support/test-app';

/** Two committees with public and non-public agenda items, one cancelled meeting, a member and their tasks. */
export async function seedFeedWorld(now: Date) {
  const day = (n: number, hour = 17) =>
    new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + n, hour - 1));
  const body = await BodyModel.create({
    name: 'Stadt Köln',
    shortName: 'koeln',
    inquiryRules: { deadlineDays: 2, deadlineDayKind: 'working', deadlineCutoff: '12:00' },
  });
  const digital = await OrganizationModel.create({
    body: body._id,
    kind: 'committee',
    name: 'Ausschuss für Digitalisierung',
    shortName: 'AfD-Digi',
    color: '#1f5fa8',
  });
  const finance = await OrganizationModel.create({
    body: body._id,
    kind: 'committee',
    name: 'Finanzausschuss',
    shortName: 'FA',
    inquiryRules: { deadlineDays: 7, deadlineDayKind: 'calendar', deadlineCutoff: '09:00' },
  });
  const item = (order: number, name: string, isPublic: boolean) => ({
    number: String(order),
    order,
    level: 1,
    name,
    public: isPublic,
  });

  const digitalMeeting = await MeetingModel.create({
    body: body._id,
    organization: digital._id,
    name: '12. Sitzung des Ausschusses für Digitalisierung',
    state: 'eingeladen',
    start: day(10),
    end: day(10, 19),
    agendaItems: [
      item(1, 'Mitteilungen der Verwaltung', true),
      item(2, 'Vergabe Rechenzentrum Geheim', false),
    ],
  });
  const financeMeeting = await MeetingModel.create({
    body: body._id,
    organization: finance._id,
    name: '3. Sitzung des Finanzausschusses',
    start: day(20),
    agendaItems: [item(1, 'Haushaltsplan öffentlich', true), item(2, 'Grundstücksankauf Vertraulich', false)],
  });
  const cancelled = await MeetingModel.create({
    body: body._id,
    organization: digital._id,
    name: '13. Sitzung (abgesagt)',
    start: day(30),
  });
  cancelled.state = 'abgesagt';
  cancelled.cancelled = true;
  await cancelled.save();

  const member = await PersonModel.create({
    body: body._id,
    name: 'Anna Beispiel',
    familyName: 'Beispiel',
    givenName: 'Anna',
  });
  const other = await PersonModel.create({
    body: body._id,
    name: 'Otto Anders',
    familyName: 'Anders',
    givenName: 'Otto',
  });
  await MembershipModel.create({
    person: member._id,
    organization: digital._id,
    role: 'Mitglied',
    votingRight: true,
    startDate: day(-400),
  });
  await MembershipModel.create({
    person: other._id,
    organization: finance._id,
    role: 'Mitglied',
    votingRight: true,
  });
  await FollowUpModel.create({
    body: body._id,
    organization: digital._id,
    kind: 'pruefauftrag',
    title: 'WLAN in Schulen prüfen',
    ownerPerson: member._id,
    dueDate: day(5, 0),
  });
  await FollowUpModel.create({
    body: body._id,
    organization: digital._id,
    kind: 'zusage',
    title: 'Geheimer Personalvorgang',
    public: false,
    ownerPerson: member._id,
    dueDate: day(6, 0),
  });
  await FollowUpModel.create({
    body: body._id,
    organization: finance._id,
    kind: 'zusage',
    title: 'Auftrag eines anderen',
    ownerPerson: other._id,
    dueDate: day(7, 0),
  });
  await FollowUpModel.create({
    body: body._id,
    organization: digital._id,
    kind: 'zusage',
    title: 'Erledigter Auftrag',
    ownerPerson: member._id,
    dueDate: day(8, 0),
    status: 'erledigt',
  });

  const memberUser = await createUser({
    username: 'anna',
    password: 'anna password 1',
    roles: ['member'],
    person: member._id,
  });
  return { body, digital, finance, digitalMeeting, financeMeeting, cancelled, member, memberUser };
}
