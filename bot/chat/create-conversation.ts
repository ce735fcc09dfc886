import type { AnnouncementDeps } from '../../server/domain/announcements/ports';
import { enqueueMessages, enqueueUpdate } from '../../server/jobs/outbox/enqueue';
import { recordAudit } from '../../server/store/audit';
import { mongoAnnouncementStore } from '../../server/store/chat/announcement-store';
import { mongoBindingStore } from '../../server/store/chat/binding-store';
import { resolveChatPrincipal } from '../../server/store/chat/chat-principal';
import { committeeDirectory } from '../../server/store/chat/committee-directory';
import { chatConversations } from '../../server/store/chat/conversations';
import { openItemsOf } from '../../server/store/chat/open-items';
import { redeemChatLinkCode } from '../../server/store/chat/link-codes';
import { Conversation } from './conversation';
import type { ConversationDeps, HomeProvider } from './deps';
import type { ConversationHandler } from './inbound';
import type { Locale } from './message';
import { chatAnnouncementRenderer } from './renderer';

export interface ConversationOptions {
  clock?: () => Date;
  /** Language of posts to channels. */
  channelLocale?: Locale;
  /** E.g. the outbox dispatcher's `nudge`, so queued posts go out at once. */
  onQueued?: () => void;
}

/** The announcement use cases wired to MongoDB, the presenters and the outbox. */
export function createAnnouncementDeps(options: ConversationOptions = {}): AnnouncementDeps {
  const clock = options.clock ?? (() => new Date());
  return {
    store: mongoAnnouncementStore,
    renderer: chatAnnouncementRenderer,
    outbox: {
      enqueue: (items) => enqueueMessages(items, clock()),
      enqueueUpdate: (item) => enqueueUpdate(item, clock()),
    },
    audit: {
      record: (entry) =>
        recordAudit({
          actor: entry.userId
            ? {
                kind: 'user',
                userId: entry.userId,
                personId: entry.personId,
                displayName: entry.actorName,
                roles: [],
                officeCommitteeIds: [],
                memberCommitteeIds: [],
              }
            : { kind: 'system', displayName: entry.actorName },
          action: entry.action,
          entityType: entry.entityType,
          entityId: entry.entityId,
          organization: entry.organization,
          summary: entry.summary,
        }),
    },
    clock,
    channelLocale: options.channelLocale ?? 'de',
  };
}

/** The ConversationHandler both chat adapters (Teams, Slack) are given. */
export function createConversationHandler(
  options: ConversationOptions = {},
): ConversationHandler & HomeProvider {
  const clock = options.clock ?? (() => new Date());
  const deps: ConversationDeps = {
    clock,
    identity: { resolve: resolveChatPrincipal, redeemCode: redeemChatLinkCode },
    committees: committeeDirectory,
    announcements: createAnnouncementDeps({ ...options, clock }),
    openItems: (personId) => openItemsOf(personId),
    bindings: mongoBindingStore,
    conversations: chatConversations,
    auditRead: ({ principal, entityType, entityId, organization, summary }) =>
      recordAudit({ actor: principal, action: 'read', entityType, entityId, organization, summary }),
    onQueued: options.onQueued,
  };
  return new Conversation(deps);
}
