import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { InquiryModel } from '../../../server/store/models/inquiry';
import { clearDatabase, connectTestDatabase } from '../../jobs/support/connect';
import {
  cardActionInvoke,
  channelConversation,
  channelMention,
  personalMessage,
} from '../../bot/teams/support/activities';
import { cardsOf, invokeResponseOf } from '../../bot/teams/support/harness';
import {
  dialogCardOf,
  extensionInvoke,
  input,
  inquiryTeamsBot,
  submitted,
  taskAnswerOf,
  type DialogCard,
} from './support/teams';
import { AFTER_DEADLINE, BEFORE_DEADLINE, FIFTH_LABEL, SIXTH_LABEL, seedInquiryWorld } from './support/world';

let db: { stop: () => Promise<void> };
let now = BEFORE_DEADLINE;
let world: Awaited<ReturnType<typeof seedInquiryWorld>>;

beforeAll(async () => {
  db = await connectTestDatabase();
});
afterAll(async () => db.stop());
beforeEach(async () => {
  await clearDatabase();
  now = BEFORE_DEADLINE;
  world = await seedInquiryWorld();
});

const valid = () => ({
  committeeId: world.committeeId,
  meetingId: world.fifthId,
  subject: 'Funklöcher im Rathaus',
  text: 'Wie viele Funklöcher gibt es im Rathaus?',
  kind: 'schriftlich',
  onBehalfOf: '',
  attachmentUrl: '',
});

async function fetchForm(send: ReturnType<typeof inquiryTeamsBot>['send']): Promise<DialogCard> {
  const sent = await send(
    extensionInvoke('composeExtension/fetchTask', { commandId: 'anfrage', commandContext: 'compose' }),
  );
  const { title, card } = dialogCardOf(taskAnswerOf(sent));
  expect(title).toBe('Anfrage stellen');
  return card;
}

function errorsOf(card: DialogCard): string[] {
  return card.body.filter((e) => e.color === 'Attention').map((e) => e.text ?? '');
}

describe('Anfrage form on Teams', () => {
  it('opens the dialog from the message extension with the member’s committee, meetings and Fraktion', async () => {
    const { send } = inquiryTeamsBot(() => now);
    const card = await fetchForm(send);
    expect(card.body.filter((e) => e.id).map((e) => `${e.type}:${e.id}`)).toEqual([
      'Input.ChoiceSet:committeeId',
      'Input.ChoiceSet:meetingId',
      'Input.Text:subject',
      'Input.Text:text',
      'Input.ChoiceSet:kind',
      'Input.ChoiceSet:onBehalfOf',
      'Input.Text:attachmentUrl',
    ]);
    expect(input(card, 'committeeId').choices).toEqual([{ title: 'UA DiKO', value: world.committeeId }]);
    expect(input(card, 'meetingId').choices?.map((c) => c.title)).toEqual([FIFTH_LABEL, SIXTH_LABEL]);
    expect(input(card, 'onBehalfOf').choices?.map((c) => c.title)).toEqual([
      'Keine Fraktion (persönlich)',
      'SPD-Fraktion',
    ]);
    expect(card.actions.map((a) => a.type)).toEqual(['Action.Submit']);
  });

  it('shows the card again with the messages when the input is invalid, and files nothing', async () => {
    const { send } = inquiryTeamsBot(() => now);
    const card = await fetchForm(send);
    const sent = await send(
      extensionInvoke('composeExtension/submitAction', {
        commandId: 'anfrage',
        commandContext: 'compose',
        data: submitted(card, { ...valid(), text: ' ', attachmentUrl: 'ftp://example.org/anlage.pdf' }),
      }),
    );
    const again = dialogCardOf(taskAnswerOf(sent)).card;
    expect(errorsOf(again)).toEqual([
      'Bitte geben Sie den Text der Anfrage an.',
      'Bitte geben Sie einen Link beginnend mit https:// an.',
    ]);
    expect(input(again, 'subject').value).toBe('Funklöcher im Rathaus');
    expect(await InquiryModel.countDocuments()).toBe(0);
  });

  it('files a valid Anfrage and closes the dialog with its number, meeting and deadline', async () => {
    const { send } = inquiryTeamsBot(() => now);
    const card = await fetchForm(send);
    const submit = extensionInvoke('composeExtension/submitAction', {
      commandId: 'anfrage',
      commandContext: 'compose',
      data: submitted(card, valid()),
    });
    const sent = await send(submit);
    expect(taskAnswerOf(sent)).toEqual({
      task: {
        type: 'message',
        value:
          'Anfrage AN/0001/2026 eingereicht: 5. Sitzung des Unterausschusses, Einreichungsfrist 16.11.2026, 12:00 Uhr',
      },
    });
    // Nothing is posted into the conversation the extension was opened from.
    expect(sent.filter((a) => a.type === 'message')).toEqual([]);
    const retried = await send({ ...submit, id: 'retry-of-the-same-dialog' });
    expect(taskAnswerOf(retried)).toEqual(taskAnswerOf(sent));
    expect(await InquiryModel.countDocuments()).toBe(1);
  });

  it('asks before filing a late Anfrage for the next meeting, then files it there', async () => {
    now = AFTER_DEADLINE;
    const { send } = inquiryTeamsBot(() => now);
    const card = await fetchForm(send);
    const late = await send(
      extensionInvoke('composeExtension/submitAction', {
        commandId: 'anfrage',
        commandContext: 'compose',
        data: submitted(card, valid()),
      }),
    );
    const confirm = dialogCardOf(taskAnswerOf(late));
    expect(confirm.title).toBe('Frist abgelaufen');
    expect(input(confirm.card, 'acceptLate').label).toBe(
      'Die Einreichungsfrist für die gewählte Sitzung endete am 16.11.2026, 12:00 Uhr. Ihre Anfrage wird deshalb in der nächsten Sitzung „6. Sitzung des Unterausschusses“ am 02.12.2026 behandelt. Einverstanden?',
    );
    expect(await InquiryModel.countDocuments()).toBe(0);

    const filed = await send(
      extensionInvoke('composeExtension/submitAction', {
        commandId: 'anfrage',
        commandContext: 'compose',
        data: submitted(confirm.card, {
          acceptLate: 'yes',
          subject: 'Funklöcher im Rathaus',
          text: 'Wie viele Funklöcher gibt es im Rathaus?',
        }),
      }),
    );
    expect(taskAnswerOf(filed)).toEqual({
      task: {
        type: 'message',
        value:
          'Anfrage AN/0001/2026 eingereicht: 6. Sitzung des Unterausschusses, Einreichungsfrist 30.11.2026, 12:00 Uhr',
      },
    });
    const stored = await InquiryModel.findOne().lean();
    expect(stored?.meeting?.toString()).toBe(world.sixthId);
    expect(stored?.late).toBe(true);
  });

  it('takes over the text of a message from its context menu, without the HTML', async () => {
    const { send } = inquiryTeamsBot(() => now);
    const sent = await send(
      extensionInvoke(
        'composeExtension/fetchTask',
        {
          commandId: 'anfrageAusNachricht',
          commandContext: 'message',
          messagePayload: {
            id: '1700000000000',
            body: {
              contentType: 'html',
              content:
                '<p>Wie viele <strong>Funkl&ouml;cher</strong> gibt es&nbsp;&amp; wo?</p><p>Danke<br>Ute</p>',
            },
          },
        },
        'channel',
      ),
    );
    const { card } = dialogCardOf(taskAnswerOf(sent));
    expect(input(card, 'text').value).toBe('Wie viele Funklöcher gibt es & wo?\nDanke\nUte');
  });

  it('opens the form from the bot command anfrage via its button', async () => {
    const { send } = inquiryTeamsBot(() => now);
    const [answer] = cardsOf(await send(personalMessage('anfrage')));
    expect(JSON.stringify(answer)).toContain('"verb":"inquiry.open"');
    const pressed = await send(cardActionInvoke('inquiry.open', {}));
    expect(invokeResponseOf(pressed)?.body).toMatchObject({ value: 'Das Formular steht unten im Chat.' });
    const [form] = cardsOf(pressed);
    expect(JSON.stringify(form)).toContain(FIFTH_LABEL);
    expect(JSON.stringify(form)).toContain('"_form":"inquiry.file"');
  });

  it('keeps the form out of a channel, where everyone would read the Anfrage, but opens the dialog there', async () => {
    const { send } = inquiryTeamsBot(() => now);
    const [answer] = cardsOf(await send(channelMention('anfrage')));
    expect(JSON.stringify(answer)).toContain('In diesem Kanal sähen alle Ihre Anfrage.');
    expect(JSON.stringify(answer)).not.toContain('"verb":"inquiry.open"');
    const pressed = await send(cardActionInvoke('inquiry.open', {}, channelConversation()));
    expect(JSON.stringify(cardsOf(pressed))).not.toContain('"_form":"inquiry.file"');
    expect(JSON.stringify(cardsOf(pressed))).toContain('In diesem Kanal sähen alle Ihre Anfrage.');
    const sent = await send(
      extensionInvoke(
        'composeExtension/fetchTask',
        { commandId: 'anfrage', commandContext: 'compose' },
        'channel',
      ),
    );
    expect(dialogCardOf(taskAnswerOf(sent)).title).toBe('Anfrage stellen');
  });

  it('explains in the dialog to someone it does not know', async () => {
    const { send } = inquiryTeamsBot(() => now);
    const sent = await send({
      ...extensionInvoke('composeExtension/fetchTask', { commandId: 'anfrage', commandContext: 'compose' }),
      from: { id: '29:stranger', name: 'Fremd', aadObjectId: 'ffffffff-0000-4000-8000-000000000000' },
    });
    const answer = taskAnswerOf(sent);
    expect(answer.task.type).toBe('message');
    expect(answer.task.value).toContain('Ich kenne Sie noch nicht');
  });
});
