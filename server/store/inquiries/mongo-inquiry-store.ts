import { inTransaction } from '../change-stamps/stamps';
import { Types } from 'mongoose';
import { effectiveRules } from '../../domain/committees/rule-settings';
import type { InquiryFilter, InquiryMeeting, InquiryState, InquiryStore } from '../../domain/inquiries/ports';
import { DEFAULT_INQUIRY_NUMBER_PATTERN } from '../../domain/inquiries/numbering';
import { BodyModel } from '../models/body';
import { FollowUpModel } from '../models/follow-up';
import { InquiryModel } from '../models/inquiry';
import { MeetingModel } from '../models/meeting';
import { MembershipModel } from '../models/membership';
import { OrganizationModel } from '../models/organization';
import { PersonModel } from '../models/person';
import { UserModel } from '../models/user';
import { InquiryCounterModel } from './inquiry-counter';
import { toInquiry, type InquiryLean } from './mapping';

/** States in which an Anfrage counts against the per-meeting limit. */
const COUNTING_STATES: InquiryState[] = [
  'eingereicht',
  'angenommen',
  'zugewiesen',
  'beantwortet',
  'veroeffentlicht',
];

function valid(id: string | undefined): id is string {
  return !!id && Types.ObjectId.isValid(id);
}

function currentAt(now: Date) {
  return {
    $and: [
      { $or: [{ startDate: null }, { startDate: { $lte: now } }] },
      { $or: [{ endDate: null }, { endDate: { $gt: now } }] },
    ],
  };
}

/** Chat principals without a dashboard login carry no User id. */
function userRef(userId: string | undefined): string | undefined {
  return valid(userId) ? userId : undefined;
}

function isDuplicateKey(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: number }).code === 11000;
}

async function currentMemberships(personId: string, now: Date) {
  return MembershipModel.find(
    { person: personId, ...currentAt(now) },
    { organization: 1, onBehalfOf: 1 },
  ).lean();
}

async function fraktionIdsOf(personId: string, now: Date): Promise<Types.ObjectId[]> {
  const memberships = await currentMemberships(personId, now);
  const fraktionen = await OrganizationModel.find(
    { _id: { $in: memberships.map((m) => m.organization) }, kind: 'fraktion' },
    { _id: 1 },
  ).lean();
  return fraktionen.map((f) => f._id);
}

export const mongoInquiryStore: InquiryStore = {
  async committee(committeeId) {
    if (!valid(committeeId)) return null;
    const committee = await OrganizationModel.findOne({ _id: committeeId, kind: 'committee' }).lean();
    if (!committee) return null;
    const body = await BodyModel.findById(committee.body).lean();
    return {
      id: committee._id.toString(),
      bodyId: committee.body.toString(),
      name: committee.name,
      shortName: committee.shortName,
      rules: effectiveRules(
        (body ?? undefined) as Parameters<typeof effectiveRules>[0],
        committee as Parameters<typeof effectiveRules>[1],
      ).inquiryRules,
      holidayState: body?.state || 'NW',
      numberPattern: body?.inquiryNumberPattern || DEFAULT_INQUIRY_NUMBER_PATTERN,
    };
  },

  async fileableCommittees(personId, now) {
    if (!valid(personId)) return [];
    const memberships = await currentMemberships(personId, now);
    const fraktionen = await fraktionIdsOf(personId, now);
    const viaFraktion = fraktionen.length
      ? await MembershipModel.distinct('organization', { onBehalfOf: { $in: fraktionen }, ...currentAt(now) })
      : [];
    const ids = [...memberships.map((m) => m.organization), ...viaFraktion];
    const committees = await OrganizationModel.find(
      { _id: { $in: ids }, kind: 'committee' },
      { shortName: 1 },
    )
      .sort({ shortName: 1 })
      .lean();
    return committees.map((c) => ({ id: c._id.toString(), shortName: c.shortName }));
  },

  async fraktionenOf(personId, now) {
    if (!valid(personId)) return [];
    const ids = await fraktionIdsOf(personId, now);
    const fraktionen = await OrganizationModel.find({ _id: { $in: ids } }, { name: 1 })
      .sort({ name: 1 })
      .lean();
    return fraktionen.map((f) => ({ id: f._id.toString(), name: f.name }));
  },

  async filingRights(personId, committeeId, now) {
    if (!valid(personId) || !valid(committeeId)) return { ownSeat: false, seatedFraktionen: [] };
    const ownSeat = await MembershipModel.exists({
      person: personId,
      organization: committeeId,
      ...currentAt(now),
    });
    const fraktionen = await fraktionIdsOf(personId, now);
    const seated = fraktionen.length
      ? await MembershipModel.distinct('onBehalfOf', {
          organization: committeeId,
          onBehalfOf: { $in: fraktionen },
          ...currentAt(now),
        })
      : [];
    return { ownSeat: !!ownSeat, seatedFraktionen: seated.map((id) => String(id)) };
  },

  async upcomingMeetings(committeeId, after, limit) {
    if (!valid(committeeId)) return [];
    const meetings = await MeetingModel.find(
      {
        organization: committeeId,
        start: { $gt: after },
        cancelled: { $ne: true },
        state: { $ne: 'abgesagt' },
      },
      { name: 1, start: 1, organization: 1, cancelled: 1, state: 1 },
    )
      .sort({ start: 1 })
      .limit(limit)
      .lean();
    return meetings.map(toMeeting);
  },

  async meeting(meetingId) {
    if (!valid(meetingId)) return null;
    const meeting = await MeetingModel.findById(meetingId, {
      name: 1,
      start: 1,
      organization: 1,
      cancelled: 1,
      state: 1,
    }).lean();
    return meeting ? toMeeting(meeting) : null;
  },

  async countForMeeting(meetingId, by, before) {
    return InquiryModel.countDocuments({
      meeting: meetingId,
      supplementTo: null,
      state: { $in: COUNTING_STATES },
      ...(by.onBehalfOf ? { onBehalfOf: by.onBehalfOf } : { author: by.authorPersonId }),
      ...(valid(before) ? { _id: { $lt: before } } : {}),
    });
  },

  async discardUnnumbered(inquiryId) {
    await inTransaction(() => InquiryModel.deleteOne({ _id: inquiryId, number: null }));
  },

  async findByRequest(authorPersonId, requestId) {
    if (!valid(authorPersonId)) return null;
    const found = await InquiryModel.findOne({ author: authorPersonId, requestId }).lean<InquiryLean>();
    return found ? toInquiry(found) : null;
  },

  async insert(inquiry) {
    try {
      const fields = {
        body: inquiry.bodyId,
        organization: inquiry.committeeId,
        meeting: inquiry.meetingId,
        subject: inquiry.subject,
        text: inquiry.text,
        kind: inquiry.kind,
        author: inquiry.authorPersonId,
        onBehalfOf: inquiry.onBehalfOf,
        attachmentUrl: inquiry.attachmentUrl,
        public: inquiry.public,
        late: inquiry.late,
        movedFrom: inquiry.movedFrom,
        requestId: inquiry.requestId,
        supplementTo: inquiry.supplementTo,
        state: inquiry.state ?? 'eingereicht',
        department: inquiry.department,
        dueDate: inquiry.dueDate,
        history: inquiry.history.map((h) => ({
          state: h.state,
          at: h.at,
          by: userRef(h.byUserId),
          note: h.note,
        })),
      };
      const created = await inTransaction(() => InquiryModel.create(fields));
      return { created: true, inquiry: toInquiry(created.toObject() as unknown as InquiryLean) };
    } catch (error) {
      if (!isDuplicateKey(error) || !inquiry.requestId) throw error;
      const existing = await InquiryModel.findOne({
        author: inquiry.authorPersonId,
        requestId: inquiry.requestId,
      }).lean<InquiryLean>();
      if (!existing) throw error;
      return { created: false, inquiry: toInquiry(existing) };
    }
  },

  async nextSequence(bodyId, year) {
    for (let attempt = 0; ; attempt += 1) {
      try {
        const counter = await InquiryCounterModel.findOneAndUpdate(
          { body: bodyId, year },
          { $inc: { seq: 1 } },
          { upsert: true, returnDocument: 'after' },
        ).lean();
        if (!counter) throw new Error('inquiry counter not returned');
        return counter.seq;
      } catch (error) {
        // Two first draws of a year race on the upsert; the loser simply increments the winner's.
        if (!isDuplicateKey(error) || attempt >= 3) throw error;
      }
    }
  },

  async claimNumbering(inquiryId, now, staleBefore) {
    const claimed = await inTransaction(() =>
      InquiryModel.updateOne(
        {
          _id: inquiryId,
          number: null,
          $or: [{ numberingClaimedAt: null }, { numberingClaimedAt: { $lt: staleBefore } }],
        },
        { $set: { numberingClaimedAt: now } },
      ),
    );
    return claimed.modifiedCount === 1;
  },

  async setNumber(inquiryId, number) {
    try {
      await inTransaction(() =>
        InquiryModel.updateOne({ _id: inquiryId, number: null }, { $set: { number } }),
      );
      return true;
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  },

  async find(inquiryId) {
    if (!valid(inquiryId)) return null;
    const found = await InquiryModel.findById(inquiryId).lean<InquiryLean>();
    return found ? toInquiry(found) : null;
  },

  async list(filter, limit) {
    const found = await InquiryModel.find(toQuery(filter))
      .sort({ dueDate: 1, createdAt: -1 })
      .limit(limit)
      .lean<InquiryLean[]>();
    return found.map(toInquiry);
  },

  async transition(inquiryId, from, change) {
    if (!valid(inquiryId)) return null;
    const $set: Record<string, unknown> = {};
    if (change.state) $set.state = change.state;
    if (change.department !== undefined) $set.department = change.department;
    if (change.dueDate !== undefined) $set.dueDate = change.dueDate;
    if (change.answer !== undefined) $set.answer = change.answer;
    if (change.reason !== undefined) $set.reason = change.reason;
    if (change.meetingId !== undefined) $set.meeting = change.meetingId;
    const $push: Record<string, unknown> = {
      history: {
        state: change.history.state,
        at: change.history.at,
        by: userRef(change.history.byUserId),
        note: change.history.note,
      },
    };
    if (change.addendum) $push.addenda = change.addendum;
    const updated = await inTransaction(() =>
      InquiryModel.findOneAndUpdate(
        { _id: inquiryId, state: { $in: from } },
        { $set, $push },
        { returnDocument: 'after' },
      ).lean<InquiryLean>(),
    );
    return updated ? toInquiry(updated) : null;
  },

  async meetingsStartedBefore(ids, before) {
    const meetings = await MeetingModel.find(
      { _id: { $in: ids.filter(valid) }, start: { $lt: before } },
      { _id: 1 },
    ).lean();
    return meetings.map((m) => m._id.toString());
  },

  async markCarried(inquiryId, meetingId, agendaItemId) {
    await inTransaction(() =>
      InquiryModel.updateOne(
        { _id: inquiryId, 'carriedTo.meeting': { $ne: meetingId } },
        { $push: { carriedTo: { meeting: meetingId, agendaItem: agendaItemId } } },
      ),
    );
  },

  async createZusage(followUp) {
    const fields = {
      body: followUp.bodyId,
      organization: followUp.committeeId,
      meeting: followUp.meetingId,
      agendaItem: followUp.agendaItemId,
      inquiry: followUp.inquiryId,
      kind: 'zusage' as const,
      title: followUp.title,
      public: followUp.public,
      ownerDepartment: followUp.department,
      dueDate: followUp.dueDate,
    };
    const created = await inTransaction(() => FollowUpModel.create(fields));
    return created._id.toString();
  },

  async departmentPersons(department) {
    const persons = await PersonModel.find({ department }, { _id: 1 }).lean();
    const users = await UserModel.find(
      { department, roles: 'department', disabled: { $ne: true }, person: { $ne: null } },
      { person: 1 },
    ).lean();
    const ids = new Set([...persons.map((p) => p._id.toString()), ...users.map((u) => String(u.person))]);
    return [...ids];
  },

  async personName(personId) {
    if (!valid(personId)) return '';
    const person = await PersonModel.findById(personId, { name: 1 }).lean();
    return person?.name ?? '';
  },
};

function toMeeting(meeting: {
  _id: Types.ObjectId;
  organization: Types.ObjectId;
  name: string;
  start: Date;
  cancelled?: boolean | null;
  state?: string | null;
}): InquiryMeeting {
  return {
    id: meeting._id.toString(),
    committeeId: meeting.organization.toString(),
    name: meeting.name,
    start: meeting.start,
    cancelled: !!meeting.cancelled || meeting.state === 'abgesagt',
  };
}

function toQuery(filter: InquiryFilter): Record<string, unknown> {
  const and: Record<string, unknown>[] = [];
  if (filter.states?.length) and.push({ state: { $in: filter.states } });
  if (filter.committeeIds) and.push({ organization: { $in: filter.committeeIds.filter(valid) } });
  if (filter.dueBefore || filter.dueAfter) {
    and.push({
      dueDate: {
        ...(filter.dueBefore ? { $lt: filter.dueBefore } : {}),
        ...(filter.dueAfter ? { $gte: filter.dueAfter } : {}),
      },
    });
  }
  if (filter.authorPersonId)
    and.push({ author: valid(filter.authorPersonId) ? filter.authorPersonId : null });
  if (filter.department !== undefined) and.push({ department: filter.department });
  if (filter.scope) {
    const { committeeIds, department, authorPersonId, published } = filter.scope;
    const any: Record<string, unknown>[] = [];
    if (committeeIds.length) any.push({ organization: { $in: committeeIds.filter(valid) } });
    if (department) any.push({ department });
    if (valid(authorPersonId)) any.push({ author: authorPersonId });
    if (published) any.push({ state: 'veroeffentlicht', public: true });
    and.push(any.length ? { $or: any } : { _id: null });
  }
  return and.length ? { $and: and } : {};
}
