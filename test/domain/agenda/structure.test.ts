import { describe, expect, it } from 'vitest';
import { agendaParts, publicView } from '../../../server/domain/agenda/structure';
import { numberAgenda } from '../../../server/domain/agenda/numbering';
import { METTMANN_FORMALIEN } from '../../../server/domain/agenda/templates';

describe('agenda structure', () => {
  const items = numberAgenda(METTMANN_FORMALIEN.items, METTMANN_FORMALIEN.numbering);

  it('splits the parts and nests sub-items', () => {
    const parts = agendaParts(items);
    expect(parts.publicPart.map((n) => n.item.number)).toEqual(['1', '2', '3']);
    expect(parts.publicPart[0]?.children.map((c) => c.number)).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '1.4',
      '1.5',
      '1.6',
    ]);
    expect(parts.nonPublicPart.map((n) => n.item.number)).toEqual(['4', '5']);
  });

  it('shows the public only the public items and the count of the others', () => {
    const view = publicView(items);
    expect(view.items.every((i) => i.public)).toBe(true);
    expect(view.nonPublicCount).toBe(2);
  });
});
