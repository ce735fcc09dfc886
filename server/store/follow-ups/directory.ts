import { Types } from 'mongoose';
import type { FollowUpDirectory } from '../../domain/follow-ups/tracking';
import { InquiryModel } from '../models/inquiry';
import { MeetingModel } from '../models/meeting';
import { OrganizationModel } from '../models/organization';
import { PaperModel } from '../models/paper';
import { PersonModel } from '../models/person';
import { UserModel } from '../models/user';
import { idString } from '../repositories/mapping';

const valid = (id: string) => Types.ObjectId.isValid(id) && /^[0-9a-f]{24}$/i.test(id);

async function personsOfLogins(filter: Record<string, unknown>): Promise<string[]> {
  const logins = await UserModel.find(
    { ...filter, disabled: { $ne: true }, person: { $ne: null } },
    { person: 1 },
  ).lean();
  return logins.flatMap((login) => (login.person ? [idString(login.person)] : []));
}

/** Committees, persons, departments and logins as follow-ups need them. */
export const mongoFollowUpDirectory: FollowUpDirectory = {
  async committee(id) {
    if (!valid(id)) return null;
    const found = await OrganizationModel.findOne({ _id: id, kind: 'committee' }).lean();
    return found
      ? {
          id: idString(found._id),
          bodyId: idString(found.body),
          name: found.name,
          shortName: found.shortName,
        }
      : null;
  },

  async personName(id) {
    if (!valid(id)) return null;
    return (await PersonModel.findById(id, { name: 1 }).lean())?.name ?? null;
  },

  async departmentKnown(name) {
    const [person, login] = await Promise.all([
      PersonModel.exists({ department: name }),
      UserModel.exists({ department: name, disabled: { $ne: true } }),
    ]);
    return !!person || !!login;
  },

  async departmentOfPerson(personId) {
    if (!valid(personId)) return undefined;
    const person = await PersonModel.findById(personId, { department: 1 }).lean();
    if (person?.department) return person.department;
    const login = await UserModel.findOne(
      { person: personId, department: { $exists: true } },
      { department: 1 },
    ).lean();
    return login?.department ?? undefined;
  },

  async personsOfDepartment(name) {
    const [persons, logins] = await Promise.all([
      PersonModel.find({ department: name }, { _id: 1 }).lean(),
      personsOfLogins({ department: name }),
    ]);
    return [...new Set([...persons.map((p) => idString(p._id)), ...logins])].sort();
  },

  async officePersons(committeeId) {
    return [...new Set(await personsOfLogins({ roles: 'office', officeCommitteeIds: committeeId }))].sort();
  },

  async headPersons(committeeId) {
    const heads = await personsOfLogins({
      roles: 'head',
      $or: [{ officeCommitteeIds: committeeId }, { officeCommitteeIds: { $size: 0 } }],
    });
    return [...new Set(heads)].sort();
  },

  async meeting(id) {
    if (!valid(id)) return null;
    const found = await MeetingModel.findById(id, {
      organization: 1,
      'agendaItems._id': 1,
      'agendaItems.public': 1,
    }).lean();
    return found
      ? {
          organization: idString(found.organization),
          items: found.agendaItems.map((item) => ({ id: idString(item._id), public: item.public })),
        }
      : null;
  },

  async paper(id) {
    if (!valid(id)) return null;
    const found = await PaperModel.findById(id, { organizations: 1, public: 1 }).lean();
    return found ? { organizations: found.organizations.map(idString), public: found.public ?? true } : null;
  },

  async inquiry(id) {
    if (!valid(id)) return null;
    const found = await InquiryModel.findById(id, { organization: 1, public: 1 }).lean();
    return found ? { organization: idString(found.organization), public: found.public ?? true } : null;
  },
};
