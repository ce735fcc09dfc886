import { DomainError } from '../errors';
import type { MeetingChanges, MeetingRecord, MeetingStore } from './ports';

const ATTEMPTS_WITHOUT_CLIENT_VERSION = 5;

export async function loadMeeting(store: MeetingStore, id: string): Promise<MeetingRecord> {
  const meeting = await store.findById(id);
  if (!meeting) throw new DomainError('not_found', 'Diese Sitzung gibt es nicht.', { id });
  return meeting;
}

export function versionConflict(currentVersion: number): DomainError {
  return new DomainError(
    'meeting_version_conflict',
    'Die Sitzung wurde inzwischen an anderer Stelle geändert. Bitte laden Sie sie neu und wiederholen Sie Ihre Änderung.',
    { currentVersion },
  );
}

/**
 * Read, change, write under the meeting's version. With `expectedVersion` (the version the client
 * edited) any intervening change is a conflict. Without it, a race with another writer is retried
 * on the fresh state: the change is recomputed, so neither edit is lost.
 */
export async function changeMeetingVersioned<R>(
  store: MeetingStore,
  id: string,
  expectedVersion: number | undefined,
  change: (
    meeting: MeetingRecord,
  ) => Promise<{ changes: MeetingChanges; value: R }> | { changes: MeetingChanges; value: R },
): Promise<{ meeting: MeetingRecord; before: MeetingRecord; value: R }> {
  const attempts = expectedVersion === undefined ? ATTEMPTS_WITHOUT_CLIENT_VERSION : 1;
  let lastSeenVersion = expectedVersion ?? 0;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const before = await loadMeeting(store, id);
    if (expectedVersion !== undefined && before.version !== expectedVersion)
      throw versionConflict(before.version);
    const { changes, value } = await change(before);
    const meeting = await store.saveIfVersion(id, before.version, changes);
    if (meeting) return { meeting, before, value };
    lastSeenVersion = before.version;
  }
  const current = await loadMeeting(store, id);
  throw versionConflict(Math.max(current.version, lastSeenVersion));
}
