import { announceMeetingChanged } from './announce-meeting-changed';
import type { AnnouncementDeps } from './ports';

/**
 * Runs a change of a meeting (revision, state change, agenda edit) and, if the meeting was
 * published, announces it: posts updated in place, a notice in each thread. The change id is the
 * meeting's new version, so retrying the announcement does not repeat the notice.
 *
 *   const { meeting } = await announcingChanges(announcements, id, () => reviseMeeting(stores, id, version, revision));
 */
export async function announcingChanges<R extends { meeting: { version: number } }>(
  deps: AnnouncementDeps | undefined,
  meetingId: string,
  change: () => Promise<R>,
): Promise<R> {
  if (!deps) return change();
  const before = await deps.store.findMeeting(meetingId);
  const result = await change();
  if (before?.publishedAt)
    await announceMeetingChanged(deps, meetingId, before, `v${result.meeting.version}`);
  return result;
}
