import type { AnnouncedMeeting } from '../../../server/domain/announcements/ports';

/** What the presenters need of a meeting: resolved names, no ids to look up. */
export type MeetingView = Omit<AnnouncedMeeting, 'bodyId'>;

/** Who reads a message: a public channel, or a confidential channel / a person with rights. */
export type Audience = 'public' | 'confidential';
