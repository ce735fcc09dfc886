import { describe, expect, it } from 'vitest';
import { addAgendaItem, removeAgendaItem, reorderAgenda } from '../../../server/domain/agenda/editing';
import { numberAgenda } from '../../../server/domain/agenda/numbering';
import { KOELN_STANDARD, METTMANN_FORMALIEN } from '../../../server/domain/agenda/templates';
import { DomainError } from '../../../server/domain/errors';
import type { AgendaEntry } from '../../../server/domain/agenda/agenda-entry';

const withIds = (items: AgendaEntry[]) => items.map((item, i) => ({ ...item, id: `id${i}` }));
const koeln = () => withIds(numberAgenda(KOELN_STANDARD.items, KOELN_STANDARD.numbering));
const mettmann = () => withIds(numberAgenda(METTMANN_FORMALIEN.items, METTMANN_FORMALIEN.numbering));
const draft = { style: KOELN_STANDARD.numbering, invitationSent: false };

describe('adding agenda items to a draft', () => {
  it('files a Mitteilung as 2.1 and 2.2 under "Mitteilungen der Verwaltung"', () => {
    const first = addAgendaItem(
      koeln(),
      { name: 'Sitzungstermine 2020', public: true },
      { parentNumber: '2' },
      draft,
    );
    const second = addAgendaItem(
      first.items,
      { name: 'Flüchtlingsdatenmanagement', public: true },
      { parentNumber: '2' },
      draft,
    );
    expect(first.added.number).toBe('2.1');
    expect(second.added.number).toBe('2.2');
    const publicNumbers = second.items.filter((i) => i.public).map((i) => i.number);
    expect(publicNumbers).toEqual(['1', '2', '2.1', '2.2', '3', '4', '5', '6', '7']);
  });

  it('renumbers later main items when a main item is added in continuous numbering', () => {
    const options = { style: METTMANN_FORMALIEN.numbering, invitationSent: false };
    const { items, added } = addAgendaItem(
      mettmann(),
      { name: 'Nachtragshaushalt 2021', public: true },
      {},
      options,
    );
    expect(added.number).toBe('4');
    expect(items.filter((i) => !i.public).map((i) => i.number)).toEqual(['5', '6']);
  });

  it('names a missing parent', () => {
    const error = (() => {
      try {
        addAgendaItem(koeln(), { name: 'X', public: true }, { parentNumber: '9' }, draft);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('agenda_parent_not_found');
  });
});

describe('after the invitation', () => {
  const sent = { style: METTMANN_FORMALIEN.numbering, invitationSent: true };

  it('adds a Nachtrag as 3.1 under "Nachträge" and changes no existing number', () => {
    const before = mettmann();
    const { items, added } = addAgendaItem(
      before,
      { name: 'Software-Umstellung Gesundheitsamt', public: true },
      {},
      sent,
    );
    expect(added).toMatchObject({ number: '3.1', supplement: true, level: 2 });
    for (const old of before) expect(items.find((i) => i.id === old.id)?.number).toBe(old.number);
    expect(items.map((i) => i.order)).toEqual(items.map((_, i) => i + 1));
  });

  it('appends a "Nachträge" heading when the part has none and the number is free', () => {
    const { items, added } = addAgendaItem(
      koeln(),
      { name: 'Eilvorlage', public: false },
      {},
      {
        ...sent,
        style: KOELN_STANDARD.numbering,
      },
    );
    expect(added.number).toBe('8.1');
    expect(items.filter((i) => !i.public).map((i) => i.number)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '8.1',
    ]);
  });

  it('refuses a new heading that would take a number already used in the other part', () => {
    const items = withIds(
      numberAgenda(
        [
          { name: 'Mitteilungen', public: true, level: 1 },
          { name: 'Verträge', public: false, level: 1 },
        ],
        { restartInNonPublic: false },
      ),
    );
    expect(() => addAgendaItem(items, { name: 'Neu', public: true }, {}, sent)).toThrowError(/Nummer 2/);
  });

  it('keeps numbers when an item is removed, and refuses reordering', () => {
    const items = mettmann();
    const kept = removeAgendaItem(items, 'id7', sent);
    expect(kept.map((i) => i.number)).toEqual(['1', '1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '3', '4', '5']);
    expect(() =>
      reorderAgenda(
        items,
        items.map((i) => i.id),
        sent,
      ),
    ).toThrowError(/Nachtrag/);
  });
});

describe('reordering and removing in a draft', () => {
  it('removes a main item with its sub-items and renumbers', () => {
    const kept = removeAgendaItem(mettmann(), 'id0', { ...draft, style: METTMANN_FORMALIEN.numbering });
    expect(kept.map((i) => i.number)).toEqual(['1', '2', '3', '4']);
  });

  it('reorders by ids and renumbers', () => {
    const items = koeln();
    const ids = items.map((i) => i.id);
    const swapped = [ids[1]!, ids[0]!, ...ids.slice(2)];
    const result = reorderAgenda(items, swapped, draft);
    expect(result[0]).toMatchObject({ id: 'id1', number: '1' });
    expect(result[1]).toMatchObject({ id: 'id0', number: '2' });
  });

  it('refuses an incomplete order', () => {
    const items = koeln();
    expect(() =>
      reorderAgenda(
        items,
        items.slice(1).map((i) => i.id),
        draft,
      ),
    ).toThrowError(/genau einmal/);
  });
});
