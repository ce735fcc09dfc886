import { describe, expect, it } from 'vitest';
import { compareNumbers, numberAgenda } from '../../../server/domain/agenda/numbering';
import { KOELN_STANDARD, METTMANN_FORMALIEN } from '../../../server/domain/agenda/templates';
import type { NewAgendaEntry } from '../../../server/domain/agenda/agenda-entry';

const numbers = (items: { number: string; public: boolean }[]) =>
  items.map((i) => `${i.public ? 'Ö' : 'N'}${i.number}`);

describe('numberAgenda', () => {
  it('numbers the Köln standard agenda 1-7 in both parts, restarting in the nichtöffentlicher Teil', () => {
    const result = numberAgenda(KOELN_STANDARD.items, KOELN_STANDARD.numbering);
    expect(numbers(result)).toEqual([
      'Ö1',
      'Ö2',
      'Ö3',
      'Ö4',
      'Ö5',
      'Ö6',
      'Ö7',
      'N1',
      'N2',
      'N3',
      'N4',
      'N5',
      'N6',
      'N7',
    ]);
    expect(result.map((i) => i.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(result[0]?.name).toBe('Beantwortung von Anfragen aus vorherigen Sitzungen');
  });

  it('numbers the Mettmann Formalien block 1.1-1.6 and continues into the non-public part', () => {
    const result = numberAgenda(METTMANN_FORMALIEN.items, METTMANN_FORMALIEN.numbering);
    expect(numbers(result)).toEqual([
      'Ö1',
      'Ö1.1',
      'Ö1.2',
      'Ö1.3',
      'Ö1.4',
      'Ö1.5',
      'Ö1.6',
      'Ö2',
      'Ö3',
      'N4',
      'N5',
    ]);
    expect(result[6]?.name).toBe('Benennung von Berichterstatterinnen / Berichterstattern für den Kreistag');
  });

  it('moves public items ahead of non-public ones, keeping the order inside each part', () => {
    const items: NewAgendaEntry[] = [
      { name: 'Vertrag', public: false, level: 1 },
      { name: 'Mitteilungen', public: true, level: 1 },
      { name: 'Sitzungstermine', public: true, level: 2 },
      { name: 'Anträge', public: true, level: 1 },
    ];
    const result = numberAgenda(items, { restartInNonPublic: false });
    expect(result.map((i) => `${i.number} ${i.name}`)).toEqual([
      '1 Mitteilungen',
      '1.1 Sitzungstermine',
      '2 Anträge',
      '3 Vertrag',
    ]);
  });

  it('refuses a sub-item at the start of a part', () => {
    expect(() =>
      numberAgenda([{ name: 'Unterpunkt', public: false, level: 2 }], { restartInNonPublic: true }),
    ).toThrowError(/Unterpunkt/);
  });

  it('orders printed numbers numerically', () => {
    expect(['10', '2.10', '2', '2.2', '11.1'].sort(compareNumbers)).toEqual([
      '2',
      '2.2',
      '2.10',
      '10',
      '11.1',
    ]);
  });
});
