import type { MessagingExtensionAction, MessagingExtensionActionResponse, TurnContext } from 'botbuilder';
import { INQUIRY_IN_DIALOG, INQUIRY_OPEN_ACTION } from '../chat/inquiries/deps';
import type { ConversationHandler } from '../chat/inbound';
import type { ChatUser } from '../chat/port';
import { chatOriginFrom } from './activity-context';
import { readSubmit } from './cards/card-data';
import { formTask, submitDialogForm, taskMessage } from './interactions';
import { messageTextOf } from './message-extension-text';
import { teamsText } from './texts';

/** Action commands of the message extension (manifest `composeExtensions`): the Anfrage form. */
export const INQUIRY_COMMANDS: ReadonlySet<string> = new Set(['anfrage', 'anfrageAusNachricht']);

/**
 * `composeExtension/fetchTask`: the dialog with the Anfrage form, prefilled with the message's text
 * when started from a message's menu. Refusals (not linked, not a member) are shown in the dialog.
 * Nothing is ever posted into the conversation the extension was opened in.
 */
export async function answerExtensionFetch(
  context: TurnContext,
  conversations: ConversationHandler,
  user: ChatUser,
  action: MessagingExtensionAction,
): Promise<MessagingExtensionActionResponse> {
  if (!action.commandId || !INQUIRY_COMMANDS.has(action.commandId))
    return taskMessage(teamsText(user.locale, 'unknownAction'));
  const text = messageTextOf(action);
  const outcome = await conversations.handleAction(
    user,
    chatOriginFrom(context.activity),
    INQUIRY_OPEN_ACTION,
    { ...(text ? { text } : {}), [INQUIRY_IN_DIALOG]: 'yes' },
  );
  if (outcome.openForm) return formTask(outcome.openForm, user.locale);
  return taskMessage(outcome.replies[0]?.fallbackText ?? teamsText(user.locale, 'done'));
}

/**
 * `composeExtension/submitAction`: field errors show the card again with its messages, a second
 * step (late deadline) replaces it, a filed Anfrage closes with the confirmation.
 */
export async function answerExtensionSubmit(
  context: TurnContext,
  conversations: ConversationHandler,
  user: ChatUser,
  action: MessagingExtensionAction,
): Promise<MessagingExtensionActionResponse> {
  const outcome = await submitDialogForm(context, conversations, user, readSubmit(action.data));
  if ('task' in outcome) return outcome.task;
  return taskMessage(
    outcome.replies.map((reply) => reply.fallbackText).join('\n') || teamsText(user.locale, 'done'),
  );
}
