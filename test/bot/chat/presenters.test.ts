import { describe, expect, it } from 'vitest';
import { presentAgenda } from '../../../bot/chat/presenters/agenda';
import { presentChangeNotice } from '../../../bot/chat/presenters/change-notice';
import { isEmptyChange, summarizeMeetingChange } from '../../../bot/chat/presenters/meeting-changes';
import type { MeetingView } from '../../../bot/chat/presenters/meeting-view';
import { presentReminder } from '../../../bot/chat/presenters/reminder';
import { renderMessage } from '../../../bot/slack/blocks/render-message';
import { renderForm, readFormValues } from '../../../bot/slack/blocks/render-form';
import { officeUpdateForm } from '../../../bot/chat/forms/office-update-form';

const meeting: MeetingView = {
  id: 'm1',
  committeeId: 'c1',
  committeeName: 'Ausschuss für Digitalisierung',
  committeeShortName: 'AfD',
  name: '3. Sitzung',
  start: new Date('2021-02-18T15:30:00Z'),
  locationText: 'Kreishaus, Raum 1.101',
  cancelled: false,
  agendaItems: [
    { id: 'a', number: '1', order: 1, level: 1, name: 'Eröffnung', public: true },
    { id: 'b', number: '2', order: 2, level: 1, name: 'Digitalisierung der Schulen', public: true },
    { id: 'c', number: '2.1', order: 3, level: 2, name: 'Tablets für Grundschulen', public: true },
    { id: 'd', number: '12', order: 4, level: 1, name: 'Vergabe Rechenzentrum Firma X', public: false },
    { id: 'e', number: '13', order: 5, level: 1, name: 'Personalsache Y', public: false },
  ],
};

describe('agenda presenter', () => {
  it('gives a public audience the public part and only the number of non-public items', () => {
    const text = JSON.stringify(presentAgenda(meeting, 'public', 'de'));
    expect(text).toContain('Tablets für Grundschulen');
    expect(text).toContain('Nichtöffentlicher Teil: 2 Tagesordnungspunkte');
    expect(text).not.toContain('Rechenzentrum');
    expect(text).not.toContain('Personalsache');
  });

  it('gives a confidential audience both parts, in Berlin time', () => {
    const message = presentAgenda(meeting, 'confidential', 'de');
    expect(message.sections?.map((s) => s.heading)).toEqual(['Öffentlicher Teil', 'Nichtöffentlicher Teil']);
    expect(JSON.stringify(message)).toContain('Vergabe Rechenzentrum Firma X');
    expect(message.facts?.[0]?.value).toBe('Do., 18.02.2021, 16:30 Uhr');
    expect(presentAgenda(meeting, 'confidential', 'en').facts?.[0]?.value).toBe('Thu, 18/02/2021, 16:30');
  });

  it('indents sub-items under their main item', () => {
    const lines = presentAgenda(meeting, 'public', 'de').sections?.[0]?.lines;
    expect(lines).toEqual([
      '**1** Eröffnung',
      '**2** Digitalisierung der Schulen',
      '    **2.1** Tablets für Grundschulen',
    ]);
  });
});

describe('change summary', () => {
  const after = {
    ...meeting,
    agendaItems: [
      ...meeting.agendaItems,
      {
        id: 'f',
        number: '14',
        order: 6,
        level: 1 as const,
        name: 'Grundstück Z',
        public: false,
        supplement: true,
      },
    ],
  };

  it('hides a non-public Nachtrag from a public audience entirely', () => {
    const summary = summarizeMeetingChange(meeting, after, 'public');
    expect(isEmptyChange(summary)).toBe(true);
    const confidential = summarizeMeetingChange(meeting, after, 'confidential');
    expect(confidential).toMatchObject({ itemsAdded: 1, supplementAdded: true });
  });

  it('names new time, room, cancellation and reordering', () => {
    const moved = {
      ...meeting,
      start: new Date('2021-02-25T15:30:00Z'),
      locationText: 'Rathaus, Ratssaal',
      cancelled: true,
      agendaItems: meeting.agendaItems.map((i) =>
        i.id === 'a' ? { ...i, order: 2 } : i.id === 'b' ? { ...i, order: 1 } : i,
      ),
    };
    const summary = summarizeMeetingChange(meeting, moved, 'public');
    expect(summary).toMatchObject({ reordered: true, newLocation: 'Rathaus, Ratssaal', cancelled: true });
    const notice = JSON.stringify(presentChangeNotice(meeting, summary, 'de'));
    expect(notice).toContain('Neuer Termin: Do., 25.02.2021, 16:30 Uhr');
    expect(notice).toContain('Neuer Ort: Rathaus, Ratssaal');
    expect(notice).toContain('Reihenfolge geändert');
    expect(notice).toContain('Die Sitzung wurde abgesagt.');
  });
});

describe('Block Kit', () => {
  it('renders header, fields, sections and context; bold becomes mrkdwn bold', () => {
    const { text, blocks } = renderMessage(presentAgenda(meeting, 'public', 'de'));
    expect(text).toBe('Tagesordnung AfD am Do., 18.02.2021, 16:30 Uhr');
    expect(blocks.map((b) => b.type)).toEqual(['header', 'section', 'section', 'section', 'section']);
    expect(JSON.stringify(blocks)).toContain('*2.1* Tablets');
  });

  it('splits a long agenda over several sections under Slack’s 3000 characters', () => {
    const long = {
      ...meeting,
      agendaItems: Array.from({ length: 80 }, (_, i) => ({
        id: `x${i}`,
        number: String(i + 1),
        order: i + 1,
        level: 1 as const,
        name: 'Sehr langer Tagesordnungspunkt '.repeat(3),
        public: true,
      })),
    };
    const { blocks } = renderMessage(presentAgenda(long, 'public', 'de'));
    const sections = blocks.filter((b) => b.type === 'section');
    expect(sections.length).toBeGreaterThan(3);
    for (const s of sections) expect(JSON.stringify(s).length).toBeLessThan(3200);
    expect(JSON.stringify(blocks)).toContain('*80* Sehr langer');
  });

  it('renders a reminder without any item names', () => {
    expect(JSON.stringify(renderMessage(presentReminder(meeting, 7, 'de')))).not.toContain('Rechenzentrum');
  });

  it('renders a form as a modal with one input block per field and reads it back', () => {
    const view = renderForm(officeUpdateForm([{ id: 'c1', name: 'Ausschuss', shortName: 'AfD' }], 'de'));
    expect(view.callback_id).toBe('officeUpdate.compose');
    expect(view.blocks.map((b) => (b as { block_id?: string }).block_id)).toEqual([
      'committee',
      'text',
      'audience',
    ]);
    expect(
      readFormValues({
        values: {
          committee: { committee: { type: 'static_select', selected_option: { value: 'c1' } } },
          text: { text: { type: 'plain_text_input', value: 'Hallo' } },
        },
      }),
    ).toEqual({ committee: 'c1', text: 'Hallo' });
  });
});
