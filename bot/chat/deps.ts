import type { Principal } from '../../server/domain/access/principal';
import type { BindingStore } from '../../server/domain/announcements/bind-channel';
import type { AnnouncementDeps } from '../../server/domain/announcements/ports';
import type { ChatMessage, Locale } from './message';
import type { ChatOrigin, ChatTarget, ChatUser } from './port';
import type { CommitteeRef, UpcomingMeeting } from '../../server/domain/committees/directory';

/** What the conversation layer needs from the rest of the system; wired in `server/composition/chat.ts`. */
export interface ConversationDeps {
  clock: () => Date;
  identity: {
    resolve(user: ChatUser, now: Date): Promise<Principal | null>;
    redeemCode(code: string, user: ChatUser, now: Date): Promise<{ personName: string } | null>;
  };
  committees: {
    all(): Promise<CommitteeRef[]>;
    findByName(name: string): Promise<CommitteeRef[]>;
    byIds(ids: readonly string[]): Promise<CommitteeRef[]>;
    boundTo(
      platform: ChatUser['platform'],
      channelId: string,
    ): Promise<{ committeeId: string; confidentiality: 'public' | 'confidential' }[]>;
    upcomingMeetings(committeeIds: readonly string[], now: Date, limit: number): Promise<UpcomingMeeting[]>;
  };
  announcements: AnnouncementDeps;
  openItems(personId: string): Promise<{ title: string; dueDate?: Date }[]>;
  bindings: BindingStore;
  conversations: {
    installed(target: ChatTarget, details: { name?: string; serviceUrl?: string }): Promise<void>;
    removed(target: ChatTarget): Promise<void>;
  };
  auditRead(entry: {
    principal: Principal;
    entityType: string;
    entityId: string;
    organization: string;
    summary: string;
  }): Promise<void>;
  /** Called after messages were queued, so delivery starts without waiting for the next poll. */
  onQueued?: () => void;
}

/** The overview a platform shows as its home (Slack App Home, a Teams personal tab). */
export interface HomeProvider {
  homeOverview(user: ChatUser): Promise<ChatMessage>;
}

/** One chat turn: who, where, in which language. */
export interface Turn {
  deps: ConversationDeps;
  user: ChatUser;
  origin: ChatOrigin;
  locale: Locale;
  principal: Principal | null;
}
export type { CommitteeRef, UpcomingMeeting } from '../../server/domain/committees/directory';
