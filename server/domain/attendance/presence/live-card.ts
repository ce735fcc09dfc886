import type { BoundChannel, OutboxItem } from '../../announcements/ports';
import { evaluateQuorum, quorumTimeline } from '../../quorum/evaluate';
import { quorumCardKey, quorumCardUpdateKey, quorumChangeKey } from './keys';
import type { PresenceDeps } from './ports';

/**
 * After every change of presence, Befangenheit or the established lack: the live card in each
 * confidential channel of the committee is posted (first time) or updated in place, and each moment
 * quorum was lost or regained since the first arrival gets one note in the card's thread.
 */
export async function refreshQuorumCard(
  deps: PresenceDeps,
  meetingId: string,
): Promise<{ channels: number }> {
  const now = deps.clock();
  const loaded = await deps.store.load(meetingId, now);
  if (!loaded || loaded.situation.events.length === 0) return { channels: 0 };
  const { meeting, situation } = loaded;
  const channels = (await deps.announcements.store.activeBindings(meeting.committeeId)).filter(
    (channel) => channel.confidentiality === 'confidential',
  );
  if (channels.length === 0) return { channels: 0 };
  const locale = deps.announcements.channelLocale;
  const names = new Map(situation.participants.map((p) => [p.personId, p.name]));
  const numbers = new Map(meeting.agendaItems.map((i) => [i.id, i.number]));
  const current = evaluateQuorum(situation, now);
  const card = deps.cards.card(
    {
      meeting,
      result: current,
      at: now,
      befangen: situation.befangenheit.map((b) => ({
        name: names.get(b.personId) ?? '',
        itemNumber: numbers.get(b.agendaItemId) ?? '',
      })),
    },
    locale,
  );

  for (const channel of channels) {
    const post: OutboxItem = {
      ...base(channel, meeting.id),
      key: quorumCardKey(meeting.id, channel),
      operation: 'post',
      message: card,
    };
    const queued = await deps.announcements.outbox.enqueue([post]);
    if (queued === 0) {
      await deps.announcements.outbox.enqueueUpdate({
        ...base(channel, meeting.id),
        key: quorumCardUpdateKey(meeting.id, channel),
        operation: 'update',
        updates: quorumCardKey(meeting.id, channel),
        message: card,
      });
    }
  }

  const firstArrival = situation.events[0]!.at;
  if (firstArrival <= now) {
    const notes = changeNotes(quorumTimeline(situation, firstArrival, now));
    await deps.announcements.outbox.enqueue(
      channels.flatMap((channel) =>
        notes.map((note) => ({
          ...base(channel, meeting.id),
          key: quorumChangeKey(meeting.id, channel, note.at, note.countedQuorate ? 'regained' : 'lost'),
          operation: 'post' as const,
          threadOf: quorumCardKey(meeting.id, channel),
          message: deps.cards.change(
            { ...note, seats: current.seats, secondConvocation: situation.secondConvocation },
            locale,
          ),
        })),
      ),
    );
  }
  deps.onQueued?.();
  return { channels: channels.length };
}

/** Reaching quorum the first time is no news; losing it is, and so is regaining it afterwards. */
export function changeNotes<T extends { countedQuorate: boolean }>(timeline: readonly T[]): T[] {
  const notes: T[] = [];
  let wasQuorate = false;
  for (const change of timeline) {
    if (!change.countedQuorate && wasQuorate) notes.push(change);
    if (change.countedQuorate && notes.length > 0) notes.push(change);
    wasQuorate = change.countedQuorate;
  }
  return notes;
}

function base(channel: BoundChannel, meetingId: string) {
  return {
    target: {
      platform: channel.platform,
      tenantId: channel.tenantId,
      channelId: channel.channelId,
      kind: 'channel' as const,
    },
    binding: channel.bindingId,
    meeting: meetingId,
  };
}
