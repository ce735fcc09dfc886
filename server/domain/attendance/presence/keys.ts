import type { BoundChannel } from '../../announcements/ports';

/** The live quorum card of a meeting in one confidential channel. */
export function quorumCardKey(
  meetingId: string,
  channel: Pick<BoundChannel, 'platform' | 'channelId'>,
): string {
  return `meeting:${meetingId}:quorum:${channel.platform}:${channel.channelId}`;
}

export function quorumCardUpdateKey(
  meetingId: string,
  channel: Pick<BoundChannel, 'platform' | 'channelId'>,
): string {
  return `${quorumCardKey(meetingId, channel)}:update`;
}

/** One note per moment quorum was lost or regained, so a refresh never repeats it. */
export function quorumChangeKey(
  meetingId: string,
  channel: Pick<BoundChannel, 'platform' | 'channelId'>,
  at: Date,
  kind: 'lost' | 'regained',
): string {
  return `${quorumCardKey(meetingId, channel)}:${kind}:${at.toISOString()}`;
}
