import type { Locale } from '../../../bot/chat/message';
import type { Actor } from '../access/principal';
import type { AnnouncementStore, OutboxPort } from '../announcements/ports';
import type { AuditAction } from '../audit/ports';
import type { DirectMessageDeps } from '../notifications/direct-messages';
import type { FollowUpMessages } from './messages';
import type { FollowUpDirectory, FollowUpTrackingStore } from './tracking';

/** Who changed something: a person (API or chat) or the schedules. */
export type FollowUpActor = Actor | { kind: 'system'; displayName: string };

export interface FollowUpAuditEntry {
  actor: FollowUpActor;
  action: AuditAction;
  entityType: 'FollowUp';
  /** Unset for a list read (the ids are in `details`). */
  entityId?: string;
  organization: string;
  summary: string;
  requestId?: string;
  details?: Record<string, unknown>;
}

/** Days before the due date on which owners are reminded. */
export const FOLLOW_UP_REMINDER_DAYS = [7, 1] as const;

export interface FollowUpDeps {
  store: FollowUpTrackingStore;
  directory: FollowUpDirectory;
  messages: FollowUpMessages;
  /** Channel posts (idempotent by key). */
  outbox: OutboxPort;
  direct: DirectMessageDeps;
  channels: Pick<AnnouncementStore, 'activeBindings'>;
  audit: { record(entry: FollowUpAuditEntry): Promise<void> };
  clock: () => Date;
  /** Language of channel posts and direct messages (persons carry no language). */
  locale: Locale;
  reminderDaysBefore?: readonly number[];
  /** Called after messages were queued, so delivery starts at once. */
  onQueued?: () => void;
}
