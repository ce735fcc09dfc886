import { Types } from 'mongoose';
import { fullName, plainName } from '../../domain/attendance-list/names';
import { formatAttendanceList } from '../../domain/attendance-list/format';
import type { AgendaResult } from '../../domain/agenda/results';
import type { MinutesAddition, MinutesData, MinutesItem } from '../../domain/minutes/minutes-data';
import type { MinutesSource } from '../../domain/minutes/ports';
import { BodyModel } from '../models/body';
import { FollowUpModel } from '../models/follow-up';
import { InquiryModel } from '../models/inquiry';
import { LegislativeTermModel } from '../models/legislative-term';
import { LocationModel } from '../models/location';
import { MeetingModel } from '../models/meeting';
import { OrganizationModel } from '../models/organization';
import { PaperModel } from '../models/paper';
import { attendanceListFor } from '../attendance/attendance-list-source';
import { toStoredVote } from '../results/mongo-result-store';
import { attendanceFacts } from './attendance-input';

type ItemLean = {
  _id: Types.ObjectId;
  number: string;
  order: number;
  level?: number | null;
  name: string;
  public: boolean;
  paper?: Types.ObjectId | null;
  result?: string | null;
  resolutionText?: string | null;
  vote?: Parameters<typeof toStoredVote>[0] | null;
};

async function termName(meeting: {
  legislativeTerm?: Types.ObjectId | null;
  body: Types.ObjectId;
  start: Date;
}): Promise<string | undefined> {
  const filter = meeting.legislativeTerm
    ? { _id: meeting.legislativeTerm }
    : {
        body: meeting.body,
        startDate: { $lte: meeting.start },
        $or: [{ endDate: null }, { endDate: { $gte: meeting.start } }],
      };
  const term = await LegislativeTermModel.findOne(filter).lean<{ name: string }>();
  return term?.name;
}

async function locationText(id: unknown): Promise<string | undefined> {
  if (!id) return undefined;
  const location = await LocationModel.findById(id).lean();
  return location ? [location.description, location.room].filter(Boolean).join(', ') : undefined;
}

/**
 * Additions to the minutes: completed Zusagen of an item ("Ergänzende Antwort zur Niederschrift")
 * and answered Anfragen of the meeting, under the item of their paper.
 */
async function additionsByItem(meetingId: Types.ObjectId, items: readonly ItemLean[]) {
  const [followUps, inquiries] = await Promise.all([
    // A withdrawn (aufgehoben) Zusage keeps its reason in completionNote: it is no answer.
    FollowUpModel.find({
      meeting: meetingId,
      kind: 'zusage',
      status: 'erledigt',
      completionNote: { $nin: [null, ''] },
    })
      .sort({ completedAt: 1 })
      .lean(),
    InquiryModel.find({ meeting: meetingId, 'answer.text': { $nin: [null, ''] } })
      .sort({ createdAt: 1 })
      .lean(),
  ]);
  const additions = new Map<string, MinutesAddition[]>();
  if (items.length === 0) return additions;
  const add = (itemId: string, addition: MinutesAddition) =>
    additions.set(itemId, [...(additions.get(itemId) ?? []), addition]);
  for (const followUp of followUps) {
    if (followUp.agendaItem && followUp.completionNote) {
      add(followUp.agendaItem.toString(), { text: followUp.completionNote, public: followUp.public ?? true });
    }
  }
  for (const inquiry of inquiries) {
    const item = inquiry.paper ? items.find((i) => i.paper?.equals(inquiry.paper!)) : undefined;
    if (item && inquiry.answer?.text)
      add(item._id.toString(), { text: inquiry.answer.text, public: inquiry.public });
  }
  return additions;
}

/**
 * The draft minutes' data from MongoDB. The attendance lists come from the attendance workflow's
 * list source; the records read here directly only name the chair and the Schriftführung (and
 * stand in when that source has nothing).
 */
export function mongoMinutesSource(clock: () => Date): MinutesSource {
  return {
    minutesData: (meetingId) => minutesData(meetingId, clock()),
  };
}

async function minutesData(meetingId: string, now: Date): Promise<MinutesData | null> {
  if (!Types.ObjectId.isValid(meetingId)) return null;
  const meeting = await MeetingModel.findById(meetingId).lean();
  if (!meeting) return null;
  const items = (meeting.agendaItems ?? []) as unknown as ItemLean[];
  const [committee, body, term, place, attendance, listed, papers, additions] = await Promise.all([
    OrganizationModel.findById(meeting.organization).lean(),
    BodyModel.findById(meeting.body).lean(),
    termName(meeting),
    locationText(meeting.location),
    attendanceFacts(meeting),
    attendanceListFor(meetingId, now),
    PaperModel.find(
      { _id: { $in: items.flatMap((i) => (i.paper ? [i.paper] : [])) } },
      { reference: 1, public: 1 },
    ).lean(),
    additionsByItem(meeting._id, items),
  ]);
  const references = new Map(papers.map((p) => [p._id.toString(), p.reference]));
  const publicPapers = new Set(papers.filter((p) => p.public !== false).map((p) => p._id.toString()));
  // Kreis Mettmann numbers on into the nichtöffentlicher Teil and prints names only (seed 002).
  const format = committee?.agendaRestartNumberingInNonPublic === false ? 'nameList' : 'fraktionTable';
  const minutesItems = items.map((item): MinutesItem => ({
    id: item._id.toString(),
    number: item.number,
    name: item.name,
    public: item.public,
    level: item.level === 2 ? 2 : 1,
    order: item.order,
    ...(item.paper && references.get(item.paper.toString())
      ? {
          paperReference: references.get(item.paper.toString()),
          paperPublic: publicPapers.has(item.paper.toString()),
        }
      : {}),
    ...(item.resolutionText ? { resolutionText: item.resolutionText } : {}),
    ...(item.result ? { result: item.result as AgendaResult } : {}),
    ...(item.vote ? { vote: toStoredVote(item.vote) } : {}),
    additions: additions.get(item._id.toString()) ?? [],
  }));
  const data: MinutesData = {
    meetingId: meeting._id.toString(),
    committeeId: meeting.organization.toString(),
    bodyName: body?.name ?? '',
    committeeName: committee?.name ?? '',
    committeeShortName: committee?.shortName ?? '',
    meetingName: meeting.name,
    ...(term ? { termName: term } : {}),
    start: meeting.start,
    ...(meeting.end ? { end: meeting.end } : {}),
    ...(place ? { locationText: place } : {}),
    attendance: formatAttendanceList(listed ?? attendance.input, format),
    items: minutesItems,
    ...(attendance.chair
      ? { chair: { name: fullName(attendance.chair.person), role: attendance.chair.role } }
      : {}),
    ...(attendance.secretary ? { secretary: { name: plainName(attendance.secretary) } } : {}),
  };
  return data;
}
