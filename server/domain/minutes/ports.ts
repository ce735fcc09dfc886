import type { MinutesData } from './minutes-data';

export interface MinutesSource {
  /** Null when the meeting does not exist. */
  minutesData(meetingId: string): Promise<MinutesData | null>;
}
