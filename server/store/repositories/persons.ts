import type { PersonRecord, PersonStore } from '../../domain/persons/ports';
import { MembershipModel } from '../models/membership';
import { PersonModel } from '../models/person';
import { escapeRegExp, idString, objectId, objectIds, optional, paginate, toUpdate } from './mapping';

type PersonLean = {
  _id: unknown;
  body: unknown;
  name: string;
  familyName: string;
  givenName?: string | null;
  formOfAddress?: string | null;
  title?: string[] | null;
  email?: string[] | null;
  isAdministration?: boolean | null;
  department?: string | null;
  chatIdentities?: { platform: 'teams' | 'slack'; userId: string; tenantId?: string | null }[] | null;
};

export function toPersonRecord(doc: PersonLean): PersonRecord {
  return {
    id: idString(doc._id),
    body: idString(doc.body),
    name: doc.name,
    familyName: doc.familyName,
    givenName: optional(doc.givenName),
    formOfAddress: optional(doc.formOfAddress),
    title: optional(doc.title),
    email: optional(doc.email),
    isAdministration: doc.isAdministration ?? false,
    department: optional(doc.department),
    chatIdentities: (doc.chatIdentities ?? []).map((identity) => ({
      platform: identity.platform,
      userId: identity.userId,
      tenantId: optional(identity.tenantId),
    })),
  };
}

export const mongoPersonStore: PersonStore = {
  async search(query) {
    const filter: Record<string, unknown> = {};
    if (query.body) filter.body = objectId(query.body);
    if (query.name) filter.name = { $regex: escapeRegExp(query.name), $options: 'i' };
    if (query.organization) {
      filter._id = {
        $in: await MembershipModel.distinct('person', {
          organization: objectId(query.organization),
          $and: [
            { $or: [{ startDate: null }, { startDate: { $lte: query.currentAt } }] },
            { $or: [{ endDate: null }, { endDate: { $gte: query.currentAt } }] },
          ],
        }),
      };
    }
    return paginate(
      query.page,
      query.pageSize,
      () => PersonModel.countDocuments(filter),
      async (skip, limit) => {
        const docs = await PersonModel.find(filter)
          .sort({ familyName: 1, givenName: 1, _id: 1 })
          .skip(skip)
          .limit(limit)
          .lean();
        return docs.map(toPersonRecord);
      },
    );
  },

  async findById(id) {
    const doc = await PersonModel.findById(objectId(id)).lean();
    return doc ? toPersonRecord(doc) : null;
  },

  async findByIds(ids) {
    if (ids.length === 0) return [];
    const docs = await PersonModel.find({ _id: { $in: objectIds(ids) } }).lean();
    return docs.map(toPersonRecord);
  },

  async create(person) {
    const created = await PersonModel.create({ ...person, body: objectId(person.body) });
    return toPersonRecord(created.toObject());
  },

  async update(id, changes) {
    const update = toUpdate(changes);
    if (Object.keys(update).length) {
      const result = await PersonModel.updateOne({ _id: objectId(id) }, update, { runValidators: true });
      if (result.matchedCount === 0) return null;
    }
    return mongoPersonStore.findById(id);
  },
};
