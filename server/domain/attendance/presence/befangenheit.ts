import type { Principal } from '../../access/principal';
import type { QuorumParticipant } from '../../quorum/types';
import { assertMayRecordFor } from './access';
import { refreshQuorumCard } from './live-card';
import { categoryOf, itemOrFail, loadOrFail, participantOrFail } from './load';
import type { PresenceDeps, QuorumMeeting, QuorumMeetingItem } from './ports';

export interface BefangenheitInput {
  meetingId: string;
  personId: string;
  agendaItemId: string;
  /** true declares, false withdraws. */
  biased: boolean;
}

/**
 * A member declares Befangenheit for an item (also in advance), or the office records it for them;
 * the person then does not count for that item's quorum.
 */
export async function setBefangenheit(
  deps: PresenceDeps,
  actor: Principal,
  input: BefangenheitInput,
): Promise<{
  meeting: QuorumMeeting;
  participant: QuorumParticipant;
  item: QuorumMeetingItem;
  changed: boolean;
}> {
  const loaded = await loadOrFail(deps.store, input.meetingId, deps.clock());
  const { meeting } = loaded;
  assertMayRecordFor(actor, meeting.committeeId, input.personId, true);
  const participant = participantOrFail(loaded, input.personId);
  const item = itemOrFail(loaded, input.agendaItemId);
  const changed = await deps.store.setBiased(
    meeting.id,
    participant.personId,
    categoryOf(participant),
    item.id,
    input.biased,
  );
  if (changed) {
    await deps.announcements.audit.record({
      actorName: actor.displayName,
      userId: actor.userId,
      personId: actor.personId,
      action: 'update',
      entityType: 'Attendance',
      entityId: meeting.id,
      organization: meeting.committeeId,
      summary: `${participant.name}: Befangenheit TOP ${item.number} ${input.biased ? 'erklärt' : 'zurückgenommen'}`,
    });
    await refreshQuorumCard(deps, meeting.id);
  }
  return { meeting, participant, item, changed };
}
