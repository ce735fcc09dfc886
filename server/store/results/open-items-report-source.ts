import { Types } from 'mongoose';
import type { ReportEntry, ReportSource } from '../../domain/reports/open-items-report';
import { FollowUpModel } from '../models/follow-up';
import { MeetingModel } from '../models/meeting';
import { OrganizationModel } from '../models/organization';
import { PaperModel } from '../models/paper';
import { PersonModel } from '../models/person';

type ItemLean = { _id: Types.ObjectId; number: string; public: boolean; paper?: Types.ObjectId | null };

const idsOf = (values: (Types.ObjectId | null | undefined)[]) => [
  ...new Map(values.flatMap((v) => (v ? [[v.toString(), v] as const] : []))).values(),
];

export const mongoReportSource: ReportSource = {
  async committee(committeeId) {
    if (!Types.ObjectId.isValid(committeeId)) return null;
    const committee = await OrganizationModel.findOne({ _id: committeeId, kind: 'committee' }).lean();
    return committee
      ? { id: committee._id.toString(), name: committee.name, shortName: committee.shortName }
      : null;
  },

  async openEntries(committeeId) {
    const followUps = await FollowUpModel.find({ organization: committeeId, status: 'offen' }).lean();
    const [meetings, persons] = await Promise.all([
      MeetingModel.find(
        { _id: { $in: idsOf(followUps.map((f) => f.meeting)) } },
        { start: 1, agendaItems: 1 },
      ).lean(),
      PersonModel.find({ _id: { $in: idsOf(followUps.map((f) => f.ownerPerson)) } }, { name: 1 }).lean(),
    ]);
    const meetingById = new Map(meetings.map((m) => [m._id.toString(), m]));
    const itemOf = (meetingId?: Types.ObjectId | null, itemId?: Types.ObjectId | null) =>
      meetingId && itemId
        ? ((meetingById.get(meetingId.toString())?.agendaItems ?? []) as unknown as ItemLean[]).find((i) =>
            i._id.equals(itemId),
          )
        : undefined;
    const paperIds = idsOf(followUps.map((f) => f.paper ?? itemOf(f.meeting, f.agendaItem)?.paper));
    const papers = await PaperModel.find({ _id: { $in: paperIds } }, { reference: 1, public: 1 }).lean();
    const reference = new Map(papers.map((p) => [p._id.toString(), p.reference]));
    const publicPaper = new Set(papers.filter((p) => p.public !== false).map((p) => p._id.toString()));
    const personName = new Map(persons.map((p) => [p._id.toString(), p.name]));
    return followUps.map((followUp): ReportEntry => {
      const item = itemOf(followUp.meeting, followUp.agendaItem);
      const paper = followUp.paper ?? item?.paper;
      const owner =
        (followUp.ownerPerson && personName.get(followUp.ownerPerson.toString())) || followUp.ownerDepartment;
      const meeting = followUp.meeting ? meetingById.get(followUp.meeting.toString()) : undefined;
      return {
        id: followUp._id.toString(),
        kind: followUp.kind,
        title: followUp.title,
        public: (followUp.public ?? true) && item?.public !== false,
        ...(owner ? { owner } : {}),
        ...(followUp.dueDate ? { dueDate: followUp.dueDate } : {}),
        ...(meeting ? { meetingDate: meeting.start } : {}),
        ...(item ? { itemNumber: item.number } : {}),
        ...(paper && reference.get(paper.toString())
          ? {
              paperReference: reference.get(paper.toString()),
              paperPublic: publicPaper.has(paper.toString()),
            }
          : {}),
      };
    });
  },
};
