import { describe, expect, it } from 'vitest';
import type { ChatForm } from '../../../bot/chat/message';
import { FORM_SUBMIT_VERB, submitDataForButton, submitDataForForm } from '../../../bot/teams/cards/card-data';
import {
  BOT,
  CHANNEL_ID,
  TEAM_ID,
  TENANT,
  USER,
  botAddedToTeam,
  botRemovedFromTeam,
  cardActionInvoke,
  channelDeleted,
  channelMention,
  channelMessageWithoutMention,
  installationUpdate,
  personalMessage,
  submitMessage,
  taskInvoke,
} from './support/activities';
import { cardsOf, createHarness, invokeResponseOf } from './support/harness';

const inquiryForm: ChatForm = {
  formId: 'inquiry.file',
  title: 'Anfrage stellen',
  submitLabel: 'Einreichen',
  fields: [
    { kind: 'text', id: 'subject', label: 'Betreff', required: true },
    { kind: 'select', id: 'kind', label: 'Art', options: [{ value: 'written', label: 'schriftlich' }] },
  ],
  state: { committeeId: 'c1' },
};

describe('Teams commands', () => {
  it('hands a personal-chat "hilfe" to the conversation layer and replies with an Adaptive Card 1.5', async () => {
    const { send, conversations } = createHarness();
    const sent = await send(personalMessage('hilfe'));

    expect(conversations.commands).toHaveLength(1);
    expect(conversations.commands[0]).toMatchObject({
      text: 'hilfe',
      user: { platform: 'teams', tenantId: TENANT, userId: USER.aadObjectId, locale: 'de' },
      origin: { platform: 'teams', kind: 'direct', channelId: 'a:1personal-chat' },
    });
    const [card] = cardsOf(sent);
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(JSON.stringify(card)).toContain('Antwort auf hilfe');
  });

  it('strips the @mention in a channel and reports the channel without the reply-chain suffix', async () => {
    const { send, conversations } = createHarness();
    await send(channelMention('tagesordnung UA DiKO'));
    expect(conversations.commands[0]).toMatchObject({
      text: 'tagesordnung UA DiKO',
      origin: { kind: 'channel', channelId: CHANNEL_ID, channelName: 'Sitzungen' },
    });
  });

  it('ignores channel messages that do not mention the bot', async () => {
    const { send, conversations } = createHarness();
    const sent = await send(channelMessageWithoutMention('hilfe'));
    expect(conversations.commands).toHaveLength(0);
    expect(sent).toHaveLength(0);
  });

  it('treats a bare @mention as a request for help and passes the English locale on', async () => {
    const { send, conversations } = createHarness();
    await send(channelMention('', { locale: 'en-US' }));
    expect(conversations.commands[0]).toMatchObject({ text: 'hilfe', user: { locale: 'en' } });
  });

  it('acts once on a redelivered activity id', async () => {
    const { send, conversations } = createHarness();
    const activity = personalMessage('sitzungen');
    const first = await send(activity);
    const second = await send(activity);
    expect(conversations.commands).toHaveLength(1);
    expect(cardsOf(first)).toHaveLength(1);
    expect(second).toHaveLength(0);
  });
});

describe('Teams installation', () => {
  it('stores the reference when added to a team and deactivates it on removal', async () => {
    const { send, store, conversations } = createHarness();
    await send(botAddedToTeam());
    expect(await store.find(TEAM_ID)).toMatchObject({
      conversationId: TEAM_ID,
      type: 'channel',
      tenantId: TENANT,
      teamId: TEAM_ID,
      botId: BOT.id,
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      active: true,
    });
    expect(conversations.installed).toEqual([
      {
        target: { platform: 'teams', tenantId: TENANT, channelId: TEAM_ID, kind: 'channel' },
        details: { name: 'Digitalausschuss', serviceUrl: 'https://smba.trafficmanager.net/emea/' },
      },
    ]);

    await send(channelMention('hilfe')); // a second channel of the team becomes known by use
    await send(botRemovedFromTeam());
    expect((await store.find(TEAM_ID))?.active).toBe(false);
    expect((await store.find(CHANNEL_ID))?.active).toBe(false);
    expect(conversations.removed.map((target) => target.channelId).sort()).toEqual(
      [CHANNEL_ID, TEAM_ID].sort(),
    );
  });

  it('reports an installation once even when Teams sends both conversationUpdate and installationUpdate', async () => {
    const { send, conversations } = createHarness();
    await send(botAddedToTeam());
    await send({
      ...installationUpdate('add'),
      conversation: botAddedToTeam().conversation,
      channelData: botAddedToTeam().channelData,
    });
    expect(conversations.installed).toHaveLength(1);
  });

  it('handles install and uninstall in a personal chat', async () => {
    const { send, store, conversations } = createHarness();
    await send(installationUpdate('add'));
    expect(await store.find('a:1personal-chat')).toMatchObject({
      type: 'personal',
      userAadObjectId: USER.aadObjectId,
      active: true,
    });
    expect(conversations.installed[0]?.target.kind).toBe('direct');
    await send(installationUpdate('remove'));
    expect((await store.find('a:1personal-chat'))?.active).toBe(false);
    expect(conversations.removed).toHaveLength(1);
  });

  it('deactivates a deleted channel', async () => {
    const { send, store, conversations } = createHarness();
    await send(channelMention('hilfe'));
    await send(channelDeleted());
    expect((await store.find(CHANNEL_ID))?.active).toBe(false);
    expect(conversations.removed[0]?.channelId).toBe(CHANNEL_ID);
  });
});

describe('Teams card actions', () => {
  it('routes Action.Execute to handleAction and answers the invoke with the updated card', async () => {
    const { send, conversations } = createHarness();
    conversations.actionOutcome = () => ({
      replies: [],
      updateOriginal: { title: 'Zusage gespeichert', fallbackText: 'Zusage gespeichert' },
    });
    const sent = await send(cardActionInvoke('attendance.respond', { meetingId: 'm1', answer: 'yes' }));
    expect(conversations.actions[0]).toMatchObject({
      actionId: 'attendance.respond',
      value: { meetingId: 'm1', answer: 'yes' },
    });
    const response = invokeResponseOf(sent);
    expect(response?.status).toBe(200);
    expect(response?.body).toMatchObject({
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
      value: { type: 'AdaptiveCard', version: '1.5' },
    });
    expect(JSON.stringify(response?.body)).toContain('Zusage gespeichert');
  });

  it('posts a form the action opens and re-renders it with inline messages on validation errors', async () => {
    const { send, conversations } = createHarness();
    conversations.actionOutcome = () => ({ replies: [], openForm: inquiryForm });
    const opened = await send(cardActionInvoke('inquiry.start', {}));
    const [formCard] = cardsOf(opened);
    expect(JSON.stringify(formCard)).toContain('Input.Text');
    expect(invokeResponseOf(opened)?.body).toMatchObject({
      type: 'application/vnd.microsoft.activity.message',
    });

    conversations.formOutcome = () => ({ errors: { subject: 'Der Betreff fehlt.' } });
    const data = { ...submitDataForForm(inquiryForm), subject: '', kind: 'written' };
    const rejected = await send(cardActionInvoke(FORM_SUBMIT_VERB, data));
    expect(conversations.submissions[0]).toEqual({
      formId: 'inquiry.file',
      values: { subject: '', kind: 'written' },
      state: { committeeId: 'c1' },
    });
    const body = JSON.stringify(invokeResponseOf(rejected)?.body);
    expect(body).toContain('Der Betreff fehlt.');
    expect(body).toContain('"id":"subject"');

    conversations.formOutcome = () => ({
      replies: [{ title: 'Anfrage AN/0001/2026 eingegangen', fallbackText: 'eingegangen' }],
    });
    const accepted = await send(cardActionInvoke(FORM_SUBMIT_VERB, { ...data, subject: 'Glasfaser' }));
    expect(JSON.stringify(invokeResponseOf(accepted)?.body)).toContain('AN/0001/2026');
  });

  it('understands the Action.Submit fallback sent as a message', async () => {
    const { send, conversations, adapter } = createHarness();
    conversations.actionOutcome = () => ({
      replies: [],
      updateOriginal: { text: 'Absage gespeichert', fallbackText: 'Absage' },
    });
    await send(submitMessage(submitDataForButton('attendance.respond', { answer: 'no' })));
    expect(conversations.actions[0]).toMatchObject({
      actionId: 'attendance.respond',
      value: { answer: 'no' },
    });
    expect(conversations.commands).toHaveLength(0);
    expect(adapter.updates[0]).toMatchObject({ id: 'card-1' });
  });

  it('opens a dialog on task/fetch and keeps it open with messages on task/submit errors', async () => {
    const { send, conversations } = createHarness();
    conversations.actionOutcome = () => ({ replies: [], openForm: inquiryForm });
    const fetched = invokeResponseOf(
      await send(taskInvoke('task/fetch', submitDataForButton('inquiry.start', {}))),
    );
    expect(fetched?.body).toMatchObject({ task: { type: 'continue', value: { title: 'Anfrage stellen' } } });
    const dialogCard = JSON.stringify(fetched?.body);
    expect(dialogCard).toContain('Action.Submit');
    expect(dialogCard).not.toContain('Action.Execute');

    conversations.formOutcome = () => ({ errors: { subject: 'Der Betreff fehlt.' } });
    const rejected = invokeResponseOf(
      await send(taskInvoke('task/submit', { ...submitDataForForm(inquiryForm), subject: '' })),
    );
    expect(JSON.stringify(rejected?.body)).toContain('Der Betreff fehlt.');

    conversations.formOutcome = () => ({ replies: [{ text: 'Danke', fallbackText: 'Danke' }] });
    const closing = await send(
      taskInvoke('task/submit', { ...submitDataForForm(inquiryForm), subject: 'Glasfaser' }),
    );
    expect(invokeResponseOf(closing)).toMatchObject({ status: 200 });
    expect(invokeResponseOf(closing)?.body).toBeUndefined();
    expect(cardsOf(closing)).toHaveLength(1);
  });

  it('answers a redelivered invoke without acting twice', async () => {
    const { send, conversations } = createHarness();
    const invoke = cardActionInvoke('attendance.respond', { answer: 'yes' });
    await send(invoke);
    const again = await send(invoke);
    expect(conversations.actions).toHaveLength(1);
    expect(invokeResponseOf(again)).toMatchObject({ status: 200 });
  });
});
