import type { Activity } from 'botbuilder';
import { createMongoTeamsConversationStore } from '../../../../bot/teams/conversation-store';
import { processOnce } from '../../../../server/jobs/outbox/process-once';
import { channelMention, personalMessage } from '../../../bot/teams/support/activities';
import { createHarness, invokeResponseOf } from '../../../bot/teams/support/harness';
import { inquiryConversation } from './world';

/** The real TeamsBot on botbuilder's TestAdapter, with the Anfrage workflow. */
export function inquiryTeamsBot(clock: () => Date) {
  return createHarness({
    conversations: inquiryConversation(clock),
    store: createMongoTeamsConversationStore(),
    processOnce: (key, fn) => processOnce(key, fn),
  });
}

/** A message extension invoke (`composeExtension/fetchTask` or `/submitAction`) as Teams sends it. */
export function extensionInvoke(
  name: 'composeExtension/fetchTask' | 'composeExtension/submitAction',
  value: Record<string, unknown>,
  where: 'personal' | 'channel' = 'personal',
): Partial<Activity> {
  const carrier = where === 'channel' ? channelMention('') : personalMessage('');
  const { text: _text, entities: _entities, ...rest } = carrier;
  return { ...rest, type: 'invoke', name, value: { context: { theme: 'default' }, ...value } };
}

export interface CardElement {
  type: string;
  id?: string;
  text?: string;
  label?: string;
  value?: string;
  color?: string;
  choices?: { title: string; value: string }[];
}
export interface DialogCard {
  body: CardElement[];
  actions: { type: string; title: string; data: Record<string, unknown> }[];
}
export type TaskAnswer =
  | {
      task: {
        type: 'continue';
        value: { title: string; card: { contentType: string; content: DialogCard } };
      };
    }
  | { task: { type: 'message'; value: string } };

export function taskAnswerOf(sent: Partial<Activity>[]): TaskAnswer {
  const response = invokeResponseOf(sent);
  if (response?.status !== 200) throw new Error(`invoke answered ${String(response?.status)}`);
  return response.body as TaskAnswer;
}

export function dialogCardOf(answer: TaskAnswer): { title: string; card: DialogCard } {
  if (answer.task.type !== 'continue') throw new Error(`expected a dialog, got: ${answer.task.value}`);
  return { title: answer.task.value.title, card: answer.task.value.card.content };
}

export function input(card: DialogCard, id: string): CardElement {
  const found = card.body.find((element) => element.id === id);
  if (!found) throw new Error(`no input ${id}`);
  return found;
}

/** What Teams sends when the dialog's submit button is pressed: its data plus every input's value. */
export function submitted(card: DialogCard, entries: Record<string, string>): Record<string, unknown> {
  const submit = card.actions.find((action) => action.type === 'Action.Submit');
  if (!submit) throw new Error('no submit action');
  return { ...submit.data, ...entries };
}
