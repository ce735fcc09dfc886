import type { AdaptiveCardInvokeResponse, TaskModuleResponse, TurnContext } from 'botbuilder';
import type { ActionOutcome, ConversationHandler, FormOutcome } from '../chat/inbound';
import type { ChatForm, ChatMessage, Locale } from '../chat/message';
import type { ChatOrigin, ChatUser } from '../chat/port';
import { chatOriginFrom } from './activity-context';
import { ADAPTIVE_CARD_CONTENT_TYPE, cardAttachment, type AdaptiveCard } from './cards/adaptive-card';
import type { CardSubmission } from './cards/card-data';
import { renderFormCard } from './cards/form-card';
import { renderMessageCard } from './cards/message-card';
import { formActivity, messageActivity, sendMessages } from './replies';
import { teamsText } from './texts';

/**
 * Button presses and form submissions, in the three ways Teams delivers them: an
 * `adaptiveCard/action` invoke (Action.Execute), a message with a value (Action.Submit fallback),
 * and dialog invokes (`task/fetch`, `task/submit`).
 */

const MESSAGE_RESPONSE = 'application/vnd.microsoft.activity.message';

/** What the conversation layer decided about a pressed button or a submitted inline form. */
export type CardActionResult =
  | { kind: 'action'; outcome: ActionOutcome }
  | { kind: 'form'; submission: Extract<CardSubmission, { kind: 'form' }>; result: FormOutcome };

/** Action.Execute, first half: ask the conversation layer (may be slow; sends nothing). */
export async function runCardAction(
  conversations: ConversationHandler,
  user: ChatUser,
  origin: ChatOrigin,
  submission: CardSubmission,
): Promise<CardActionResult> {
  if (submission.kind === 'action') {
    return {
      kind: 'action',
      outcome: await conversations.handleAction(user, origin, submission.actionId, submission.value),
    };
  }
  const { formId, values, state } = submission;
  return {
    kind: 'form',
    submission,
    result: await conversations.handleFormSubmit(user, origin, formId, values, state),
  };
}

/** Action.Execute, second half: send the replies; the returned answer replaces the clicked card. */
export async function applyCardAction(
  context: TurnContext,
  user: ChatUser,
  decided: CardActionResult,
): Promise<AdaptiveCardInvokeResponse> {
  if (decided.kind === 'action') {
    const { outcome } = decided;
    await sendMessages(context, outcome.replies);
    if (outcome.openForm) await context.sendActivity(formActivity(outcome.openForm, user.locale));
    if (outcome.updateOriginal) return cardResponse(renderMessageCard(outcome.updateOriginal));
    return messageResponse(teamsText(user.locale, outcome.openForm ? 'formOpened' : 'done'));
  }
  const { submission, result } = decided;
  if ('errors' in result) {
    if (!submission.form) return messageResponse(Object.values(result.errors).join(' '));
    const card = renderFormCard(submission.form, {
      locale: user.locale,
      errors: result.errors,
      values: submission.values,
    });
    return cardResponse(card);
  }
  if ('nextForm' in result) return cardResponse(renderFormCard(result.nextForm, { locale: user.locale }));
  const [first, ...rest] = result.replies;
  await sendMessages(context, rest);
  return first ? cardResponse(renderMessageCard(first)) : messageResponse(teamsText(user.locale, 'done'));
}

/** Action.Submit from clients without Universal Actions: answers are new messages or card updates. */
export async function answerSubmitMessage(
  context: TurnContext,
  conversations: ConversationHandler,
  user: ChatUser,
  submission: CardSubmission,
): Promise<void> {
  const origin = chatOriginFrom(context.activity);
  const originalId = context.activity.replyToId;
  if (submission.kind === 'action') {
    const outcome = await conversations.handleAction(user, origin, submission.actionId, submission.value);
    if (outcome.updateOriginal && originalId)
      await context.updateActivity({ ...messageActivity(outcome.updateOriginal), id: originalId });
    await sendMessages(context, outcome.replies);
    if (outcome.openForm) await context.sendActivity(formActivity(outcome.openForm, user.locale));
    return;
  }
  const result = await conversations.handleFormSubmit(
    user,
    origin,
    submission.formId,
    submission.values,
    submission.state,
  );
  if ('errors' in result) {
    if (submission.form && originalId) {
      const card = renderFormCard(submission.form, {
        locale: user.locale,
        errors: result.errors,
        values: submission.values,
      });
      await context.updateActivity({ type: 'message', id: originalId, attachments: [cardAttachment(card)] });
    } else {
      await context.sendActivity(Object.values(result.errors).join('\n'));
    }
    return;
  }
  if ('nextForm' in result) {
    const next = formActivity(result.nextForm, user.locale);
    if (originalId) await context.updateActivity({ ...next, id: originalId });
    else await context.sendActivity(next);
    return;
  }
  await sendMessages(context, result.replies);
}

/** A dialog opens: a form if the action asks for one, else a short message. */
export async function answerTaskFetch(
  context: TurnContext,
  conversations: ConversationHandler,
  user: ChatUser,
  submission: CardSubmission | undefined,
): Promise<TaskModuleResponse> {
  if (submission?.kind !== 'action') return taskMessage(teamsText(user.locale, 'unknownAction'));
  const outcome = await conversations.handleAction(
    user,
    chatOriginFrom(context.activity),
    submission.actionId,
    submission.value,
  );
  await sendMessages(context, outcome.replies);
  if (!outcome.openForm) return taskMessage(firstText(outcome.replies) ?? teamsText(user.locale, 'done'));
  const card = renderFormCard(outcome.openForm, { locale: user.locale, inDialog: true });
  return { task: { type: 'continue', value: { title: outcome.openForm.title, card: cardAttachment(card) } } };
}

/**
 * A dialog's form was sent: the task response that keeps the dialog open (the form again with its
 * messages, or the next step), or the replies that close it.
 */
export async function submitDialogForm(
  context: TurnContext,
  conversations: ConversationHandler,
  user: ChatUser,
  submission: CardSubmission | undefined,
): Promise<{ task: TaskModuleResponse } | { replies: ChatMessage[] }> {
  if (submission?.kind !== 'form') return { task: taskMessage(teamsText(user.locale, 'unknownAction')) };
  const result = await conversations.handleFormSubmit(
    user,
    chatOriginFrom(context.activity),
    submission.formId,
    submission.values,
    submission.state,
  );
  if ('errors' in result) {
    if (!submission.form) return { task: taskMessage(Object.values(result.errors).join(' ')) };
    const card = renderFormCard(submission.form, {
      locale: user.locale,
      errors: result.errors,
      values: submission.values,
      inDialog: true,
    });
    return {
      task: {
        task: { type: 'continue', value: { title: submission.form.title, card: cardAttachment(card) } },
      },
    };
  }
  if ('nextForm' in result) return { task: formTask(result.nextForm, user.locale) };
  return { replies: result.replies };
}

/** The dialog's form was sent: show it again with messages, or close it and post the replies. */
export async function answerTaskSubmit(
  context: TurnContext,
  conversations: ConversationHandler,
  user: ChatUser,
  submission: CardSubmission | undefined,
): Promise<TaskModuleResponse | undefined> {
  const outcome = await submitDialogForm(context, conversations, user, submission);
  if ('task' in outcome) return outcome.task;
  await sendMessages(context, outcome.replies);
  return undefined;
}

export function cardResponse(card: AdaptiveCard): AdaptiveCardInvokeResponse {
  return {
    statusCode: 200,
    type: ADAPTIVE_CARD_CONTENT_TYPE,
    value: card as unknown as Record<string, unknown>,
  };
}

export function messageResponse(text: string): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: MESSAGE_RESPONSE, value: text as unknown as Record<string, unknown> };
}

/** A form as the content of a dialog (task module). */
export function formTask(form: ChatForm, locale: Locale): TaskModuleResponse {
  const card = renderFormCard(form, { locale, inDialog: true });
  return { task: { type: 'continue', value: { title: form.title, card: cardAttachment(card) } } };
}

export function taskMessage(text: string): TaskModuleResponse {
  return { task: { type: 'message', value: text } };
}

function firstText(messages: ChatMessage[]): string | undefined {
  return messages[0]?.fallbackText;
}
