import type { FollowUpRecord, FollowUpStore } from '../../domain/follow-ups/ports';
import { FollowUpModel, type FollowUpDoc } from '../models/follow-up';
import { idString, objectId, optional, optionalId } from './mapping';

type FollowUpLean = FollowUpDoc & { _id: unknown };

function toFollowUpRecord(doc: FollowUpLean): FollowUpRecord {
  return {
    id: idString(doc._id),
    organization: idString(doc.organization),
    meeting: optionalId(doc.meeting),
    agendaItem: optionalId(doc.agendaItem),
    kind: doc.kind,
    title: doc.title,
    public: doc.public ?? true,
    ownerDepartment: optional(doc.ownerDepartment),
    ownerPerson: optionalId(doc.ownerPerson),
    dueDate: optional(doc.dueDate),
    status: doc.status ?? 'offen',
    completedAt: optional(doc.completedAt),
  };
}

export const mongoFollowUpStore: FollowUpStore = {
  async ofMeeting(meetingId) {
    const docs = await FollowUpModel.find({ meeting: objectId(meetingId) }).lean<FollowUpLean[]>();
    return docs.map(toFollowUpRecord);
  },
};
