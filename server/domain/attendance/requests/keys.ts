import type { BoundChannel } from '../../announcements/ports';

/** Direct-message keys (see `sendDirect`): one request and one reminder per meeting and person. */
export function requestKey(meetingId: string, personId: string): string {
  return `attendance:${meetingId}:${personId}:request`;
}

export function reminderKey(meetingId: string, personId: string): string {
  return `attendance:${meetingId}:${personId}:reminder`;
}

/** One confirmation request per naming (a substitute named again after declining is asked again). */
export function substituteAskKey(
  meetingId: string,
  substituteId: string,
  memberId: string,
  namedAt: Date,
): string {
  return `attendance:${meetingId}:${substituteId}:substitute:${memberId}:${namedAt.getTime()}`;
}

export function substituteAgendaKey(meetingId: string, substituteId: string): string {
  return `attendance:${meetingId}:${substituteId}:agenda`;
}

/** The member is told once per decline. */
export function substituteDeclinedKey(
  meetingId: string,
  memberId: string,
  substituteId: string,
  declinedAt: Date,
): string {
  return `attendance:${meetingId}:${memberId}:declined:${substituteId}:${declinedAt.getTime()}`;
}

export function substituteReleasedKey(
  meetingId: string,
  substituteId: string,
  memberId: string,
  releasedAt: Date,
): string {
  return `attendance:${meetingId}:${substituteId}:released:${memberId}:${releasedAt.getTime()}`;
}

export function forecastPostKey(meetingId: string, channel: BoundChannel): string {
  return `meeting:${meetingId}:forecast:${channel.platform}:${channel.channelId}`;
}
