import type { BoundChannel } from './ports';

/** Outbox keys: stable per meeting and channel, so re-publishing or retries never post twice. */
export function agendaPostKey(meetingId: string, channel: BoundChannel): string {
  return `meeting:${meetingId}:agenda:${channel.platform}:${channel.channelId}`;
}

export function agendaUpdateKey(meetingId: string, channel: BoundChannel): string {
  return `${agendaPostKey(meetingId, channel)}:update`;
}

export function changeNoticeKey(meetingId: string, changeId: string, channel: BoundChannel): string {
  return `meeting:${meetingId}:change:${changeId}:${channel.platform}:${channel.channelId}`;
}

export function reminderKey(meetingId: string, daysBefore: number, channel: BoundChannel): string {
  return `meeting:${meetingId}:reminder:${daysBefore}d:${channel.platform}:${channel.channelId}`;
}

export function officeUpdateKey(committeeId: string, updateId: string, channel: BoundChannel): string {
  return `committee:${committeeId}:update:${updateId}:${channel.platform}:${channel.channelId}`;
}
