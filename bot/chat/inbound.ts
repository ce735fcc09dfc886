import type { ChatForm, ChatMessage, FormErrors } from './message';
import type { ChatOrigin, ChatTarget, ChatUser } from './port';

export interface ActionOutcome {
  /** Sent as new messages (ephemeral where the platform allows, else in the same conversation). */
  replies: ChatMessage[];
  /** Replaces the message that carried the button (e.g. the card after a choice). */
  updateOriginal?: ChatMessage;
  /** Opens a form (Teams dialog / Slack modal). */
  openForm?: ChatForm;
}

/** `nextForm`: a second step (e.g. a confirmation) replaces the submitted form in the same dialog. */
export type FormOutcome = { errors: FormErrors } | { replies: ChatMessage[] } | { nextForm: ChatForm };

/**
 * Inbound port: what a platform adapter calls after verifying the request and deduplicating it.
 * Implemented once in `bot/chat/`; both `bot/teams/` and `bot/slack/` only translate to and from it.
 */
export interface ConversationHandler {
  /** A text command ("tagesordnung", "sitzungen", "hilfe", "binden vertraulich UA DiKO", ...). */
  handleCommand(user: ChatUser, origin: ChatOrigin, text: string): Promise<ChatMessage[]>;
  handleAction(
    user: ChatUser,
    origin: ChatOrigin,
    actionId: string,
    value: Record<string, string>,
  ): Promise<ActionOutcome>;
  handleFormSubmit(
    user: ChatUser,
    origin: ChatOrigin,
    formId: string,
    values: Record<string, string>,
    state: Record<string, string>,
  ): Promise<FormOutcome>;
  /** The bot was added to a channel, group chat or personal chat: remember where to post. */
  conversationInstalled(target: ChatTarget, details: { name?: string; serviceUrl?: string }): Promise<void>;
  /** The bot was removed: stop posting there. */
  conversationRemoved(target: ChatTarget): Promise<void>;
}
