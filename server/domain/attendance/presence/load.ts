import { DomainError } from '../../errors';
import type { QuorumParticipant } from '../../quorum/types';
import type { AttendeeCategory, LoadedQuorumSituation, PresenceStore } from './ports';

export async function loadOrFail(
  store: PresenceStore,
  meetingId: string,
  now: Date,
): Promise<LoadedQuorumSituation> {
  const loaded = await store.load(meetingId, now);
  if (!loaded) throw new DomainError('not_found', 'Sitzung nicht gefunden.');
  return loaded;
}

export function participantOrFail(loaded: LoadedQuorumSituation, personId: string): QuorumParticipant {
  const participant = loaded.situation.participants.find((p) => p.personId === personId);
  if (!participant) {
    throw new DomainError('attendance_unknown_person', 'Die Person gehört nicht zu dieser Sitzung.', {
      field: 'personId',
    });
  }
  return participant;
}

export function itemOrFail(loaded: LoadedQuorumSituation, agendaItemId: string) {
  const item = loaded.meeting.agendaItems.find((i) => i.id === agendaItemId);
  if (!item) {
    throw new DomainError(
      'attendance_unknown_item',
      'Diesen Tagesordnungspunkt gibt es in der Sitzung nicht.',
      {
        field: 'agendaItemId',
      },
    );
  }
  return item;
}

export function categoryOf(participant: QuorumParticipant): AttendeeCategory {
  if (
    participant.role === 'member' ||
    participant.role === 'substitute' ||
    participant.role === 'administration'
  ) {
    return participant.role;
  }
  return 'guest';
}
