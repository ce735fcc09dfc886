import type { Agenda, AgendaItem } from '../api/types';

/** All items in agenda order: each part's main items followed by their sub-items. */
export function flattenAgenda(agenda: Pick<Agenda, 'publicPart' | 'nonPublicPart'>): AgendaItem[] {
  return [...agenda.publicPart, ...agenda.nonPublicPart].flatMap((item) => [item, ...(item.children ?? [])]);
}

/**
 * The ids in the new order after moving an item one step up (-1) or down (+1) among its siblings:
 * main items move with their sub-items within their part, sub-items within their main item.
 */
export function movedOrder(
  agenda: Pick<Agenda, 'publicPart' | 'nonPublicPart'>,
  itemId: string,
  step: -1 | 1,
): string[] {
  const swapIn = (siblings: AgendaItem[]): AgendaItem[] => {
    const index = siblings.findIndex((item) => item.id === itemId);
    const target = index + step;
    if (index < 0 || target < 0 || target >= siblings.length) return siblings;
    const next = [...siblings];
    [next[index], next[target]] = [next[target]!, next[index]!];
    return next;
  };
  const movePart = (part: AgendaItem[]) =>
    swapIn(part).map((item) => ({ ...item, children: swapIn(item.children ?? []) }));
  return flattenAgenda({
    publicPart: movePart(agenda.publicPart),
    nonPublicPart: movePart(agenda.nonPublicPart),
  }).map((item) => item.id);
}
