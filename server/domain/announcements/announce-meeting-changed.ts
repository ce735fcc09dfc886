import { agendaPostKey, agendaUpdateKey, changeNoticeKey } from './keys';
import { agendaPost } from './publish-meeting';
import type { AnnouncementDeps, BoundChannel, MeetingBefore } from './ports';

/**
 * Call after a published meeting changed (items added, removed or reordered, Nachtrag, new time
 * or room, cancellation): every channel's agenda post is updated in place and a short notice of
 * what that channel can see changed goes into its thread. Unpublished meetings are not announced.
 * `changeId` identifies this change (e.g. the meeting's new version) so a retry does not repeat the notice.
 */
export async function announceMeetingChanged(
  deps: AnnouncementDeps,
  meetingId: string,
  before: MeetingBefore,
  changeId: string,
): Promise<{ channels: number }> {
  const meeting = await deps.store.findMeeting(meetingId);
  if (!meeting?.publishedAt) return { channels: 0 };
  const now = deps.clock();
  const channels = await deps.store.activeBindings(meeting.committeeId);
  // Channels bound after publishing get the post now; for all others this is a no-op.
  await deps.outbox.enqueue(channels.map((channel) => agendaPost(deps, meeting, channel)));
  await Promise.all(
    channels.map((channel) =>
      deps.outbox.enqueueUpdate({
        key: agendaUpdateKey(meeting.id, channel),
        operation: 'update',
        updates: agendaPostKey(meeting.id, channel),
        target: target(channel),
        message: deps.renderer.agenda(meeting, channel.confidentiality, deps.channelLocale, now),
        binding: channel.bindingId,
        meeting: meeting.id,
      }),
    ),
  );
  const notices = channels.flatMap((channel) => {
    const notice = deps.renderer.changeNotice(meeting, before, channel.confidentiality, deps.channelLocale);
    if (!notice) return [];
    return [
      {
        key: changeNoticeKey(meeting.id, changeId, channel),
        operation: 'post' as const,
        threadOf: agendaPostKey(meeting.id, channel),
        target: target(channel),
        message: notice,
        binding: channel.bindingId,
        meeting: meeting.id,
      },
    ];
  });
  await deps.outbox.enqueue(notices);
  return { channels: channels.length };
}

function target(channel: BoundChannel) {
  return {
    platform: channel.platform,
    tenantId: channel.tenantId,
    channelId: channel.channelId,
    kind: 'channel' as const,
  };
}
