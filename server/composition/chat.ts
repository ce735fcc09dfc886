import type { AnnouncementDeps } from '../domain/announcements/ports';
import type { InstallationStore } from '@slack/oauth';
import { deactivateWorkspace } from '../jobs/outbox/deactivate-target';
import { enqueueMessages, enqueueUpdate } from '../jobs/outbox/enqueue';
import { recordAudit } from '../store/audit';
import { mongoAnnouncementStore } from '../store/chat/announcement-store';
import { mongoBindingStore } from '../store/chat/binding-store';
import { resolveChatPrincipal } from '../store/chat/chat-principal';
import { committeeDirectory } from '../store/chat/committee-directory';
import { chatConversations } from '../store/chat/conversations';
import { openItemsOf } from '../store/chat/open-items';
import { redeemChatLinkCode } from '../store/chat/link-codes';
import { mongoInstallationStore } from '../store/chat/slack-installation-store';
import { Conversation } from '../../bot/chat/conversation';
import type { ConversationDeps, HomeProvider } from '../../bot/chat/deps';
import type { ChatFeature } from '../../bot/chat/feature';
import type { ConversationHandler } from '../../bot/chat/inbound';
import type { Locale } from '../../bot/chat/message';
import { chatAnnouncementRenderer } from '../../bot/chat/renderer';

export interface ConversationOptions {
  clock?: () => Date;
  /** Language of posts to channels. */
  channelLocale?: Locale;
  /** E.g. the outbox dispatcher's `nudge`, so queued posts go out at once. */
  onQueued?: () => void;
  /** The workflows' chat parts (attendance, Anfragen, follow-ups). */
  features?: readonly ChatFeature[];
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
  return new Conversation(deps, options.features ?? []);
}

/**
 * Slack's storage: OAuth installations with their tokens encrypted, and what happens when a
 * workspace uninstalls the app.
 */
export function slackStorage(tokenEncryptionKey: Buffer | undefined): {
  installationStore?: InstallationStore;
  workspaceGone: (teamId: string) => Promise<void>;
} {
  return {
    installationStore: tokenEncryptionKey ? mongoInstallationStore(tokenEncryptionKey) : undefined,
    workspaceGone: (teamId) => deactivateWorkspace('slack', teamId),
  };
}
