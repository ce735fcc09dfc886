import type { PaperRecord, PaperStore } from '../../domain/papers/ports';
import type { PaperType } from '../../domain/papers/paper-types';
import { PaperModel } from '../models/paper';
import {
  escapeRegExp,
  idString,
  objectId,
  objectIds,
  optional,
  optionalIds,
  paginate,
  toUpdate,
} from './mapping';

type PaperLean = {
  _id: unknown;
  body: unknown;
  reference: string;
  name: string;
  paperType: string;
  date?: Date | null;
  public?: boolean | null;
  organizations?: unknown[] | null;
  originatorPerson?: unknown[] | null;
  originatorOrganization?: unknown[] | null;
  underDirectionOf?: string | null;
  summary?: string | null;
  mainFileUrl?: string | null;
};

export function toPaperRecord(doc: PaperLean): PaperRecord {
  return {
    id: idString(doc._id),
    body: idString(doc.body),
    reference: doc.reference,
    name: doc.name,
    paperType: doc.paperType as PaperType,
    date: optional(doc.date),
    public: doc.public ?? true,
    organizations: (doc.organizations ?? []).map(idString),
    originatorPerson: optionalIds(doc.originatorPerson),
    originatorOrganization: optionalIds(doc.originatorOrganization),
    underDirectionOf: optional(doc.underDirectionOf),
    summary: optional(doc.summary),
    mainFileUrl: optional(doc.mainFileUrl),
  };
}

function toDocumentFields(fields: Partial<Record<keyof PaperRecord, unknown>>): Record<string, unknown> {
  const { body, organizations, originatorPerson, originatorOrganization, ...rest } = fields;
  const ids = (value: unknown) => (Array.isArray(value) ? objectIds(value as string[]) : value);
  return {
    ...rest,
    body: typeof body === 'string' ? objectId(body) : body,
    organizations: ids(organizations),
    originatorPerson: ids(originatorPerson),
    originatorOrganization: ids(originatorOrganization),
  };
}

export const mongoPaperStore: PaperStore = {
  async list(query) {
    const conditions: Record<string, unknown>[] = [];
    if (query.organization) conditions.push({ organizations: objectId(query.organization) });
    if (query.paperType) conditions.push({ paperType: query.paperType });
    if (query.reference)
      conditions.push({ reference: { $regex: escapeRegExp(query.reference), $options: 'i' } });
    if (!query.visibleTo.all) {
      conditions.push({
        $or: [
          { public: { $ne: false } },
          { organizations: { $in: objectIds(query.visibleTo.committeeIds) } },
        ],
      });
    }
    const filter = conditions.length ? { $and: conditions } : {};
    return paginate(
      query.page,
      query.pageSize,
      () => PaperModel.countDocuments(filter),
      async (skip, limit) => {
        const docs = await PaperModel.find(filter)
          .sort({ date: -1, reference: 1, _id: 1 })
          .skip(skip)
          .limit(limit)
          .lean();
        return docs.map(toPaperRecord);
      },
    );
  },

  async findById(id) {
    const doc = await PaperModel.findById(objectId(id)).lean();
    return doc ? toPaperRecord(doc) : null;
  },

  async findByIds(ids) {
    if (ids.length === 0) return [];
    const docs = await PaperModel.find({ _id: { $in: objectIds(ids) } }).lean();
    return docs.map(toPaperRecord);
  },

  async create(paper) {
    const created = await PaperModel.create(toDocumentFields(paper));
    return toPaperRecord(created.toObject());
  },

  async update(id, changes) {
    const update = toUpdate(toDocumentFields(changes));
    if (Object.keys(update).length) {
      const result = await PaperModel.updateOne({ _id: objectId(id) }, update, { runValidators: true });
      if (result.matchedCount === 0) return null;
    }
    return mongoPaperStore.findById(id);
  },
};
