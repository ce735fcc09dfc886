import { mayManageCommittee, type Actor } from '../access/principal';
import { DomainError } from '../errors';
import { agendaPostKey } from './keys';
import type { AnnouncedMeeting, AnnouncementDeps, BoundChannel, OutboxItem } from './ports';

export interface PublishResult {
  meeting: AnnouncedMeeting;
  channels: number;
  /** Posts newly queued (0 when published before to the same channels). */
  queued: number;
}

/**
 * Veröffentlichen: marks the meeting published and posts its agenda to every channel bound to
 * the committee, each with what that channel may see. Publishing again only reaches channels
 * bound since.
 */
export async function publishMeeting(
  deps: AnnouncementDeps,
  actor: Actor,
  meetingId: string,
): Promise<PublishResult> {
  const meeting = await deps.store.findMeeting(meetingId);
  if (!meeting) throw new DomainError('not_found', 'Sitzung nicht gefunden.');
  if (!mayManageCommittee(actor, meeting.committeeId)) {
    throw new DomainError('forbidden', 'Nur die Geschäftsführung des Ausschusses darf veröffentlichen.');
  }
  const now = deps.clock();
  if (!meeting.publishedAt) {
    await deps.store.markPublished(meetingId, now);
    meeting.publishedAt = now;
  }
  const channels = await deps.store.activeBindings(meeting.committeeId);
  const queued = await deps.outbox.enqueue(channels.map((channel) => agendaPost(deps, meeting, channel)));
  await deps.audit.record({
    actorName: actor.kind === 'user' ? actor.displayName : 'public',
    userId: actor.kind === 'user' ? actor.userId : undefined,
    personId: actor.kind === 'user' ? actor.personId : undefined,
    action: 'update',
    entityType: 'Meeting',
    entityId: meetingId,
    organization: meeting.committeeId,
    summary: `Tagesordnung veröffentlicht (${queued} neue Beiträge in ${channels.length} Kanälen)`,
  });
  return { meeting, channels: channels.length, queued };
}

export function agendaPost(
  deps: AnnouncementDeps,
  meeting: AnnouncedMeeting,
  channel: BoundChannel,
): OutboxItem {
  return {
    key: agendaPostKey(meeting.id, channel),
    operation: 'post',
    target: {
      platform: channel.platform,
      tenantId: channel.tenantId,
      channelId: channel.channelId,
      kind: 'channel',
    },
    message: deps.renderer.agenda(meeting, channel.confidentiality, deps.channelLocale),
    binding: channel.bindingId,
    meeting: meeting.id,
  };
}
