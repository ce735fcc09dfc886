import { TestAdapter, type Activity, type TurnContext } from 'botbuilder';
import pino from 'pino';
import type { ConversationHandler } from '../../../../bot/chat/inbound';
import type { TeamsConversationStore } from '../../../../bot/teams/conversation-store';
import { TeamsBot, type EmailLookup, type ProcessOnce } from '../../../../bot/teams/teams-bot';
import { FakeConversationHandler } from './fake-conversation-handler';
import { MemoryTeamsConversationStore, memoryProcessOnce } from './memory-conversation-store';

/** TestAdapter that also records in-place updates. */
class RecordingTestAdapter extends TestAdapter {
  readonly updates: Partial<Activity>[] = [];
  override async updateActivity(context: TurnContext, activity: Partial<Activity>) {
    this.updates.push(activity);
    return super.updateActivity(context, activity);
  }
}

/** Drives the real TeamsBot offline through botbuilder's TestAdapter. */
export function createHarness<
  H extends ConversationHandler = FakeConversationHandler,
  S extends TeamsConversationStore = MemoryTeamsConversationStore,
>(options: { conversations?: H; store?: S; processOnce?: ProcessOnce; lookupEmail?: EmailLookup } = {}) {
  const conversations = options.conversations ?? (new FakeConversationHandler() as unknown as H);
  const store = options.store ?? (new MemoryTeamsConversationStore() as unknown as S);
  const bot = new TeamsBot({
    conversations,
    store,
    processOnce: options.processOnce ?? memoryProcessOnce(),
    logger: pino({ level: 'silent' }),
    ...(options.lookupEmail ? { lookupEmail: options.lookupEmail } : {}),
  });
  const adapter = new RecordingTestAdapter((context) => bot.run(context));

  /** Sends one activity and returns what the bot sent during that turn. */
  async function send(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
    const before = adapter.activeQueue.length;
    await adapter.processActivity({ ...activity } as Activity);
    return adapter.activeQueue.splice(before);
  }

  return { conversations, store, bot, adapter, send };
}

export function invokeResponseOf(sent: Partial<Activity>[]): { status: number; body?: unknown } | undefined {
  return sent.find((activity) => activity.type === 'invokeResponse')?.value as
    { status: number; body?: unknown } | undefined;
}

export function cardsOf(sent: Partial<Activity>[]): Record<string, unknown>[] {
  return sent
    .filter((activity) => activity.type === 'message')
    .flatMap((activity) => activity.attachments ?? [])
    .filter((attachment) => attachment.contentType === 'application/vnd.microsoft.card.adaptive')
    .map((attachment) => attachment.content as Record<string, unknown>);
}
