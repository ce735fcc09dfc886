import { Types } from 'mongoose';
import type { AgendaItemRecord, MeetingChanges, MeetingStore } from '../../domain/meetings/ports';
import { inTransaction } from '../change-stamps/stamps';
import { MeetingModel } from '../models/meeting';
import { objectId, toUpdate } from './mapping';
import { meetingCalendar } from './meeting-calendar';
import { toMeetingRecord } from './meeting-mapping';

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

const calendar = meetingCalendar();

export const mongoMeetingStore: MeetingStore = {
  list: (query) => calendar.list(query),

  async findById(id) {
    const doc = await MeetingModel.findById(objectId(id)).lean();
    return doc ? toMeetingRecord(doc) : null;
  },

  async create(meeting) {
    const { body, organization, legislativeTerm, location, agendaItems, ...rest } = meeting;
    const fields = {
      ...rest,
      body: objectId(body),
      organization: objectId(organization),
      legislativeTerm: legislativeTerm ? objectId(legislativeTerm) : undefined,
      location: location ? objectId(location) : undefined,
      agendaItems: agendaItems.map(toAgendaItemDocument),
    };
    const created = await inTransaction(() => MeetingModel.create(fields));
    return toMeetingRecord(created.toObject());
  },

  async saveIfVersion(id, version, changes) {
    const update = toUpdate(toDocumentFields(changes));
    const doc = await inTransaction(() =>
      MeetingModel.findOneAndUpdate(
        { _id: objectId(id), __v: version },
        { ...update, $inc: { __v: 1 } },
        { returnDocument: 'after', runValidators: true },
      ).lean(),
    );
    return doc ? toMeetingRecord(doc) : null;
  },

  async deleteIfVersion(id, version) {
    const result = await inTransaction(() => MeetingModel.deleteOne({ _id: objectId(id), __v: version }));
    return result.deletedCount === 1;
  },

  newAgendaItemId() {
    return new Types.ObjectId().toHexString();
  },
};
