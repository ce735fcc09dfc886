import type { Logger } from 'pino';
import type { HomeProvider } from '../chat/deps';
import type { ConversationHandler } from '../chat/inbound';
import type { SlackUserDirectory } from './chat-user';

export interface SlackListenerDeps {
  conversation: ConversationHandler & HomeProvider;
  users: SlackUserDirectory;
  logger: Pick<Logger, 'info' | 'warn' | 'error'>;
  /** Key of an inbound event already handled? Runs `fn` once per key (see server/jobs/outbox/process-once). */
  processOnce: (key: string, fn: () => Promise<void>) => Promise<unknown>;
  /** App uninstalled or bot token revoked in this workspace. */
  workspaceGone: (teamId: string, enterpriseId?: string) => Promise<void>;
}
