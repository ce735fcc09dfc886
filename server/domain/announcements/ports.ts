import type { ChatMessage, Locale } from '../../../bot/chat/message';
import type { ChatPlatform } from '../../../bot/chat/port';
import type { AgendaEntry } from '../agenda/agenda-entry';

// The neutral ChatMessage is a plain data contract shared by both platforms; the domain only
// passes it from the renderer port to the outbox port and never builds one itself.

/** A meeting as announcements show it: names resolved. */
export interface AnnouncedMeeting {
  id: string;
  committeeId: string;
  bodyId: string;
  committeeName: string;
  committeeShortName: string;
  name: string;
  start: Date;
  end?: Date;
  locationText?: string;
  cancelled: boolean;
  agendaItems: AgendaEntry[];
  publishedAt?: Date;
}

/** The parts of a meeting before a change, to say what changed. */
export interface MeetingBefore {
  start: Date;
  locationText?: string;
  cancelled: boolean;
  agendaItems: AgendaEntry[];
}

export interface BoundChannel {
  bindingId: string;
  platform: ChatPlatform;
  tenantId: string;
  channelId: string;
  confidentiality: 'public' | 'confidential';
}

export interface AnnouncementStore {
  findMeeting(meetingId: string): Promise<AnnouncedMeeting | null>;
  markPublished(meetingId: string, at: Date): Promise<void>;
  activeBindings(committeeId: string): Promise<BoundChannel[]>;
  /** Published, not yet started meetings starting before `until`. */
  upcomingPublishedMeetings(now: Date, until: Date): Promise<AnnouncedMeeting[]>;
  /** Days before a session reminders go out (committee setting, else body setting, else 7 and 1). */
  reminderDaysBefore(committeeId: string, bodyId: string): Promise<number[]>;
}

export type Audience = 'public' | 'confidential';

/** What the bot says; implemented by the pure presenters in `bot/chat/presenters`. */
export interface AnnouncementRenderer {
  agenda(meeting: AnnouncedMeeting, audience: Audience, locale: Locale, changedAt?: Date): ChatMessage;
  /** Null when nothing visible to this audience changed. */
  changeNotice(
    meeting: AnnouncedMeeting,
    before: MeetingBefore,
    audience: Audience,
    locale: Locale,
  ): ChatMessage | null;
  reminder(meeting: AnnouncedMeeting, daysBefore: number, locale: Locale): ChatMessage;
  officeUpdate(
    update: { committeeShortName: string; text: string; authorName: string },
    locale: Locale,
  ): ChatMessage;
}

export interface OutboxItem {
  key: string;
  operation: 'post' | 'update';
  target: { platform: ChatPlatform; tenantId: string; channelId: string; kind: 'channel' | 'direct' };
  message: ChatMessage;
  threadOf?: string;
  updates?: string;
  binding?: string;
  meeting?: string;
}

export interface OutboxPort {
  /** Idempotent per key; returns how many were new. */
  enqueue(items: OutboxItem[]): Promise<number>;
  /** Each call re-sends the newest content to the post. */
  enqueueUpdate(item: OutboxItem & { operation: 'update' }): Promise<void>;
}

export interface AuditPort {
  record(entry: {
    actorName: string;
    personId?: string;
    userId?: string;
    action: 'create' | 'update';
    entityType: string;
    entityId: string;
    organization: string;
    summary: string;
  }): Promise<void>;
}

export interface AnnouncementDeps {
  store: AnnouncementStore;
  renderer: AnnouncementRenderer;
  outbox: OutboxPort;
  audit: AuditPort;
  clock: () => Date;
  /** Language of channel posts (channels have no single reader). */
  channelLocale: Locale;
}
