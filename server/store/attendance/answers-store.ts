import { Types } from 'mongoose';
import type {
  AnswerRecord,
  AttendanceRequestStore,
  RequestMeeting,
  Seat,
} from '../../domain/attendance/requests/ports';
import { AttendanceModel } from '../models/attendance';
import { BodyModel } from '../models/body';
import { MeetingModel } from '../models/meeting';
import { MembershipModel } from '../models/membership';
import { OrganizationModel } from '../models/organization';
import { PersonModel } from '../models/person';
import { printedName } from './printed-name';

export const DEFAULT_REQUEST_DAYS_BEFORE = 5;

interface MeetingLean {
  _id: Types.ObjectId;
  organization: Types.ObjectId;
  body: Types.ObjectId;
  start: Date;
  cancelled?: boolean | null;
}

/** Attendance requests and answers on MongoDB (Attendance, Meeting, Membership, Person). */
export const mongoAttendanceRequestStore: AttendanceRequestStore = {
  async meetingsStartingBetween(from, until) {
    const meetings = await MeetingModel.find(
      { start: { $gt: from, $lte: until }, cancelled: { $ne: true } },
      { organization: 1, body: 1, start: 1, cancelled: 1 },
    )
      .sort({ start: 1 })
      .lean<MeetingLean[]>();
    return withLeadTimes(meetings);
  },

  async findMeeting(meetingId) {
    if (!Types.ObjectId.isValid(meetingId)) return null;
    const meeting = await MeetingModel.findById(meetingId, {
      organization: 1,
      body: 1,
      start: 1,
      cancelled: 1,
    }).lean<MeetingLean>();
    if (!meeting) return null;
    return (await withLeadTimes([meeting]))[0] ?? null;
  },

  async seats(committeeId, at) {
    const memberships = await MembershipModel.find({
      organization: committeeId,
      $and: [
        { $or: [{ startDate: null }, { startDate: { $lte: at } }] },
        { $or: [{ endDate: null }, { endDate: { $gte: at } }] },
      ],
    })
      .sort({ startDate: 1, _id: 1 })
      .lean();
    const persons = await PersonModel.find(
      { _id: { $in: memberships.map((m) => m.person) } },
      { formOfAddress: 1, title: 1, familyName: 1 },
    ).lean();
    const nameOf = new Map(persons.map((p) => [p._id.toString(), printedName(p)]));
    return memberships.flatMap((m): Seat[] => {
      const name = nameOf.get(m.person.toString());
      if (name === undefined) return [];
      const mayRepresent = (m.mayRepresent ?? []).map(String);
      return [
        {
          personId: m.person.toString(),
          name,
          role: m.role,
          votingRight: m.votingRight,
          ...(m.onBehalfOf ? { onBehalfOf: m.onBehalfOf.toString() } : {}),
          ...(mayRepresent.length > 0 ? { mayRepresent } : {}),
        },
      ];
    });
  },

  async answers(meetingId) {
    if (!Types.ObjectId.isValid(meetingId)) return [];
    const docs = await AttendanceModel.find({ meeting: meetingId }).lean();
    return docs.map((doc): AnswerRecord => ({
      personId: doc.person.toString(),
      category: doc.category,
      ...(doc.response ? { response: doc.response } : {}),
      ...(doc.substituteFor ? { substituteFor: doc.substituteFor.toString() } : {}),
      ...(typeof doc.substituteConfirmed === 'boolean'
        ? { substituteConfirmed: doc.substituteConfirmed }
        : {}),
      ...(doc.requestedAt ? { requestedAt: doc.requestedAt } : {}),
      ...(doc.remindedAt ? { remindedAt: doc.remindedAt } : {}),
    }));
  },

  async saveAnswer(meetingId, personId, change, at) {
    const set: Record<string, unknown> = { category: change.category };
    const unset: Record<string, 1> = {};
    if (change.response === null) unset.response = 1;
    else if (change.response) Object.assign(set, { response: change.response, respondedAt: at });
    for (const field of ['substituteFor', 'substituteConfirmed'] as const) {
      if (change[field] === null) unset[field] = 1;
      else if (change[field] !== undefined) set[field] = change[field];
    }
    await AttendanceModel.updateOne(
      { meeting: meetingId, person: personId },
      { $set: set, ...(Object.keys(unset).length > 0 ? { $unset: unset } : {}) },
      { upsert: true },
    );
  },

  async markRequested(meetingId, personId, at) {
    await AttendanceModel.updateOne(
      { meeting: meetingId, person: personId },
      { $min: { requestedAt: at }, $setOnInsert: { category: 'member' } },
      { upsert: true },
    );
  },

  async markReminded(meetingId, personId, at) {
    await AttendanceModel.updateOne({ meeting: meetingId, person: personId }, { $min: { remindedAt: at } });
  },
};

/** The lead time of each meeting: the committee's setting, else the body's, else 5 days. */
async function withLeadTimes(meetings: readonly MeetingLean[]): Promise<RequestMeeting[]> {
  const committees = await OrganizationModel.find(
    { _id: { $in: [...new Set(meetings.map((m) => m.organization.toString()))] } },
    { body: 1, attendanceRequestDaysBefore: 1 },
  ).lean();
  const bodies = await BodyModel.find(
    { _id: { $in: [...new Set(meetings.map((m) => m.body.toString()))] } },
    { attendanceRequestDaysBefore: 1 },
  ).lean();
  const committeeDays = new Map(
    committees.map((c) => [c._id.toString(), c.attendanceRequestDaysBefore ?? undefined]),
  );
  const bodyDays = new Map(bodies.map((b) => [b._id.toString(), b.attendanceRequestDaysBefore ?? undefined]));
  return meetings.map((m) => ({
    id: m._id.toString(),
    committeeId: m.organization.toString(),
    start: m.start,
    cancelled: m.cancelled === true,
    requestDaysBefore:
      committeeDays.get(m.organization.toString()) ??
      bodyDays.get(m.body.toString()) ??
      DEFAULT_REQUEST_DAYS_BEFORE,
  }));
}
