import { Types } from 'mongoose';
import { effectiveRules } from '../../domain/committees/rule-settings';
import { BodyModel } from '../../store/models/body';
import { FollowUpModel } from '../../store/models/follow-up';
import { LocationModel } from '../../store/models/location';
import { MeetingModel } from '../../store/models/meeting';
import { MembershipModel } from '../../store/models/membership';
import { OrganizationModel } from '../../store/models/organization';
import type { FeedDeadline, FeedFollowUp, FeedMeeting } from './calendar';
import { filingDeadline } from './filing-deadline';

const DAY = 86_400_000;
/** Feeds reach a year back and two years ahead: enough for calendar apps, bounded for the ten-year data set. */
export function feedWindow(now: Date): { from: Date; to: Date } {
  return { from: new Date(now.getTime() - 365 * DAY), to: new Date(now.getTime() + 730 * DAY) };
}

export interface CommitteeRef {
  id: string;
  name: string;
}

export async function findCommittee(id: string): Promise<CommitteeRef | null> {
  if (!Types.ObjectId.isValid(id)) return null;
  const committee = await OrganizationModel.findOne({ _id: id, kind: 'committee' }).select('name').lean();
  return committee ? { id: committee._id.toHexString(), name: committee.name } : null;
}

/** Meetings with their public agenda titles only; the nichtöffentlicher Teil never leaves this function. */
export async function publicFeedMeetings(
  window: { from: Date; to: Date },
  committeeIds?: readonly string[],
): Promise<FeedMeeting[]> {
  const filter: Record<string, unknown> = { start: { $gte: window.from, $lt: window.to } };
  if (committeeIds) filter.organization = { $in: committeeIds.map((id) => new Types.ObjectId(id)) };
  const meetings = await MeetingModel.find(filter).sort({ start: 1 }).lean();
  const committeeNames = await namesOf(
    OrganizationModel,
    meetings.map((m) => m.organization),
  );
  const locations = await LocationModel.find({
    _id: { $in: meetings.map((m) => m.location).filter(Boolean) },
  }).lean();
  const locationText = new Map(
    locations.map((l) => [l._id.toHexString(), [l.description, l.room].filter(Boolean).join(', ')]),
  );
  return meetings.map((meeting) => ({
    id: meeting._id.toHexString(),
    name: meeting.name,
    committeeName: committeeNames.get(meeting.organization.toHexString()) ?? '',
    start: meeting.start,
    end: meeting.end ?? undefined,
    location: meeting.location ? locationText.get(meeting.location.toHexString()) : undefined,
    cancelled: meeting.cancelled || meeting.state === 'abgesagt',
    version: (meeting as { __v?: number }).__v ?? 0,
    updatedAt: (meeting as { updatedAt?: Date }).updatedAt,
    publicItemTitles: [...meeting.agendaItems]
      .filter((item) => item.public)
      .sort((a, b) => a.order - b.order)
      .map((item) => `${item.number} ${item.name}`),
  }));
}

export interface FeedOwner {
  personId?: string;
  officeCommitteeIds: string[];
}

/** Committees where the person holds a current membership (the ones they may file Anfragen in). */
export async function memberCommitteeIds(personId: string, now: Date): Promise<string[]> {
  const memberships = await MembershipModel.find({
    person: personId,
    $and: [
      { $or: [{ startDate: null }, { startDate: { $lte: now } }] },
      { $or: [{ endDate: null }, { endDate: { $gte: now } }] },
    ],
  })
    .select('organization')
    .lean();
  return [...new Set(memberships.map((m) => m.organization.toHexString()))];
}

/** Filing deadlines of the committees' upcoming (not cancelled) meetings, per the effective rules. */
export async function filingDeadlines(
  committeeIds: readonly string[],
  now: Date,
  until: Date,
): Promise<FeedDeadline[]> {
  if (committeeIds.length === 0) return [];
  const committees = await OrganizationModel.find({ _id: { $in: committeeIds } }).lean();
  const bodies = await BodyModel.find({ _id: { $in: committees.map((c) => c.body) } }).lean();
  const meetings = await MeetingModel.find({
    organization: { $in: committees.map((c) => c._id) },
    start: { $gt: now, $lt: until },
    cancelled: { $ne: true },
    state: { $nin: ['abgesagt', 'durchgefuehrt'] },
  })
    .select('name organization start')
    .sort({ start: 1 })
    .lean();
  return meetings.map((meeting) => {
    const committee = committees.find((c) => c._id.equals(meeting.organization));
    const body = bodies.find((b) => committee && b._id.equals(committee.body));
    const rules = effectiveRules(plainRules(body), plainRules(committee)).inquiryRules;
    return {
      meetingId: meeting._id.toHexString(),
      meetingName: meeting.name,
      committeeName: committee?.name ?? '',
      deadline: filingDeadline(meeting.start, rules, body?.state ?? undefined),
    };
  });
}

export async function openFollowUpsOf(personId: string): Promise<FeedFollowUp[]> {
  const followUps = await FollowUpModel.find({
    ownerPerson: personId,
    status: 'offen',
    dueDate: { $ne: null },
  }).lean();
  const committeeNames = await namesOf(
    OrganizationModel,
    followUps.map((f) => f.organization),
  );
  return followUps.map((followUp) => ({
    id: followUp._id.toHexString(),
    // Feeds end up in third-party calendar apps: a non-public title stays in the dashboard.
    title: followUp.public ? followUp.title : 'Nichtöffentlicher Auftrag',
    committeeName: committeeNames.get(followUp.organization.toHexString()) ?? '',
    dueDate: followUp.dueDate as Date,
    updatedAt: (followUp as { updatedAt?: Date }).updatedAt,
  }));
}

type RulesHolder = { quorumRules?: unknown; inquiryRules?: unknown } | null | undefined;

/** Lean sub-documents hold nulls and mongoose defaults; effectiveRules wants plain partial objects. */
function plainRules(holder: RulesHolder): { inquiryRules?: Record<string, never> } {
  const rules = holder?.inquiryRules;
  return rules && typeof rules === 'object' ? { inquiryRules: rules as Record<string, never> } : {};
}

async function namesOf(
  model: typeof OrganizationModel,
  ids: readonly Types.ObjectId[],
): Promise<Map<string, string>> {
  const docs = await model
    .find({ _id: { $in: [...new Set(ids.map((id) => id.toHexString()))] } })
    .select('name')
    .lean();
  return new Map(docs.map((doc) => [doc._id.toHexString(), doc.name]));
}
