import type { Principal } from '../../access/principal';
import { DomainError } from '../../errors';
import { evaluateQuorum } from '../../quorum/evaluate';
import type { QuorumResult } from '../../quorum/types';
import { assertOffice } from './access';
import { refreshQuorumCard } from './live-card';
import { loadOrFail } from './load';
import type { PresenceDeps, QuorumMeeting } from './ports';
import { assertNotInFuture, assertWithinSession } from './session-window';

/**
 * The chair formally established the lack of quorum; from then on the meeting is not deemed quorate
 * (unless it is a second convocation). `established: false` takes a wrong entry back.
 */
export async function recordLackOfQuorum(
  deps: PresenceDeps,
  actor: Principal,
  input: { meetingId: string; established: boolean; at?: Date },
): Promise<{ meeting: QuorumMeeting; at: Date; result: QuorumResult }> {
  const now = deps.clock();
  const loaded = await loadOrFail(deps.store, input.meetingId, now);
  const { meeting } = loaded;
  assertOffice(actor, meeting.committeeId);
  const at = input.at ?? now;
  if (input.established) {
    assertWithinSession(meeting, at);
    assertNotInFuture(at, now);
    if (loaded.situation.lackEstablishedAt) {
      throw new DomainError(
        'quorum_lack_already_established',
        'Die Beschlussunfähigkeit ist bereits festgestellt.',
      );
    }
  } else if (!loaded.situation.lackEstablishedAt) {
    throw new DomainError('not_found', 'Es ist keine Feststellung der Beschlussunfähigkeit erfasst.');
  }
  await deps.store.setLackEstablished(meeting.id, input.established ? { at, by: actor.personId } : null);
  await deps.announcements.audit.record({
    actorName: actor.displayName,
    userId: actor.userId,
    personId: actor.personId,
    action: 'update',
    entityType: 'Meeting',
    entityId: meeting.id,
    organization: meeting.committeeId,
    summary: input.established
      ? `Beschlussunfähigkeit festgestellt um ${at.toISOString()}`
      : 'Feststellung der Beschlussunfähigkeit zurückgenommen',
  });
  await refreshQuorumCard(deps, meeting.id);
  const after = await loadOrFail(deps.store, meeting.id, now);
  return { meeting, at, result: evaluateQuorum(after.situation, now) };
}
