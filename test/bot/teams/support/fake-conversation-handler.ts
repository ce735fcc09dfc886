import type { ActionOutcome, ConversationHandler, FormOutcome } from '../../../../bot/chat/inbound';
import type { ChatMessage } from '../../../../bot/chat/message';
import type { ChatOrigin, ChatTarget, ChatUser } from '../../../../bot/chat/port';

/** Records what the Teams edge hands to the conversation layer and answers with canned replies. */
export class FakeConversationHandler implements ConversationHandler {
  readonly commands: { user: ChatUser; origin: ChatOrigin; text: string }[] = [];
  readonly actions: {
    user: ChatUser;
    origin: ChatOrigin;
    actionId: string;
    value: Record<string, string>;
  }[] = [];
  readonly submissions: { formId: string; values: Record<string, string>; state: Record<string, string> }[] =
    [];
  readonly installed: { target: ChatTarget; details: { name?: string; serviceUrl?: string } }[] = [];
  readonly removed: ChatTarget[] = [];

  commandReplies: (text: string) => ChatMessage[] = (text) => [
    {
      title: `Antwort auf ${text}`,
      text: 'Befehle: tagesordnung, sitzungen, hilfe',
      fallbackText: `Antwort auf ${text}`,
    },
  ];
  actionOutcome: (actionId: string, value: Record<string, string>) => ActionOutcome = () => ({ replies: [] });
  formOutcome: (formId: string, values: Record<string, string>) => FormOutcome = () => ({ replies: [] });

  async handleCommand(user: ChatUser, origin: ChatOrigin, text: string): Promise<ChatMessage[]> {
    this.commands.push({ user, origin, text });
    return this.commandReplies(text);
  }

  async handleAction(
    user: ChatUser,
    origin: ChatOrigin,
    actionId: string,
    value: Record<string, string>,
  ): Promise<ActionOutcome> {
    this.actions.push({ user, origin, actionId, value });
    return this.actionOutcome(actionId, value);
  }

  async handleFormSubmit(
    _user: ChatUser,
    _origin: ChatOrigin,
    formId: string,
    values: Record<string, string>,
    state: Record<string, string>,
  ): Promise<FormOutcome> {
    this.submissions.push({ formId, values, state });
    return this.formOutcome(formId, values);
  }

  async conversationInstalled(
    target: ChatTarget,
    details: { name?: string; serviceUrl?: string },
  ): Promise<void> {
    this.installed.push({ target, details });
  }

  async conversationRemoved(target: ChatTarget): Promise<void> {
    this.removed.push(target);
  }
}
