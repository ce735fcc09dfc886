import type { MembershipRecord, MembershipStore } from '../../domain/memberships/ports';
import { MembershipModel } from '../models/membership';
import { idString, objectId, objectIds, optional, optionalId, optionalIds, toUpdate } from './mapping';

type MembershipLean = {
  _id: unknown;
  person: unknown;
  organization: unknown;
  role: string;
  votingRight: boolean;
  onBehalfOf?: unknown;
  seatKind?: MembershipRecord['seatKind'] | null;
  mayRepresent?: unknown[] | null;
  startDate?: Date | null;
  endDate?: Date | null;
};

export function toMembershipRecord(doc: MembershipLean): MembershipRecord {
  return {
    id: idString(doc._id),
    person: idString(doc.person),
    organization: idString(doc.organization),
    role: doc.role as MembershipRecord['role'],
    votingRight: doc.votingRight,
    onBehalfOf: optionalId(doc.onBehalfOf),
    seatKind: doc.seatKind ?? 'council',
    mayRepresent: optionalIds(doc.mayRepresent),
    startDate: optional(doc.startDate),
    endDate: optional(doc.endDate),
  };
}

function toDocumentFields(fields: Partial<Record<keyof MembershipRecord, unknown>>): Record<string, unknown> {
  const { person, organization, onBehalfOf, mayRepresent, ...rest } = fields;
  return {
    ...rest,
    person: typeof person === 'string' ? objectId(person) : person,
    organization: typeof organization === 'string' ? objectId(organization) : organization,
    onBehalfOf: typeof onBehalfOf === 'string' ? objectId(onBehalfOf) : onBehalfOf,
    mayRepresent: Array.isArray(mayRepresent) ? objectIds(mayRepresent as string[]) : mayRepresent,
  };
}

export const mongoMembershipStore: MembershipStore = {
  async list(filter) {
    const query: Record<string, unknown> = {};
    if (filter.organization) query.organization = objectId(filter.organization);
    if (filter.person) query.person = objectId(filter.person);
    if (filter.persons) query.person = { $in: objectIds(filter.persons) };
    if (filter.currentAt) {
      query.$and = [
        { $or: [{ startDate: null }, { startDate: { $lte: filter.currentAt } }] },
        { $or: [{ endDate: null }, { endDate: { $gte: filter.currentAt } }] },
      ];
    }
    const docs = await MembershipModel.find(query).sort({ startDate: 1, _id: 1 }).lean();
    return docs.map(toMembershipRecord);
  },

  async findById(id) {
    const doc = await MembershipModel.findById(objectId(id)).lean();
    return doc ? toMembershipRecord(doc) : null;
  },

  async create(membership) {
    const created = await MembershipModel.create(toDocumentFields(membership));
    return toMembershipRecord(created.toObject());
  },

  async update(id, changes) {
    const update = toUpdate(toDocumentFields(changes));
    if (Object.keys(update).length) {
      const result = await MembershipModel.updateOne({ _id: objectId(id) }, update, { runValidators: true });
      if (result.matchedCount === 0) return null;
    }
    return mongoMembershipStore.findById(id);
  },
};
