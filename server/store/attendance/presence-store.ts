import { Types, isValidObjectId } from 'mongoose';
import type { PresenceStore } from '../../domain/attendance/presence/ports';
import { berlin, berlinParts } from '../../domain/time/berlin';
import { AttendanceModel } from '../models/attendance';
import { MeetingModel } from '../models/meeting';
import { loadQuorumSituation } from './quorum-situation';

const HOUR_MS = 60 * 60_000;
const SAME_EVENT_MS = 60_000;
const oid = (id: string) => new Types.ObjectId(id);

/** Attendance timelines, Befangenheit and the established lack of quorum on MongoDB. */
export const mongoPresenceStore: PresenceStore = {
  load: loadQuorumSituation,

  async addEvent(meetingId, personId, category, event) {
    // A double click (two requests at once) must not store the same arrival twice.
    const near = {
      $gte: new Date(event.at.getTime() - SAME_EVENT_MS),
      $lte: new Date(event.at.getTime() + SAME_EVENT_MS),
    };
    try {
      const result = await AttendanceModel.updateOne(
        {
          meeting: oid(meetingId),
          person: oid(personId),
          events: { $not: { $elemMatch: { kind: event.kind, at: near } } },
        },
        {
          $setOnInsert: { category },
          $push: { events: { kind: event.kind, at: event.at, source: event.source } },
        },
        { upsert: true },
      );
      return result.modifiedCount + result.upsertedCount > 0;
    } catch (err) {
      if ((err as { code?: number }).code === 11000) return false;
      throw err;
    }
  },

  async removeEvent(meetingId, personId, event) {
    const result = await AttendanceModel.updateOne(
      {
        meeting: oid(meetingId),
        person: oid(personId),
        events: { $elemMatch: { kind: event.kind, at: event.at } },
      },
      { $pull: { events: { kind: event.kind, at: event.at } } },
    );
    return result.modifiedCount > 0;
  },

  async setBiased(meetingId, personId, category, agendaItemId, biased) {
    const item = oid(agendaItemId);
    if (biased) {
      const result = await AttendanceModel.updateOne(
        { meeting: oid(meetingId), person: oid(personId), biasedItems: { $ne: item } },
        { $setOnInsert: { category }, $push: { biasedItems: item } },
        { upsert: true },
      ).catch((err: unknown) => {
        // The upsert hits the unique key when the document exists and already holds the item.
        if ((err as { code?: number }).code === 11000) return { modifiedCount: 0, upsertedCount: 0 };
        throw err;
      });
      return result.modifiedCount + result.upsertedCount > 0;
    }
    const result = await AttendanceModel.updateOne(
      { meeting: oid(meetingId), person: oid(personId), biasedItems: item },
      { $pull: { biasedItems: item } },
    );
    return result.modifiedCount > 0;
  },

  async setLackEstablished(meetingId, value) {
    await MeetingModel.updateOne(
      { _id: oid(meetingId) },
      value
        ? { $set: { quorumLackEstablished: { at: value.at, ...(value.by ? { by: oid(value.by) } : {}) } } }
        : { $unset: { quorumLackEstablished: 1 } },
    );
  },

  async meetingOfDay(committeeId, now) {
    if (!isValidObjectId(committeeId)) return null;
    const day = berlinParts(now);
    const meetings = await MeetingModel.find({
      organization: oid(committeeId),
      cancelled: { $ne: true },
      start: { $gte: berlin(day.year, day.month, day.day), $lt: berlin(day.year, day.month, day.day + 1) },
    })
      .sort({ start: 1 })
      .select({ _id: 1, start: 1 })
      .lean();
    // Two sessions on one day: the one that has begun (or begins within the hour) last.
    const begun = meetings.filter((m) => m.start.getTime() - HOUR_MS <= now.getTime());
    const meeting = begun[begun.length - 1] ?? meetings[0];
    return meeting ? String(meeting._id) : null;
  },

  async currentOrNextMeeting(committeeId, now) {
    const today = await this.meetingOfDay(committeeId, now);
    if (today || !isValidObjectId(committeeId)) return today;
    const next = await MeetingModel.findOne({
      organization: oid(committeeId),
      cancelled: { $ne: true },
      start: { $gt: now },
    })
      .sort({ start: 1 })
      .select({ _id: 1 })
      .lean();
    return next ? String(next._id) : null;
  },
};
