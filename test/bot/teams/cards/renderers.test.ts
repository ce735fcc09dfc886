import { describe, expect, it } from 'vitest';
import type { ChatForm, ChatMessage } from '../../../../bot/chat/message';
import { readExecute, readSubmit } from '../../../../bot/teams/cards/card-data';
import { renderFormCard } from '../../../../bot/teams/cards/form-card';
import { renderMessageCard } from '../../../../bot/teams/cards/message-card';

const agenda: ChatMessage = {
  title: 'Sitzung des Unterausschusses Digitale Kommunikation und Organisation',
  text: 'Montag, 18.11.2019, 15:30 Uhr',
  facts: [
    { label: 'Ort', value: 'Rathaus, Theodor-Heuss-Saal' },
    { label: 'Status', value: 'eingeladen' },
  ],
  sections: [{ heading: 'Öffentlicher Teil', lines: ['**1** Einwohnerfragestunde', '**2** Mitteilungen'] }],
  buttons: [
    {
      actionId: 'attendance.respond',
      label: 'Ich nehme teil',
      value: { meetingId: 'm1', answer: 'yes' },
      style: 'primary',
    },
    { actionId: 'attendance.respond', label: 'Ich bin verhindert', value: { meetingId: 'm1', answer: 'no' } },
  ],
  context: 'Geändert am 03.03.2021, 10:15 Uhr',
  fallbackText: 'Tagesordnung UA DiKO 18.11.2019',
};

describe('message card', () => {
  const card = renderMessageCard(agenda);

  it('is an Adaptive Card 1.5 with the fallback text', () => {
    expect(card).toMatchObject({
      type: 'AdaptiveCard',
      version: '1.5',
      fallbackText: 'Tagesordnung UA DiKO 18.11.2019',
    });
  });

  it('renders facts as a FactSet and sections as text blocks', () => {
    const types = card.body.map((element) => element.type);
    expect(types).toEqual([
      'TextBlock',
      'TextBlock',
      'FactSet',
      'TextBlock',
      'TextBlock',
      'TextBlock',
      'TextBlock',
    ]);
    expect(card.body[2]).toEqual({
      type: 'FactSet',
      facts: [
        { title: 'Ort', value: 'Rathaus, Theodor-Heuss-Saal' },
        { title: 'Status', value: 'eingeladen' },
      ],
    });
    expect(card.body[3]).toMatchObject({ text: 'Öffentlicher Teil', weight: 'Bolder' });
    expect(card.body.at(-1)).toMatchObject({ text: 'Geändert am 03.03.2021, 10:15 Uhr', isSubtle: true });
  });

  it('makes buttons Action.Execute with verb and data, falling back to Action.Submit', () => {
    const [yes, no] = card.actions ?? [];
    expect(yes).toMatchObject({
      type: 'Action.Execute',
      title: 'Ich nehme teil',
      verb: 'attendance.respond',
      data: { meetingId: 'm1', answer: 'yes' },
      style: 'positive',
    });
    expect(yes?.fallback).toMatchObject({
      type: 'Action.Submit',
      title: 'Ich nehme teil',
      style: 'positive',
    });
    expect(no?.style).toBeUndefined();
    // Both ways of pressing the button arrive as the same action.
    const viaExecute = readExecute(yes?.verb, yes?.data);
    const viaSubmit = readSubmit(yes?.fallback?.data);
    expect(viaExecute).toEqual({
      kind: 'action',
      actionId: 'attendance.respond',
      value: { meetingId: 'm1', answer: 'yes' },
    });
    expect(viaSubmit).toEqual(viaExecute);
  });

  it('still says something when a message has only a fallback text', () => {
    expect(renderMessageCard({ fallbackText: 'Hallo' }).body).toEqual([
      { type: 'TextBlock', text: 'Hallo', wrap: true },
    ]);
  });
});

describe('form card', () => {
  const form: ChatForm = {
    formId: 'inquiry.file',
    title: 'Anfrage stellen',
    submitLabel: 'Einreichen',
    fields: [
      { kind: 'text', id: 'subject', label: 'Betreff', required: true, maxLength: 200 },
      { kind: 'text', id: 'text', label: 'Text', multiline: true },
      {
        kind: 'select',
        id: 'kind',
        label: 'Art',
        required: true,
        options: [
          { value: 'written', label: 'schriftlich' },
          { value: 'oral', label: 'mündlich' },
        ],
      },
      { kind: 'date', id: 'due', label: 'Fällig am', initial: '2026-12-01' },
    ],
    state: { committeeId: 'c1' },
  };

  it('renders labelled inputs with required markers and messages in the reader’s language', () => {
    const card = renderFormCard(form, { locale: 'de' });
    expect(card.version).toBe('1.5');
    const [, subject, text, kind, due] = card.body;
    expect(subject).toMatchObject({
      type: 'Input.Text',
      id: 'subject',
      label: 'Betreff',
      isRequired: true,
      errorMessage: 'Bitte ausfüllen.',
      maxLength: 200,
    });
    expect(text).toMatchObject({ type: 'Input.Text', isMultiline: true, isRequired: false });
    expect(text).not.toHaveProperty('errorMessage');
    expect(kind).toMatchObject({
      type: 'Input.ChoiceSet',
      choices: [
        { title: 'schriftlich', value: 'written' },
        { title: 'mündlich', value: 'oral' },
      ],
    });
    expect(due).toMatchObject({ type: 'Input.Date', value: '2026-12-01' });
    expect(renderFormCard(form, { locale: 'en' }).body[1]).toMatchObject({ errorMessage: 'Please fill in.' });
  });

  it('submits with Action.Execute (Action.Submit in dialogs) carrying form id and state', () => {
    const inline = renderFormCard(form, { locale: 'de' }).actions?.[0];
    expect(inline).toMatchObject({
      type: 'Action.Execute',
      verb: 'gremienbot.form.submit',
      fallback: { type: 'Action.Submit' },
    });
    const dialog = renderFormCard(form, { locale: 'de', inDialog: true }).actions?.[0];
    expect(dialog?.type).toBe('Action.Submit');
    const submitted = readSubmit({ ...dialog?.data, subject: 'Glasfaser', kind: 'oral' });
    expect(submitted).toMatchObject({
      kind: 'form',
      formId: 'inquiry.file',
      values: { subject: 'Glasfaser', kind: 'oral' },
      state: { committeeId: 'c1' },
    });
  });

  it('shows validation messages under their fields and keeps what was entered', () => {
    const card = renderFormCard(form, {
      locale: 'de',
      errors: { subject: 'Der Betreff ist zu kurz.' },
      values: { subject: 'A' },
    });
    const index = card.body.findIndex((element) => element.id === 'subject');
    expect(card.body[index]).toMatchObject({ value: 'A' });
    expect(card.body[index + 1]).toMatchObject({
      type: 'TextBlock',
      text: 'Der Betreff ist zu kurz.',
      color: 'Attention',
    });
  });
});
