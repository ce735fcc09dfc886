import { inTransaction } from '../change-stamps/stamps';
import { Types } from 'mongoose';
import type { AnnouncedMeeting, AnnouncementStore, BoundChannel } from '../../domain/announcements/ports';
import { AnnouncementSettingsModel } from '../models/announcement-settings';
import { ChannelBindingModel } from '../models/channel-binding';
import { LocationModel } from '../models/location';
import { MeetingModel } from '../models/meeting';
import { OrganizationModel } from '../models/organization';

const DEFAULT_REMINDER_DAYS = [7, 1];

export const mongoAnnouncementStore: AnnouncementStore = {
  async findMeeting(meetingId) {
    if (!Types.ObjectId.isValid(meetingId)) return null;
    const meeting = await MeetingModel.findById(meetingId).lean<MeetingLean>();
    return meeting ? toAnnounced(meeting) : null;
  },

  async markPublished(meetingId, at) {
    await inTransaction(() =>
      MeetingModel.updateOne({ _id: meetingId, publishedAt: null }, { $set: { publishedAt: at } }),
    );
  },

  async activeBindings(committeeId) {
    const bindings = await ChannelBindingModel.find({ organization: committeeId, active: true })
      .sort({ createdAt: 1 })
      .lean();
    return bindings.map((b): BoundChannel => ({
      bindingId: b._id.toString(),
      platform: b.platform,
      tenantId: b.tenantId,
      channelId: b.channelId,
      confidentiality: b.confidentiality,
    }));
  },

  async upcomingPublishedMeetings(now, until) {
    const meetings = await MeetingModel.find({
      start: { $gt: now, $lt: until },
      publishedAt: { $ne: null },
      cancelled: { $ne: true },
    })
      .sort({ start: 1 })
      .lean<MeetingLean[]>();
    return Promise.all(meetings.map(toAnnounced));
  },

  async reminderDaysBefore(committeeId, bodyId) {
    const settings = await AnnouncementSettingsModel.find({
      $or: [
        { scope: 'organization', ref: committeeId },
        { scope: 'body', ref: bodyId },
      ],
    }).lean();
    const own = settings.find((s) => s.scope === 'organization') ?? settings.find((s) => s.scope === 'body');
    return own?.reminderDaysBefore ?? DEFAULT_REMINDER_DAYS;
  },
};

interface MeetingLean {
  _id: Types.ObjectId;
  organization: Types.ObjectId;
  body: Types.ObjectId;
  name: string;
  start: Date;
  end?: Date | null;
  location?: Types.ObjectId | null;
  cancelled: boolean;
  state: string;
  publishedAt?: Date | null;
  agendaItems: {
    _id: Types.ObjectId;
    number: string;
    order: number;
    level?: number | null;
    name: string;
    public: boolean;
    supplement?: boolean | null;
  }[];
}

async function toAnnounced(meeting: MeetingLean): Promise<AnnouncedMeeting> {
  const [committee, location] = await Promise.all([
    OrganizationModel.findById(meeting.organization).lean(),
    meeting.location ? LocationModel.findById(meeting.location).lean() : null,
  ]);
  return {
    id: meeting._id.toString(),
    committeeId: meeting.organization.toString(),
    bodyId: meeting.body.toString(),
    committeeName: committee?.name ?? '',
    committeeShortName: committee?.shortName ?? committee?.name ?? '',
    name: meeting.name,
    start: meeting.start,
    end: meeting.end ?? undefined,
    locationText: location ? locationText(location) : undefined,
    cancelled: meeting.cancelled || meeting.state === 'abgesagt',
    agendaItems: meeting.agendaItems.map((item) => ({
      id: item._id.toString(),
      number: item.number,
      order: item.order,
      level: item.level === 2 ? 2 : 1,
      name: item.name,
      public: item.public,
      supplement: item.supplement ?? false,
    })),
    publishedAt: meeting.publishedAt ?? undefined,
  };
}

export function locationText(location: { description: string; room?: string | null }): string {
  return location.room ? `${location.description}, ${location.room}` : location.description;
}
