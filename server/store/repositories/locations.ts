import type { LocationRecord, LocationStore } from '../../domain/locations/ports';
import { LocationModel } from '../models/location';
import { idString, objectId, objectIds, optional } from './mapping';

type LocationLean = {
  _id: unknown;
  body: unknown;
  description: string;
  streetAddress?: string | null;
  room?: string | null;
  postalCode?: string | null;
  locality?: string | null;
};

export function toLocationRecord(doc: LocationLean): LocationRecord {
  return {
    id: idString(doc._id),
    body: idString(doc.body),
    description: doc.description,
    streetAddress: optional(doc.streetAddress),
    room: optional(doc.room),
    postalCode: optional(doc.postalCode),
    locality: optional(doc.locality),
  };
}

export const mongoLocationStore: LocationStore = {
  async list(filter) {
    const docs = await LocationModel.find(filter.body ? { body: objectId(filter.body) } : {})
      .sort({ description: 1, _id: 1 })
      .lean();
    return docs.map(toLocationRecord);
  },

  async findById(id) {
    const doc = await LocationModel.findById(objectId(id)).lean();
    return doc ? toLocationRecord(doc) : null;
  },

  async findByIds(ids) {
    if (ids.length === 0) return [];
    const docs = await LocationModel.find({ _id: { $in: objectIds(ids) } }).lean();
    return docs.map(toLocationRecord);
  },

  async create(location) {
    const created = await LocationModel.create({ ...location, body: objectId(location.body) });
    return toLocationRecord(created.toObject());
  },
};
