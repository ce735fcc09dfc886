import { toStoredVote } from '../results/mongo-result-store';
import { Types } from 'mongoose';
import type { AgendaResult } from '../../domain/agenda/results';
import type { MeetingState } from '../../domain/meetings/lifecycle';
import type {
  AgendaItemRecord,
  MeetingChanges,
  MeetingRecord,
  MeetingStore,
  MeetingSummary,
} from '../../domain/meetings/ports';
import { MeetingModel } from '../models/meeting';
import { idString, objectId, objectIds, optional, optionalId, paginate, toUpdate } from './mapping';

type AgendaItemLean = {
  _id: unknown;
  number: string;
  order: number;
  level?: number | null;
  name: string;
  public: boolean;
  paper?: unknown;
  supplement?: boolean | null;
  result?: string | null;
  resolutionText?: string | null;
  vote?: Parameters<typeof toStoredVote>[0] | null;
  start?: Date | null;
  end?: Date | null;
};

type MeetingLean = {
  _id: unknown;
  __v?: number;
  body: unknown;
  organization: unknown;
  legislativeTerm?: unknown;
  name: string;
  state?: string | null;
  cancelled?: boolean | null;
  start: Date;
  end?: Date | null;
  location?: unknown;
  invitationDate?: Date | null;
  secondConvocation?: boolean | null;
  publishedAt?: Date | null;
  agendaItems?: AgendaItemLean[];
};

function toAgendaItemRecord(doc: AgendaItemLean): AgendaItemRecord {
  return {
    id: idString(doc._id),
    number: doc.number,
    order: doc.order,
    level: doc.level === 2 ? 2 : 1,
    name: doc.name,
    public: doc.public,
    paper: optionalId(doc.paper),
    supplement: doc.supplement ?? false,
    result: optional(doc.result) as AgendaResult | undefined,
    resolutionText: optional(doc.resolutionText),
    vote: doc.vote ? toStoredVote(doc.vote) : undefined,
    start: optional(doc.start),
    end: optional(doc.end),
  };
}

function toSummary(doc: MeetingLean): MeetingSummary {
  return {
    id: idString(doc._id),
    body: idString(doc.body),
    organization: idString(doc.organization),
    legislativeTerm: optionalId(doc.legislativeTerm),
    name: doc.name,
    state: (doc.state ?? 'terminiert') as MeetingState,
    cancelled: doc.cancelled ?? false,
    start: doc.start,
    end: optional(doc.end),
    location: optionalId(doc.location),
    invitationDate: optional(doc.invitationDate),
    secondConvocation: doc.secondConvocation ?? false,
    publishedAt: optional(doc.publishedAt),
    version: doc.__v ?? 0,
  };
}

export function toMeetingRecord(doc: MeetingLean): MeetingRecord {
  return { ...toSummary(doc), agendaItems: (doc.agendaItems ?? []).map(toAgendaItemRecord) };
}

function toAgendaItemDocument(item: AgendaItemRecord): Record<string, unknown> {
  const { id, paper, ...fields } = item;
  return { ...fields, _id: objectId(id), ...(paper ? { paper: objectId(paper) } : {}) };
}

function toDocumentFields(changes: MeetingChanges): Record<string, unknown> {
  const { location, agendaItems, ...rest } = changes;
  return {
    ...rest,
    location: typeof location === 'string' ? objectId(location) : location,
    agendaItems: agendaItems?.map(toAgendaItemDocument),
  };
}

export const mongoMeetingStore: MeetingStore = {
  async list(query) {
    const filter: Record<string, unknown> = {};
    if (query.organizations?.length) filter.organization = { $in: objectIds(query.organizations) };
    if (query.states?.length) filter.state = { $in: query.states };
    if (query.from || query.to) {
      filter.start = { ...(query.from ? { $gte: query.from } : {}), ...(query.to ? { $lt: query.to } : {}) };
    }
    return paginate(
      query.page,
      query.pageSize,
      () => MeetingModel.countDocuments(filter),
      async (skip, limit) => {
        const docs = await MeetingModel.find(filter, { agendaItems: 0 })
          .sort({ start: 1, _id: 1 })
          .skip(skip)
          .limit(limit)
          .lean();
        return docs.map(toSummary);
      },
    );
  },

  async findById(id) {
    const doc = await MeetingModel.findById(objectId(id)).lean();
    return doc ? toMeetingRecord(doc) : null;
  },

  async create(meeting) {
    const { body, organization, legislativeTerm, location, agendaItems, ...rest } = meeting;
    const created = await MeetingModel.create({
      ...rest,
      body: objectId(body),
      organization: objectId(organization),
      legislativeTerm: legislativeTerm ? objectId(legislativeTerm) : undefined,
      location: location ? objectId(location) : undefined,
      agendaItems: agendaItems.map(toAgendaItemDocument),
    });
    return toMeetingRecord(created.toObject());
  },

  async saveIfVersion(id, version, changes) {
    const update = toUpdate(toDocumentFields(changes));
    const doc = await MeetingModel.findOneAndUpdate(
      { _id: objectId(id), __v: version },
      { ...update, $inc: { __v: 1 } },
      { returnDocument: 'after', runValidators: true },
    ).lean();
    return doc ? toMeetingRecord(doc) : null;
  },

  async deleteIfVersion(id, version) {
    const result = await MeetingModel.deleteOne({ _id: objectId(id), __v: version });
    return result.deletedCount === 1;
  },

  newAgendaItemId() {
    return new Types.ObjectId().toHexString();
  },
};
