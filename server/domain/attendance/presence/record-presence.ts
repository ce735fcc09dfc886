import type { Principal } from '../../access/principal';
import { DomainError } from '../../errors';
import { evaluateQuorum } from '../../quorum/evaluate';
import { buildTimelines, presenceAt } from '../../quorum/presence';
import type { QuorumParticipant, QuorumResult } from '../../quorum/types';
import { assertMayRecordFor } from './access';
import { refreshQuorumCard } from './live-card';
import { categoryOf, loadOrFail, participantOrFail } from './load';
import type { PresenceDeps, PresenceSource, QuorumMeeting } from './ports';
import { assertNotInFuture, assertWithinSession } from './session-window';

export interface RecordPresenceInput {
  meetingId: string;
  personId: string;
  kind: 'arrive' | 'leave';
  /** Default: now. */
  at?: Date;
  source: PresenceSource;
}

export interface RecordedPresence {
  meeting: QuorumMeeting;
  participant: QuorumParticipant;
  at: Date;
  /** Quorum right after the change. */
  result: QuorumResult;
}

/**
 * Arrival or departure of one person, by the office for anyone or by a member checking in
 * themselves. A second arrival while present or a departure while absent is refused, so nothing
 * is doubled.
 */
export async function recordPresence(
  deps: PresenceDeps,
  actor: Principal,
  input: RecordPresenceInput,
): Promise<RecordedPresence> {
  const now = deps.clock();
  const loaded = await loadOrFail(deps.store, input.meetingId, now);
  const { meeting, situation } = loaded;
  assertMayRecordFor(actor, meeting.committeeId, input.personId, input.kind === 'arrive');
  if (meeting.cancelled) throw new DomainError('meeting_cancelled', 'Die Sitzung ist abgesagt.');
  const participant = participantOrFail(loaded, input.personId);
  const at = input.at ?? now;
  assertWithinSession(meeting, at);
  assertNotInFuture(at, now);

  const timeline = buildTimelines(situation.events.filter((e) => e.personId === input.personId)).get(
    input.personId,
  );
  const state = presenceAt(timeline, at.getTime());
  if (input.kind === 'arrive' && state.state === 'present') {
    throw new DomainError('attendance_already_present', `${participant.name} ist bereits anwesend.`, {
      field: 'personId',
      since: new Date(state.since).toISOString(),
    });
  }
  if (input.kind === 'leave' && state.state !== 'present') {
    throw new DomainError(
      'attendance_not_present',
      `${participant.name} ist zu diesem Zeitpunkt nicht anwesend.`,
      {
        field: 'personId',
      },
    );
  }

  const stored = await deps.store.addEvent(meeting.id, input.personId, categoryOf(participant), {
    kind: input.kind,
    at,
    source: input.source,
  });
  if (!stored) {
    throw new DomainError('attendance_already_present', `${participant.name} ist bereits erfasst.`, {
      field: 'personId',
      since: at.toISOString(),
    });
  }
  await deps.announcements.audit.record({
    actorName: actor.displayName,
    userId: actor.userId,
    personId: actor.personId,
    action: 'update',
    entityType: 'Attendance',
    entityId: meeting.id,
    organization: meeting.committeeId,
    summary: `${participant.name}: ${input.kind === 'arrive' ? 'anwesend ab' : 'verlässt um'} ${at.toISOString()} (${input.source})`,
  });
  await refreshQuorumCard(deps, meeting.id);
  const after = await loadOrFail(deps.store, meeting.id, now);
  return { meeting, participant, at, result: evaluateQuorum(after.situation, now) };
}

/** Takes back a wrongly recorded arrival or departure (office only). */
export async function removePresence(
  deps: PresenceDeps,
  actor: Principal,
  input: { meetingId: string; personId: string; kind: 'arrive' | 'leave'; at: Date },
): Promise<void> {
  const now = deps.clock();
  const loaded = await loadOrFail(deps.store, input.meetingId, now);
  assertMayRecordFor(actor, loaded.meeting.committeeId, input.personId, false);
  const participant = participantOrFail(loaded, input.personId);
  const removed = await deps.store.removeEvent(loaded.meeting.id, input.personId, input);
  if (!removed) {
    throw new DomainError('attendance_event_not_found', 'Diese Anwesenheitsangabe gibt es nicht.', {
      field: 'at',
    });
  }
  await deps.announcements.audit.record({
    actorName: actor.displayName,
    userId: actor.userId,
    personId: actor.personId,
    action: 'update',
    entityType: 'Attendance',
    entityId: loaded.meeting.id,
    organization: loaded.meeting.committeeId,
    summary: `${participant.name}: ${input.kind === 'arrive' ? 'Ankunft' : 'Weggang'} ${input.at.toISOString()} gelöscht`,
  });
  await refreshQuorumCard(deps, loaded.meeting.id);
}
