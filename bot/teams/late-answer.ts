import { ActivityTypes, TurnContext, type AdaptiveCardInvokeResponse, type CloudAdapter } from 'botbuilder';
import type { ClaimsIdentity } from 'botframework-connector';
import type { Logger } from 'pino';
import type { ChatUser } from '../chat/port';
import { ADAPTIVE_CARD_CONTENT_TYPE, type AdaptiveCard } from './cards/adaptive-card';
import { applyCardAction, type CardActionResult } from './interactions';

/** Teams gives up on an invoke after 5 seconds; answer before that and deliver the rest later. */
export const INVOKE_DEADLINE_MS = 4_000;

export async function withinDeadline<T>(
  work: Promise<T>,
  ms: number,
): Promise<{ inTime: true; value: T } | { inTime: false }> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<{ inTime: false }>((resolve) => {
    timer = setTimeout(() => resolve({ inTime: false }), ms);
  });
  try {
    return await Promise.race([work.then((value) => ({ inTime: true as const, value })), late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The invoke was already answered ("in progress"); when the conversation layer is done, its replies
 * are sent proactively and the clicked card is replaced in place. The turn's context is gone by
 * then, so this opens a new turn on the same conversation.
 */
export function finishLate(
  context: TurnContext,
  user: ChatUser,
  work: Promise<CardActionResult>,
  logger: Logger,
): void {
  const adapter = context.adapter as CloudAdapter;
  const identity = context.turnState.get<ClaimsIdentity>(adapter.BotIdentityKey);
  const reference = TurnContext.getConversationReference(context.activity);
  const cardId = context.activity.replyToId;
  const activityId = context.activity.id;
  work
    .then((decided) =>
      adapter.continueConversationAsync(identity, reference, async (late) => {
        const answer = await applyCardAction(late, user, decided);
        const card = cardOf(answer);
        if (card && cardId) {
          await late.updateActivity({
            type: ActivityTypes.Message,
            id: cardId,
            attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card }],
          });
        }
      }),
    )
    .catch((error: unknown) =>
      logger.error({ err: error, activityId }, 'Late answer to a Teams card action failed'),
    );
}

function cardOf(answer: AdaptiveCardInvokeResponse): AdaptiveCard | undefined {
  return answer.type === ADAPTIVE_CARD_CONTENT_TYPE ? (answer.value as unknown as AdaptiveCard) : undefined;
}
