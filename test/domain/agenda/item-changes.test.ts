import { describe, expect, it } from 'vitest';
import { updateAgendaItem } from '../../../server/domain/agenda/item-changes';
import { numberAgenda } from '../../../server/domain/agenda/numbering';
import { KOELN_STANDARD } from '../../../server/domain/agenda/templates';
import { DomainError } from '../../../server/domain/errors';

const style = KOELN_STANDARD.numbering;
const draft = { style, invitationSent: false };
const sent = { style, invitationSent: true };

/** Public 1, 2, 2.1, 2.2, 3; non-public 1. */
const agenda = () =>
  numberAgenda(
    [
      { name: 'Mitteilungen', public: true, level: 1 as const },
      { name: 'Anträge', public: true, level: 1 as const },
      { name: 'Antrag A', public: true, level: 2 as const, paper: 'p1' },
      { name: 'Antrag B', public: true, level: 2 as const },
      { name: 'Vorlagen', public: true, level: 1 as const },
      { name: 'Personal', public: false, level: 1 as const },
    ],
    style,
  ).map((item, index) => ({ ...item, id: `i${index}` }));

const view = (items: { number: string; name: string; public: boolean }[]) =>
  [...items]
    .sort((a, b) => Number(b.public) - Number(a.public))
    .map((i) => `${i.public ? 'Ö' : 'N'} ${i.number} ${i.name}`);

describe('updating an agenda item', () => {
  it('renames and unlinks the paper without renumbering', () => {
    const items = updateAgendaItem(agenda(), 'i2', { name: 'Antrag A (geändert)', paper: null }, sent);
    expect(items.find((i) => i.id === 'i2')).toMatchObject({
      name: 'Antrag A (geändert)',
      number: '2.1',
      paper: undefined,
    });
  });

  it('moves a main item with its sub-items to the end of the other part while drafting', () => {
    const items = updateAgendaItem(agenda(), 'i1', { public: false }, draft);
    expect(view(items)).toEqual([
      'Ö 1 Mitteilungen',
      'Ö 2 Vorlagen',
      'N 1 Personal',
      'N 2 Anträge',
      'N 2.1 Antrag A',
      'N 2.2 Antrag B',
    ]);
  });

  it('moves a sub-item as a main item of the other part', () => {
    const items = updateAgendaItem(agenda(), 'i3', { public: false }, draft);
    expect(view(items).filter((line) => line.startsWith('N'))).toEqual(['N 1 Personal', 'N 2 Antrag B']);
    expect(items.find((i) => i.id === 'i3')?.level).toBe(1);
  });

  it('refuses moving between the parts after the invitation', () => {
    expect(() => updateAgendaItem(agenda(), 'i0', { public: false }, sent)).toThrowError(
      expect.objectContaining({ code: 'agenda_frozen' }) as Error,
    );
  });

  it('answers an unknown id with not_found', () => {
    expect(() => updateAgendaItem(agenda(), 'nope', { name: 'x' }, draft)).toThrow(DomainError);
  });
});
