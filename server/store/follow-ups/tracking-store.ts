import { inTransaction } from '../change-stamps/stamps';
import { Types } from 'mongoose';
import type {
  FollowUpChanges,
  FollowUpFilter,
  FollowUpTrackingStore,
  TrackedFollowUp,
} from '../../domain/follow-ups/tracking';
import { FollowUpModel, type FollowUpDoc } from '../models/follow-up';
import { MeetingModel } from '../models/meeting';
import { OrganizationModel } from '../models/organization';
import { PersonModel } from '../models/person';
import { idString, objectId, objectIds, optional, optionalId, toUpdate } from '../repositories/mapping';

type FollowUpLean = FollowUpDoc & { _id: Types.ObjectId; createdAt?: Date };

interface MeetingLean {
  _id: Types.ObjectId;
  name: string;
  start: Date;
  agendaItems: { _id: Types.ObjectId; number: string; name: string; public: boolean }[];
}

interface Lookups {
  committees: Map<string, { name: string; shortName: string }>;
  persons: Map<string, string>;
  meetings: Map<
    string,
    { name: string; start: Date; items: Map<string, { number: string; name: string; public: boolean }> }
  >;
}

/** Names and agenda items of the documents' committees, owners and meetings, in three reads. */
async function lookups(docs: readonly FollowUpLean[]): Promise<Lookups> {
  const ids = (pick: (d: FollowUpLean) => unknown) => [
    ...new Set(docs.flatMap((d) => (pick(d) ? [idString(pick(d))] : []))),
  ];
  const [committees, persons, meetings] = await Promise.all([
    OrganizationModel.find(
      { _id: { $in: objectIds(ids((d) => d.organization)) } },
      { name: 1, shortName: 1 },
    ).lean(),
    PersonModel.find({ _id: { $in: objectIds(ids((d) => d.ownerPerson)) } }, { name: 1 }).lean(),
    MeetingModel.find(
      { _id: { $in: objectIds(ids((d) => d.meeting)) } },
      { name: 1, start: 1, agendaItems: 1 },
    ).lean<MeetingLean[]>(),
  ]);
  return {
    committees: new Map(committees.map((c) => [idString(c._id), { name: c.name, shortName: c.shortName }])),
    persons: new Map(persons.map((p) => [idString(p._id), p.name])),
    meetings: new Map(
      meetings.map((m) => [
        idString(m._id),
        {
          name: m.name,
          start: m.start,
          items: new Map(
            m.agendaItems.map((i) => [idString(i._id), { number: i.number, name: i.name, public: i.public }]),
          ),
        },
      ]),
    ),
  };
}

function toTracked(doc: FollowUpLean, found: Lookups): TrackedFollowUp {
  const organization = idString(doc.organization);
  const committee = found.committees.get(organization);
  const meetingId = optionalId(doc.meeting);
  const meeting = meetingId ? found.meetings.get(meetingId) : undefined;
  const itemId = optionalId(doc.agendaItem);
  const item = itemId ? meeting?.items.get(itemId) : undefined;
  const ownerPerson = optionalId(doc.ownerPerson);
  const request = doc.dueDateRequest;
  return {
    id: idString(doc._id),
    body: idString(doc.body),
    organization,
    committeeName: committee?.name ?? '',
    committeeShortName: committee?.shortName ?? '',
    meeting: meetingId,
    agendaItem: itemId,
    paper: optionalId(doc.paper),
    inquiry: optionalId(doc.inquiry),
    kind: doc.kind,
    title: doc.title,
    description: optional(doc.description),
    public: doc.public ?? true,
    confidential: doc.public === false || item?.public === false,
    ownerDepartment: optional(doc.ownerDepartment),
    ownerPerson,
    ownerName: (ownerPerson ? found.persons.get(ownerPerson) : doc.ownerDepartment) ?? '',
    dueDate: optional(doc.dueDate),
    status: doc.status ?? 'offen',
    completedAt: optional(doc.completedAt),
    completionNote: optional(doc.completionNote),
    completedByName: optional(doc.completedByName),
    dueDateRequest: request
      ? {
          dueDate: request.dueDate,
          reason: request.reason,
          requestedBy: optionalId(request.requestedBy),
          requestedByName: optional(request.requestedByName),
          requestedAt: request.requestedAt,
        }
      : undefined,
    escalatedAt: optional(doc.escalatedAt),
    origin: {
      meetingName: meeting?.name,
      meetingStart: meeting?.start,
      itemNumber: item?.number,
      itemName: item?.name,
    },
    createdAt: doc.createdAt ?? new Date(0),
  };
}

async function hydrate(docs: FollowUpLean[]): Promise<TrackedFollowUp[]> {
  const found = await lookups(docs);
  return docs.map((doc) => toTracked(doc, found));
}

function query(filter: FollowUpFilter): Record<string, unknown> {
  return {
    ...(filter.organizations?.length ? { organization: { $in: objectIds(filter.organizations) } } : {}),
    ...(filter.statuses?.length ? { status: { $in: filter.statuses } } : {}),
    ...(filter.ownerDepartment ? { ownerDepartment: filter.ownerDepartment } : {}),
    ...(filter.ownerPerson ? { ownerPerson: objectId(filter.ownerPerson) } : {}),
    ...(filter.dueBefore ? { dueDate: { $lt: filter.dueBefore } } : {}),
    ...(filter.overdueAt ? { status: 'offen', dueDate: { $lt: filter.overdueAt } } : {}),
  };
}

function byDueThenTitle(a: TrackedFollowUp, b: TrackedFollowUp): number {
  const due = (f: TrackedFollowUp) => f.dueDate?.getTime() ?? Number.MAX_SAFE_INTEGER;
  return due(a) - due(b) || a.title.localeCompare(b.title, 'de');
}

function toStored(changes: FollowUpChanges): Record<string, unknown> {
  const { ownerPerson, ...rest } = changes;
  return {
    ...rest,
    ...(ownerPerson === undefined
      ? {}
      : { ownerPerson: ownerPerson === null ? null : objectId(ownerPerson) }),
    ...(changes.dueDateRequest
      ? {
          dueDateRequest: {
            ...changes.dueDateRequest,
            requestedBy: changes.dueDateRequest.requestedBy
              ? objectId(changes.dueDateRequest.requestedBy)
              : undefined,
          },
        }
      : {}),
  };
}

export const mongoFollowUpTrackingStore: FollowUpTrackingStore = {
  async create(input) {
    const fields = {
      ...input,
      body: objectId(input.body),
      organization: objectId(input.organization),
      meeting: input.meeting ? objectId(input.meeting) : undefined,
      agendaItem: input.agendaItem ? objectId(input.agendaItem) : undefined,
      paper: input.paper ? objectId(input.paper) : undefined,
      inquiry: input.inquiry ? objectId(input.inquiry) : undefined,
      ownerPerson: input.ownerPerson ? objectId(input.ownerPerson) : undefined,
      status: 'offen' as const,
    };
    const doc = await inTransaction(() => FollowUpModel.create(fields));
    const [tracked] = await hydrate([doc.toObject() as FollowUpLean]);
    return tracked!;
  },

  async find(id) {
    if (!Types.ObjectId.isValid(id)) return null;
    const doc = await FollowUpModel.findById(id).lean<FollowUpLean>();
    return doc ? ((await hydrate([doc]))[0] ?? null) : null;
  },

  async list(filter) {
    const docs = await FollowUpModel.find(query(filter)).lean<FollowUpLean[]>();
    return (await hydrate(docs)).sort(byDueThenTitle);
  },

  async updateOpen(id, changes) {
    if (!Types.ObjectId.isValid(id)) return null;
    const doc = await inTransaction(() =>
      FollowUpModel.findOneAndUpdate({ _id: objectId(id), status: 'offen' }, toUpdate(toStored(changes)), {
        returnDocument: 'after',
      }).lean<FollowUpLean>(),
    );
    return doc ? ((await hydrate([doc]))[0] ?? null) : null;
  },

  async markEscalated(id, at) {
    const result = await inTransaction(() =>
      FollowUpModel.updateOne(
        { _id: objectId(id), status: 'offen', escalatedAt: null },
        { $set: { escalatedAt: at } },
      ),
    );
    return result.modifiedCount === 1;
  },
};
