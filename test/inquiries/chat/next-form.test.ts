import { describe, expect, it } from 'vitest';
import type { ChatForm } from '../../../bot/chat/message';
import { FORM_SUBMIT_VERB, submitDataForForm } from '../../../bot/teams/cards/card-data';
import { cardActionInvoke, submitMessage, taskInvoke } from '../../bot/teams/support/activities';
import { cardsOf, createHarness, invokeResponseOf } from '../../bot/teams/support/harness';

const first: ChatForm = {
  formId: 'inquiry.file',
  title: 'Anfrage stellen',
  submitLabel: 'Einreichen',
  fields: [{ kind: 'text', id: 'subject', label: 'Betreff', required: true }],
  state: { requestId: 'r1' },
};
const second: ChatForm = {
  formId: 'inquiry.confirmLate',
  title: 'Frist abgelaufen',
  submitLabel: 'Verbindlich einreichen',
  fields: [
    {
      kind: 'select',
      id: 'acceptLate',
      label: 'Geht in die nächste Sitzung. Einverstanden?',
      required: true,
      options: [{ value: 'yes', label: 'Ja' }],
    },
  ],
  state: { requestId: 'r1', meetingId: 'm5' },
};

function harnessAnsweringWithSecondStep() {
  const harness = createHarness();
  harness.conversations.formOutcome = () => ({ nextForm: second });
  return harness;
}

describe('a form answered with a second form (Teams)', () => {
  it('replaces the card in place on Action.Execute', async () => {
    const { send } = harnessAnsweringWithSecondStep();
    const sent = await send(
      cardActionInvoke(FORM_SUBMIT_VERB, { ...submitDataForForm(first), subject: 'X' }),
    );
    const body = invokeResponseOf(sent)?.body as { type: string; value: Record<string, unknown> };
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    const card = JSON.stringify(body.value);
    expect(card).toContain('Geht in die nächste Sitzung. Einverstanden?');
    expect(card).toContain('"_form":"inquiry.confirmLate"');
    expect(card).toContain('"_state":{"requestId":"r1","meetingId":"m5"}');
  });

  it('updates the submitted card for clients that send Action.Submit as a message', async () => {
    const { send, adapter } = harnessAnsweringWithSecondStep();
    await send(submitMessage({ ...submitDataForForm(first), subject: 'X' }, 'card-7'));
    expect(adapter.updates).toHaveLength(1);
    expect(adapter.updates[0]).toMatchObject({ id: 'card-7' });
    expect(JSON.stringify(adapter.updates[0]?.attachments)).toContain('"_form":"inquiry.confirmLate"');
  });

  it('keeps a dialog open with the second form on task/submit', async () => {
    const { send } = harnessAnsweringWithSecondStep();
    const sent = await send(taskInvoke('task/submit', { ...submitDataForForm(first), subject: 'X' }));
    expect(invokeResponseOf(sent)?.body).toMatchObject({
      task: { type: 'continue', value: { title: 'Frist abgelaufen' } },
    });
    const card = JSON.stringify(invokeResponseOf(sent)?.body);
    expect(card).toContain('Action.Submit');
    expect(card).not.toContain('Action.Execute');
    expect(cardsOf(sent)).toHaveLength(0);
  });
});
