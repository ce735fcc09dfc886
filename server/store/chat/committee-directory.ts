import { Types } from 'mongoose';
import { ChannelBindingModel } from '../models/channel-binding';
import { MeetingModel } from '../models/meeting';
import { OrganizationModel } from '../models/organization';
import type { CommitteeRef, UpcomingMeeting } from '../../domain/committees/directory';

/** Committee look-ups the chat commands need. */
export const committeeDirectory = {
  async all(): Promise<CommitteeRef[]> {
    return (await OrganizationModel.find({ kind: 'committee' }).sort({ shortName: 1 }).lean()).map(toRef);
  },

  /** By short name or full name, any case; the name may also be a unique prefix. */
  async findByName(name: string): Promise<CommitteeRef[]> {
    const needle = name.trim().toLowerCase();
    const committees = (await OrganizationModel.find({ kind: 'committee' }).lean()).map(toRef);
    const exact = committees.filter(
      (c) => c.shortName.toLowerCase() === needle || c.name.toLowerCase() === needle,
    );
    if (exact.length > 0) return exact;
    return committees.filter(
      (c) => c.shortName.toLowerCase().startsWith(needle) || c.name.toLowerCase().startsWith(needle),
    );
  },

  async byIds(ids: readonly string[]): Promise<CommitteeRef[]> {
    const valid = ids.filter((id) => Types.ObjectId.isValid(id));
    return (
      await OrganizationModel.find({ _id: { $in: valid } })
        .sort({ shortName: 1 })
        .lean()
    ).map(toRef);
  },

  async boundTo(
    platform: 'teams' | 'slack',
    channelId: string,
  ): Promise<{ committeeId: string; confidentiality: 'public' | 'confidential' }[]> {
    const bindings = await ChannelBindingModel.find({ platform, channelId, active: true }).lean();
    return bindings.map((b) => ({
      committeeId: b.organization.toString(),
      confidentiality: b.confidentiality,
    }));
  },

  async upcomingMeetings(
    committeeIds: readonly string[],
    now: Date,
    limit: number,
  ): Promise<UpcomingMeeting[]> {
    const meetings = await MeetingModel.find({ organization: { $in: committeeIds }, start: { $gte: now } })
      .sort({ start: 1 })
      .limit(limit)
      .lean();
    const committees = new Map((await this.byIds(committeeIds)).map((c) => [c.id, c]));
    return meetings.map((m) => ({
      id: m._id.toString(),
      committeeId: m.organization.toString(),
      committeeShortName: committees.get(m.organization.toString())?.shortName ?? '',
      name: m.name,
      start: m.start,
      cancelled: m.cancelled || m.state === 'abgesagt',
    }));
  },
};

function toRef(o: { _id: Types.ObjectId; name: string; shortName: string }): CommitteeRef {
  return { id: o._id.toString(), name: o.name, shortName: o.shortName };
}
