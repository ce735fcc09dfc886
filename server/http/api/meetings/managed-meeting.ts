import type { Request } from 'express';
import type { MeetingRecord, MeetingStore } from '../../../domain/meetings/ports';
import { loadMeeting } from '../../../domain/meetings/versioned-change';
import { requireCommitteeManager } from '../common/access';

/** Loads the meeting and checks that the actor runs its committee (office of it, or admin). */
export async function meetingManagedBy(
  req: Request,
  meetings: MeetingStore,
  id: string,
): Promise<MeetingRecord> {
  const meeting = await loadMeeting(meetings, id);
  requireCommitteeManager(req, meeting.organization);
  return meeting;
}
