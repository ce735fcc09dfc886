import type { Types } from 'mongoose';
import type { Role } from '../../server/domain/access/principal';
import { hashPassword } from '../../server/domain/access/password';
import {
  BodyModel,
  FollowUpModel,
  InquiryModel,
  LocationModel,
  MeetingModel,
  MembershipModel,
  OrganizationModel,
  PaperModel,
  PersonModel,
} from '../../server/store/models/index';
import { UserModel } from '../../server/store/models/user';

type Id = Types.ObjectId;
type Fields = Record<string, unknown>;

let sequence = 0;
const next = () => ++sequence;

export async function makeBody(fields: Fields = {}) {
  const n = next();
  return BodyModel.create({ name: `Körperschaft ${n}`, shortName: `K${n}`, ...fields });
}

export async function makeCommittee(body: Id, fields: Fields = {}) {
  const n = next();
  return OrganizationModel.create({
    body,
    kind: 'committee',
    name: `Ausschuss ${n}`,
    shortName: `A${n}`,
    classification: 'Ausschuss',
    votingMemberCount: 7,
    ...fields,
  });
}

export async function makeFraktion(body: Id, fields: Fields = {}) {
  const n = next();
  return OrganizationModel.create({
    body,
    kind: 'fraktion',
    name: `Fraktion ${n}`,
    shortName: `F${n}`,
    ...fields,
  });
}

export async function makePerson(body: Id, fields: Fields = {}) {
  const n = next();
  const familyName = (fields.familyName as string | undefined) ?? `Muster${n}`;
  return PersonModel.create({
    body,
    familyName,
    givenName: 'Erika',
    name: `Erika ${familyName}`,
    formOfAddress: 'Frau',
    email: [`erika.${familyName.toLowerCase()}@example.org`],
    chatIdentities: [{ platform: 'slack', userId: `U${String(n).padStart(8, '0')}`, tenantId: 'T0001' }],
    ...fields,
  });
}

export async function makeMembership(person: Id, organization: Id, fields: Fields = {}) {
  return MembershipModel.create({
    person,
    organization,
    role: 'Mitglied',
    votingRight: true,
    startDate: new Date('2020-11-01T00:00:00Z'),
    ...fields,
  });
}

export const PASSWORD = 'ein sicheres Passwort';

/** A login with a password of `PASSWORD`. */
export async function makeUser(
  username: string,
  roles: Role[],
  fields: { officeCommitteeIds?: Id[]; person?: Id; department?: string } = {},
) {
  return UserModel.create({
    username,
    displayName: username,
    roles,
    passwordHash: await hashPassword(PASSWORD),
    ...fields,
  });
}

export async function makeLocation(body: Id, fields: Fields = {}) {
  return LocationModel.create({
    body,
    description: 'Rathaus, Raum 1',
    room: '1',
    locality: 'Köln',
    ...fields,
  });
}

export async function makePaper(body: Id, organizations: Id[], fields: Fields = {}) {
  const n = next();
  return PaperModel.create({
    body,
    reference: `${1000 + n}/2021`,
    name: `Vorlage ${n}`,
    paperType: 'Mitteilung',
    organizations,
    ...fields,
  });
}

type ItemSpec = {
  name: string;
  public: boolean;
  level?: 1 | 2;
  number: string;
  paper?: Id;
  supplement?: boolean;
};

export async function makeMeeting(body: Id, organization: Id, fields: Fields & { items?: ItemSpec[] } = {}) {
  const { items = [], ...rest } = fields;
  return MeetingModel.create({
    body,
    organization,
    name: 'Sitzung',
    start: new Date('2021-03-01T16:00:00+01:00'),
    agendaItems: items.map((item, index) => ({ level: 1, ...item, order: index + 1 })),
    ...rest,
  });
}

export async function makeInquiry(body: Id, organization: Id, author: Id, fields: Fields = {}) {
  const n = next();
  return InquiryModel.create({
    body,
    organization,
    author,
    subject: `Anfrage ${n}`,
    text: 'Wie ist der Sachstand?',
    kind: 'schriftlich',
    ...fields,
  });
}

export async function makeFollowUp(body: Id, organization: Id, fields: Fields = {}) {
  const n = next();
  return FollowUpModel.create({
    body,
    organization,
    kind: 'pruefauftrag',
    title: `Prüfauftrag ${n}`,
    ...fields,
  });
}

/** Stadt Köln (a fresh body per call) with its Unterausschuss Digitale Kommunikation und Organisation. */
export async function makeKoelnDiko(committeeFields: Fields = {}) {
  const body = await BodyModel.create({
    name: 'Stadt Köln',
    shortName: `K${Math.random().toString(36).slice(2, 7)}`,
  });
  const committee = await OrganizationModel.create({
    body: body._id,
    kind: 'committee',
    name: 'Unterausschuss Digitale Kommunikation und Organisation',
    shortName: 'UA DiKO',
    ...committeeFields,
  });
  return { body, committee };
}
