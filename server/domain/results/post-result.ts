import { agendaPostKey } from '../announcements/keys';
import type { AnnouncementStore, BoundChannel, OutboxPort } from '../announcements/ports';
import type { AgendaItemRecord, MeetingRecord } from '../meetings/ports';
import type { ResultRenderer, StoredVote } from './ports';
import { resultMinutesLines } from './result-text';

export function resultPostKey(
  meetingId: string,
  itemId: string,
  version: number,
  channel: BoundChannel,
): string {
  return `meeting:${meetingId}:result:${itemId}:v${version}:${channel.platform}:${channel.channelId}`;
}

/**
 * Posts the result into the agenda post's thread of every channel allowed to see the item: a public
 * item's result to all bound channels, a non-public item's only to confidential ones.
 */
export async function postResult(
  deps: {
    store: Pick<AnnouncementStore, 'activeBindings' | 'findMeeting'>;
    outbox: OutboxPort;
    renderer: ResultRenderer;
    locale: 'de' | 'en';
    onQueued?: () => void;
  },
  meeting: MeetingRecord,
  item: AgendaItemRecord,
  vote: StoredVote,
): Promise<number> {
  const channels = (await deps.store.activeBindings(meeting.organization)).filter(
    (channel) => item.public || channel.confidentiality === 'confidential',
  );
  if (channels.length === 0) return 0;
  const announced = await deps.store.findMeeting(meeting.id);
  const message = deps.renderer.result(
    {
      committeeShortName: announced?.committeeShortName ?? '',
      meetingName: meeting.name,
      meetingStart: meeting.start,
      itemNumber: item.number,
      itemName: item.name,
      public: item.public,
      resolutionText: item.resolutionText,
      resultLines: resultMinutesLines(vote),
      corrected: vote.version > 1,
    },
    deps.locale,
  );
  const queued = await deps.outbox.enqueue(
    channels.map((channel) => ({
      key: resultPostKey(meeting.id, item.id, vote.version, channel),
      operation: 'post' as const,
      target: {
        platform: channel.platform,
        tenantId: channel.tenantId,
        channelId: channel.channelId,
        kind: 'channel' as const,
      },
      message,
      threadOf: agendaPostKey(meeting.id, channel),
      binding: channel.bindingId,
      meeting: meeting.id,
    })),
  );
  if (queued > 0) deps.onQueued?.();
  return queued;
}
