import type { MessagingExtensionAction, MessagingExtensionActionResponse, TurnContext } from 'botbuilder';
import { INQUIRY_IN_DIALOG, INQUIRY_OPEN_ACTION } from '../chat/inquiries/deps';
import type { ConversationHandler } from '../chat/inbound';
import type { ChatUser } from '../chat/port';
import { chatOriginFrom } from './activity-context';
import { cardAttachment } from './cards/adaptive-card';
import { readSubmit } from './cards/card-data';
import { renderFormCard } from './cards/form-card';
import { formTask, taskMessage } from './interactions';
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
  const submission = readSubmit(action.data);
  if (submission?.kind !== 'form') return taskMessage(teamsText(user.locale, 'unknownAction'));
  const result = await conversations.handleFormSubmit(
    user,
    chatOriginFrom(context.activity),
    submission.formId,
    submission.values,
    submission.state,
  );
  if ('errors' in result) {
    if (!submission.form) return taskMessage(Object.values(result.errors).join(' '));
    const card = renderFormCard(submission.form, {
      locale: user.locale,
      errors: result.errors,
      values: submission.values,
      inDialog: true,
    });
    return {
      task: { type: 'continue', value: { title: submission.form.title, card: cardAttachment(card) } },
    };
  }
  if ('nextForm' in result) return formTask(result.nextForm, user.locale);
  return taskMessage(
    result.replies.map((reply) => reply.fallbackText).join('\n') || teamsText(user.locale, 'done'),
  );
}
