import { MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import type { ChatForm, ChatMessage, Locale } from '../chat/message';
import { cardAttachment } from './cards/adaptive-card';
import { renderFormCard } from './cards/form-card';
import { renderMessageCard } from './cards/message-card';

/** A neutral message as a Teams message activity carrying one Adaptive Card. */
export function messageActivity(message: ChatMessage): Partial<Activity> {
  return MessageFactory.attachment(
    cardAttachment(renderMessageCard(message)),
    undefined,
    message.fallbackText,
  );
}

export function formActivity(form: ChatForm, locale: Locale): Partial<Activity> {
  return MessageFactory.attachment(cardAttachment(renderFormCard(form, { locale })), undefined, form.title);
}

export async function sendMessages(context: TurnContext, messages: ChatMessage[]): Promise<void> {
  if (messages.length === 0) return;
  await context.sendActivities(messages.map(messageActivity));
}
